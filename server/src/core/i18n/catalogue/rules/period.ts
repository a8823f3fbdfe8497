/** The period/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const period = {
  'period/order.description': {
    en: "The plan's period starts after it ends.",
    zh: '',
  },
} as const satisfies CataloguePart;
