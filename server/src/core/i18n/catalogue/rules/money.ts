/** The money/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const money = {
  'money/implausible-equivalent.description': {
    en: 'The rate implied by stated-equivalent is more than 15% away from the reference annual average.',
    zh: '',
  },
  'money/part-exceeds-total.description': {
    en: 'A target or measure named `part-of` another has more money than the whole it is part of.',
    zh: '',
  },
  'money/parts-exceed-total.description': {
    en: 'The targets or measures named `part-of` one whole add up to more money than the whole (each part alone fits; money/part-exceeds-total covers a single part).',
    zh: '',
  },
} as const satisfies CataloguePart;
