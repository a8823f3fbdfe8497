/** Hover texts: regions, currencies, indicators, units, amounts, deadlines, a key's schema text, a target's standing. */
import type { CataloguePart } from './entry';

export const hover = {
  'hover.named': {
    en: '{name} ({original})',
    zh: '{name}（{original}）',
  },
  'hover.title': {
    en: '**{code}** — {name}',
    zh: '**{code}** — {name}',
  },
  'hover.title.confused': {
    en: '**{code}** — {name} — not {other}',
    zh: '**{code}** — {name} — 不是{other}',
  },
  'hover.region.subdivision': {
    en: 'ISO 3166-2 subdivision',
    zh: 'ISO 3166-2 一级行政区',
  },
  'hover.region.subdivision.named': {
    en: 'ISO 3166-2 subdivision ({name})',
    zh: 'ISO 3166-2 一级行政区（{name}）',
  },
  'hover.region.country': {
    en: 'ISO 3166-1 country',
    zh: 'ISO 3166-1 国家或地区',
  },
  'hover.region.supranational': {
    en: 'reserved ISO 3166-1 code (supranational)',
    zh: 'ISO 3166-1 保留代码（超国家组织）',
  },
  'hover.region.part-of': {
    en: 'Part of {parent}',
    zh: '隶属于 {parent}',
  },
  'hover.region.part-of.named': {
    en: 'Part of {parent} ({name})',
    zh: '隶属于 {parent}（{name}）',
  },
  'hover.region.withdrawn': {
    en: "{title}\n\nwithdrawn, now **{successor}** (China's numeric codes were replaced in 2017)",
    zh: '{title}\n\n已停用，现为 **{successor}**（中国的数字行政区划代码已于 2017 年被取代）',
  },
  'hover.region.dataset': {
    en: 'Region defined by the dataset',
    zh: '数据集定义的行政区划',
  },
  'hover.region.includes': {
    en: 'Includes {regions}',
    zh: '包括 {regions}',
  },
  'hover.region.unknown': {
    en: '**{code}**: unknown region',
    zh: '**{code}**：未知的行政区划代码',
  },
  'hover.indicator.unit.file': {
    en: 'Indicator, in {unit} · {file}',
    zh: '指标，单位 {unit} · {file}',
  },
  'hover.indicator.currency.file': {
    en: 'Indicator, in {currency} · {file}',
    zh: '指标，币种 {currency} · {file}',
  },
  'hover.indicator.currency.config': {
    en: 'Indicator, in {currency} · dataset config',
    zh: '指标，币种 {currency} · 数据集配置',
  },
  'hover.indicator.file': {
    en: 'Indicator · {file}',
    zh: '指标 · {file}',
  },
  'hover.indicator.unit.config': {
    en: 'Indicator, in {unit} · dataset config',
    zh: '指标，单位 {unit} · 数据集配置',
  },
  'hover.indicator.config': {
    en: 'Indicator · dataset config',
    zh: '指标 · 数据集配置',
  },
  'hover.indicator.unknown': {
    en: '**{id}**: unknown indicator',
    zh: '**{id}**：未知的指标',
  },
  'hover.currency.minor': {
    en: '{count} minor units (decimals)',
    zh: '辅币单位：{count} 位小数',
  },
  'hover.currency.whole': {
    en: 'no minor units (whole amounts only)',
    zh: '无辅币单位（只用整数金额）',
  },
  'hover.currency.undefined': {
    en: 'no minor units defined',
    zh: '未定义辅币单位',
  },
  'hover.currency.unknown': {
    en: '**{code}**: not an ISO 4217 currency code',
    zh: '**{code}**：不是 ISO 4217 币种代码',
  },
  'hover.money.stated': {
    en: '{money}; stated as {equivalent}, implying {rate} {currency} per {other}',
    zh: '{money}；原文折合 {equivalent}，即 1 {other} 兑 {rate} {currency}',
  },
  'hover.money.stated.reference': {
    en: '{money}; stated as {equivalent}, implying {rate} {currency} per {other}; reference {year}: {reference}',
    zh: '{money}；原文折合 {equivalent}，即 1 {other} 兑 {rate} {currency}；{year} 年参考汇率：{reference}',
  },
  'hover.deadline.invalid': {
    en: '**Invalid deadline**: {problem}',
    zh: '**无效的截止日期**：{problem}',
  },
  'hover.deadline.invalid-bound': {
    en: '**Invalid period bound**: {problem}',
    zh: '**无效的规划期起止**：{problem}',
  },
  'hover.deadline.year': {
    en: 'year {value}: {start} – {end}',
    zh: '{value} 年：{start} – {end}',
  },
  'hover.deadline.quarter': {
    en: 'quarter {value}: {start} – {end}',
    zh: '季度 {value}：{start} – {end}',
  },
  'hover.deadline.month': {
    en: 'month {value}: {start} – {end}',
    zh: '月份 {value}：{start} – {end}',
  },
  'hover.deadline.period-start': {
    en: '**Period start** {what}\n\nthe plan applies from {start}, {distance} (reference date {today})',
    zh: '**规划期起点** {what}\n\n规划自 {start} 起适用，{distance}（参照日期 {today}）',
  },
  'hover.deadline.period-end': {
    en: '**Period end** {what}\n\nends {end}, {distance} (reference date {today})',
    zh: '**规划期终点** {what}\n\n止于 {end}，{distance}（参照日期 {today}）',
  },
  'hover.deadline.baseline': {
    en: '**Baseline** {what}\n\nends {end}, {distance} (reference date {today})',
    zh: '**基准** {what}\n\n止于 {end}，{distance}（参照日期 {today}）',
  },
  'hover.deadline.deadline': {
    en: '**Deadline** {what}\n\nends {end}, {distance} (reference date {today})',
    zh: '**截止日期** {what}\n\n止于 {end}，{distance}（参照日期 {today}）',
  },
  'hover.plan-status.draft': { en: 'draft', zh: '草案' },
  'hover.plan-status.proposed': { en: 'proposed', zh: '已提出' },
  'hover.plan-status.in-force': { en: 'in-force', zh: '现行有效' },
  'hover.plan-status.ended': { en: 'ended', zh: '已结束' },
  'hover.plan-status.superseded': { en: 'superseded', zh: '已被取代' },
  'hover.plan-status.repealed': { en: 'repealed', zh: '已废止' },
  'hover.unit.unknown': {
    en: "**{unit}**: not in the unit list (docs/plan-format.md#units) or the dataset config's units",
    zh: '**{unit}**：不在单位列表（docs/plan-format.md#units）或数据集配置的单位中',
  },
  'hover.unit.dimension': {
    en: 'dimension: {dimension}',
    zh: '量纲：{dimension}',
  },
  'hover.unit.dimension.factor': {
    en: 'dimension: {dimension} (× {factor})',
    zh: '量纲：{dimension}（× {factor}）',
  },
  'hover.unit.aliases': {
    en: 'also written: {aliases}',
    zh: '也可写作：{aliases}',
  },
  'hover.example': {
    en: 'Example: `{example}`',
    zh: '示例：`{example}`',
  },
  'hover.standing': {
    en: '**{id}** · {line}\n\n(reference date {today})',
    zh: '**{id}** · {line}\n\n（参照日期 {today}）',
  },
  'hover.standing.no-id': {
    en: '**target** · {line}\n\n(reference date {today})',
    zh: '**目标** · {line}\n\n（参照日期 {today}）',
  },
} as const satisfies CataloguePart;
