/** The deadline/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const deadline = {
  'deadline/invalid.description': {
    en: 'A deadline names a date that does not exist (2025-02-30) or a malformed quarter or month.',
    zh: '',
  },
  'deadline/outside-period.description': {
    en: "A target's or measure's deadline falls outside the plan's period.",
    zh: '',
  },
  'deadline/before-published.description': {
    en: 'A deadline ends before the plan was published.',
    zh: '',
  },
  'deadline/passed.description': {
    en: "A target's deadline has passed (relative to the reference date), it is still active and no observation is dated on or after the deadline. A target that another plan's item revises is not reported.",
    zh: '',
  },
} as const satisfies CataloguePart;
