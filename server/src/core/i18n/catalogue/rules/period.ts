/** The period/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const period = {
  'period/order': {
    en: 'period starts ({start}) after it ends ({end})',
    zh: '规划期的开始日期（{start}）晚于结束日期（{end}）',
  },
  'period/order.fix': {
    en: 'Swap start and end',
    zh: '交换开始日期和结束日期',
  },
  'period/order.description': {
    en: "The plan's period starts after it ends.",
    zh: '规划期的开始日期晚于结束日期。',
  },
} as const satisfies CataloguePart;
