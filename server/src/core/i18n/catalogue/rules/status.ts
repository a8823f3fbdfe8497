/** The status/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const status = {
  'status/contradicts-progress.description': {
    en: "A target's status disagrees with its progress: achieved while the latest observation on or after the deadline falls short, or missed while the latest observation meets the target.",
    zh: '',
  },
  'status/period-ended.description': {
    en: 'A plan is in-force but its period has ended (a plan without a period end is open-ended and never reported; a plan another one supersedes is plan/superseded-in-force).',
    zh: '',
  },
} as const satisfies CataloguePart;
