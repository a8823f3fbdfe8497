/** The rollup/… codes: rule descriptions and messages. */
import type { CataloguePart } from '../entry';

export const rollup = {
  'rollup/exceeds-parent': {
    en: '{indicator}: {parts} = {sum} > {parent} {limit} by {year}',
    zh: '{indicator}（到 {year} 年）：{parts} = {sum} > {parent} {limit}',
  },
  'rollup/exceeds-parent.converted': {
    en: '{indicator}: {parts} = {sum} > {parent} {limit} by {year} (converted at {years} reference rates)',
    zh: '{indicator}（到 {year} 年）：{parts} = {sum} > {parent} {limit}（按 {years} 年参考汇率换算）',
  },
  /** The members' targets when there are more than three: the first three and how many more. */
  'rollup/exceeds-parent.more': {
    en: '{parts} + {count} more',
    zh: '{parts} + 另外 {count} 项',
  },
  'rollup/exceeds-parent.related': {
    en: 'target {id} for {region}: {value}',
    zh: '目标 {id}（{region}）：{value}',
  },
  'rollup/exceeds-parent.related-plan': {
    en: '{plan} target {id} for {region}: {value}',
    zh: '{plan} 的目标 {id}（{region}）：{value}',
  },
  'rollup/exceeds-parent.description': {
    en: "For one indicator and deadline year, the member regions' targets (cities of a province, provinces of a country, a group's members) add up to more than the parent region's.",
    zh: '对同一指标和截止年份，下属行政区划（省内各市、国内各省、组织的成员）的目标之和超过了上级行政区划的目标。',
  },
} as const satisfies CataloguePart;
