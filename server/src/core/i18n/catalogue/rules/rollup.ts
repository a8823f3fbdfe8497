/** The rollup/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const rollup = {
  'rollup/exceeds-parent.description': {
    en: "For one indicator and deadline year, the member regions' targets (cities of a province, provinces of a country, a group's members) add up to more than the parent region's.",
    zh: '',
  },
} as const satisfies CataloguePart;
