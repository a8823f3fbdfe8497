/** The progress/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const progress = {
  'progress/unit-mismatch.description': {
    en: 'An observation is in another kind, unit or currency than its target, so it cannot be compared with it.',
    zh: '',
  },
  'progress/in-future.description': {
    en: 'An observation is dated after the reference date: its period has not ended yet.',
    zh: '',
  },
  'progress/before-baseline.description': {
    en: "An observation is dated before the target's baseline, so it says nothing about progress towards the target.",
    zh: '',
  },
  'progress/unknown-source.description': {
    en: "An observation's source is not one of the plan's source ids.",
    zh: '',
  },
  'progress/duplicate-date.description': {
    en: 'Two observations of one target are dated the same (the same day or period), so the latest one is ambiguous.',
    zh: '',
  },
} as const satisfies CataloguePart;
