/** The unit/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const unit = {
  'unit/mismatch.description': {
    en: 'A baseline and its target use incompatible units or currencies.',
    zh: '',
  },
  'unit/unknown.description': {
    en: 'A quantity unit is not in the built-in list or the dataset config.',
    zh: '',
  },
} as const satisfies CataloguePart;
