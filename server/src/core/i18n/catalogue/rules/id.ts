/** The id/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const id = {
  'id/duplicate.description': {
    en: 'Two targets or measures (or sources) in a plan share an id, or two plans in the dataset do. Two dataset regions share an id (in one file or across files), or an id only differs from an ISO code by case.',
    zh: '',
  },
} as const satisfies CataloguePart;
