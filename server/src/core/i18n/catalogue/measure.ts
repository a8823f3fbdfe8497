/** What a target or an observation measures ("money in CNY", "a quantity in t"), for messages that compare two. */
import type { CataloguePart } from './entry';

export const measure = {
  'measure.money': {
    en: 'money',
    zh: '金额',
  },
  'measure.money-in': {
    en: 'money in {currency}',
    zh: '以 {currency} 计的金额',
  },
  'measure.quantity': {
    en: 'a quantity',
    zh: '数量',
  },
  'measure.quantity-in': {
    en: 'a quantity in {unit}',
    zh: '以 {unit} 计的数量',
  },
  'measure.outcome': {
    en: 'an outcome',
    zh: '定性结果',
  },
} as const satisfies CataloguePart;
