/** The money/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const money = {
  'money/implausible-equivalent': {
    en: 'stated equivalent implies {implied} {from} per {to}; the {year} reference is {reference} ({off}% off)',
    zh: '所注等值金额隐含的汇率为每 {to} 合 {implied} {from}；{year} 年的参考汇率为 {reference}（偏离 {off}%）',
  },
  'money/implausible-equivalent.description': {
    en: 'The rate implied by stated-equivalent is more than 15% away from the reference annual average.',
    zh: 'stated-equivalent 所隐含的汇率与参考年均汇率相差超过 15%。',
  },
  'money/part-exceeds-total': {
    en: '{part} ({amount}) is part of {whole} but exceeds its {total}',
    zh: '{part}（{amount}）是 {whole} 的一部分，却超过了其总额 {total}',
  },
  'money/part-exceeds-total.whole': {
    en: '{whole}: {total}',
    zh: '{whole}：{total}',
  },
  'money/part-exceeds-total.description': {
    en: 'A target or measure named `part-of` another has more money than the whole it is part of.',
    zh: '通过 `part-of` 标为另一条目组成部分的目标或措施，金额超过了其所属的总额。',
  },
  'money/parts-exceed-total': {
    en: 'the parts of {whole} add up to more than it: {parts} = {sum} > {total}',
    zh: '{whole} 的各组成部分合计超过其总额：{parts} = {sum} > {total}',
  },
  'money/parts-exceed-total.more': {
    en: 'the parts of {whole} add up to more than it: {parts} + {more} more = {sum} > {total}',
    zh: '{whole} 的各组成部分合计超过其总额：{parts} + 另外 {more} 项 = {sum} > {total}',
  },
  'money/parts-exceed-total.part': {
    en: '{part}: {amount}, part-of {whole}',
    zh: '{part}：{amount}，part-of {whole}',
  },
  'money/parts-exceed-total.description': {
    en: 'The targets or measures named `part-of` one whole add up to more money than the whole (each part alone fits; money/part-exceeds-total covers a single part).',
    zh: '通过 `part-of` 归入同一总额的各目标或措施，金额合计超过该总额（每一部分单独都不超过；单个部分超过总额由 money/part-exceeds-total 报告）。',
  },
} as const satisfies CataloguePart;
