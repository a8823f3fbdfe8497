/** Completion: the details of keys, regions, currencies, deadlines and ids; the plan snippets' labels. */
import type { CataloguePart } from './entry';

export const completion = {
  'completion.own': {
    en: "the target's own",
    zh: '本目标所用',
  },
  'completion.key.required': {
    en: 'required · {title}',
    zh: '必填 · {title}',
  },
  'completion.region.dataset': {
    en: '{name} — dataset region',
    zh: '{name} — 数据集定义的行政区划',
  },
  'completion.region.subdivision': {
    en: '{name} — subdivision of {parent}',
    zh: '{name} — {parent} 的一级行政区',
  },
  'completion.region.country': {
    en: '{name} — country',
    zh: '{name} — 国家或地区',
  },
  'completion.region.supranational': {
    en: '{name} — supranational',
    zh: '{name} — 超国家组织',
  },
  'completion.region.successor': {
    en: '{name} — successor of withdrawn {code}',
    zh: '{name} — 已停用代码 {code} 的现行代码',
  },
  'completion.currency.for-word': {
    en: '{name} (for "{word}")',
    zh: '{name}（对应“{word}”）',
  },
  'completion.deadline.year': {
    en: 'the year {year}: ends {end}',
    zh: '{year} 年：截止于 {end}',
  },
  'completion.deadline.quarter': {
    en: 'a quarter: ends {end}',
    zh: '季度：截止于 {end}',
  },
  'completion.deadline.month': {
    en: 'a month: ends {end}',
    zh: '月份：截止于 {end}',
  },
  'completion.deadline.date': {
    en: 'a date',
    zh: '具体日期',
  },
  'completion.source': {
    en: 'source',
    zh: '来源',
  },
  'completion.plan': {
    en: 'plan',
    zh: '规划',
  },
  'completion.indicator.unit': {
    en: '{name} — {unit}',
    zh: '{name} — {unit}',
  },
  'completion.list-with-first.targets': {
    en: 'targets with a first target',
    zh: 'targets（附第一个目标）',
  },
  'completion.list-with-first.measures': {
    en: 'measures with a first measure',
    zh: 'measures（附第一项措施）',
  },
  'completion.list-with-first.sources': {
    en: 'sources with a first source',
    zh: 'sources（附第一个来源）',
  },
  'completion.snippet.target-money': {
    en: 'target with money',
    zh: '金额目标',
  },
  'completion.snippet.target-money.detail': {
    en: 'a target with an amount, a baseline, a deadline and sources',
    zh: '含金额、基准值、截止日期和来源的目标',
  },
  'completion.snippet.target-quantity': {
    en: 'target with a quantity',
    zh: '数量目标',
  },
  'completion.snippet.target-quantity.detail': {
    en: 'a target with a number and a unit',
    zh: '含数值和单位的目标',
  },
  'completion.snippet.target-outcome': {
    en: 'target with an outcome',
    zh: '成果目标',
  },
  'completion.snippet.target-outcome.detail': {
    en: 'a goal in words, without a number',
    zh: '用文字表述、不含数值的目标',
  },
  'completion.snippet.measure': {
    en: 'measure',
    zh: '措施',
  },
  'completion.snippet.measure.detail': {
    en: 'a measure with regions, a deadline and funding',
    zh: '含行政区划、截止日期和资金的措施',
  },
  'completion.snippet.source': {
    en: 'source',
    zh: '来源',
  },
  'completion.snippet.source.detail': {
    en: 'a source the targets cite',
    zh: '目标所引用的来源',
  },
} as const satisfies CataloguePart;
