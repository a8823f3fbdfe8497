/** The currency/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const currency = {
  'currency/unknown': {
    en: 'unknown currency {value} (use an ISO 4217 code such as CNY, USD, EUR)',
    zh: '未知的币种 {value}（请使用 ISO 4217 代码，如 CNY、USD、EUR）',
  },
  'currency/unknown.suggest': {
    en: 'unknown currency {value}; did you mean {suggestions}?',
    zh: '未知的币种 {value}；是否应为 {suggestions}？',
  },
  'currency/unknown.named': {
    en: '{code} ({name})',
    zh: '{code}（{name}）',
  },
  'currency/unknown.fix': {
    en: 'Change to {code}',
    zh: '改为 {code}',
  },
  'currency/unknown.description': {
    en: 'A currency is not an ISO 4217 code; everyday words such as RMB or yuan map to their code.',
    zh: '币种不是 ISO 4217 代码；RMB、yuan 等日常写法会对应到相应的代码。',
  },
  'currency/missing': {
    en: 'this money has no currency: add currency here or a currency for the whole plan',
    zh: '这笔金额没有币种：请在此处添加 currency，或为整个规划设置币种',
  },
  'currency/missing.description': {
    en: 'A money value has no currency and the plan sets no default currency.',
    zh: '金额没有币种，且规划未设置默认币种。',
  },
  'currency/precision': {
    en: '{amount} has {decimals} {decimals, plural, one {decimal} other {decimals}}; {currency} has {minor} {minor, plural, one {decimal} other {decimals}}',
    zh: '{amount} 有 {decimals} 位小数；{currency} 最多 {minor} 位小数',
  },
  'currency/precision.no-minor': {
    en: '{amount} has {decimals} {decimals, plural, one {decimal} other {decimals}}; {currency} has no minor units',
    zh: '{amount} 有 {decimals} 位小数；{currency} 的金额不带小数',
  },
  'currency/precision.description': {
    en: "An amount has more decimals than its currency's minor units (JPY has none, CNY two).",
    zh: '金额的小数位数多于其币种允许的位数（JPY 不带小数，CNY 为两位）。',
  },
} as const satisfies CataloguePart;
