/** The plan/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const plan = {
  'plan/superseded-in-force.description': {
    en: 'A plan that another plan of the dataset supersedes is still marked in-force.',
    zh: '',
  },
  'plan/published-after-source.description': {
    en: "A plan's `published` date is later than the `published` date of its official text (a source of type official-text).",
    zh: '',
  },
} as const satisfies CataloguePart;
