/** The baseline/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const baseline = {
  'baseline/after-deadline.description': {
    en: "A target's baseline date is not before its deadline.",
    zh: '',
  },
  'baseline/already-met.description': {
    en: 'An at-least or more-than target whose baseline already meets it (same unit or currency).',
    zh: '',
  },
} as const satisfies CataloguePart;
