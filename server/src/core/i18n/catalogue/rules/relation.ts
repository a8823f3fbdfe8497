/** The relation/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const relation = {
  'relation/inconsistent.description': {
    en: 'A relation disagrees with the other plan: a plan supersedes one whose period starts later, or two plans supersede each other.',
    zh: '',
  },
} as const satisfies CataloguePart;
