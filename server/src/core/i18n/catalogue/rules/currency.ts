/** The currency/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const currency = {
  'currency/unknown.description': {
    en: 'A currency is not an ISO 4217 code; everyday words such as RMB or yuan map to their code.',
    zh: '',
  },
  'currency/missing.description': {
    en: 'A money value has no currency and the plan sets no default currency.',
    zh: '',
  },
  'currency/precision.description': {
    en: "An amount has more decimals than its currency's minor units (JPY has none, CNY two).",
    zh: '',
  },
} as const satisfies CataloguePart;
