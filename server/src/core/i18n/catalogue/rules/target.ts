/** The target/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const target = {
  'target/value-count.description': {
    en: 'A target has none, or more than one, of money, quantity and outcome.',
    zh: '',
  },
  'target/conflict.description': {
    en: 'Two plans in force give different values for one region, indicator (else exact metric text) and deadline year, and neither supersedes or amends the other (reported on the newer plan).',
    zh: '',
  },
} as const satisfies CataloguePart;
