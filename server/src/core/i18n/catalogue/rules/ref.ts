/** The ref/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const ref = {
  'ref/unknown-source.description': {
    en: 'A target or measure names a source id that the plan does not define.',
    zh: '',
  },
  'ref/unknown-plan.description': {
    en: 'A relation names a plan id that the dataset does not contain.',
    zh: '',
  },
  'ref/unknown-indicator.description': {
    en: "A target's indicator is not in the dataset's indicator list (a *.indicators.yaml file or the config's indicators).",
    zh: '',
  },
} as const satisfies CataloguePart;
