/** The target/… codes: rule descriptions and messages. */
import type { CataloguePart } from '../entry';

export const target = {
  'target/value-count': {
    en: 'a target needs one of money, quantity or outcome',
    zh: '目标须有 money、quantity 或 outcome 之一',
  },
  'target/value-count.several': {
    en: 'a target takes only one of money, quantity or outcome; keep {first} or {other}',
    zh: '目标只能有 money、quantity 或 outcome 之一；请保留 {first} 或 {other}',
  },
  'target/value-count.description': {
    en: 'A target has none, or more than one, of money, quantity and outcome.',
    zh: '目标没有 money、quantity、outcome 中的任何一项，或有不止一项。',
  },
  'target/conflict': {
    en: '{indicator} for {region} by {year}: {here} here, {there} in {plan}',
    zh: '{indicator}，{region}，到 {year} 年：本规划为 {here}，{plan} 为 {there}',
  },
  /** Targets without an indicator compare by their metric text, quoted. */
  'target/conflict.metric': {
    en: '"{metric}" for {region} by {year}: {here} here, {there} in {plan}',
    zh: '“{metric}”，{region}，到 {year} 年：本规划为 {here}，{plan} 为 {there}',
  },
  'target/conflict.related': {
    en: '{plan} target {id}: {value}',
    zh: '{plan} 的目标 {id}：{value}',
  },
  'target/conflict.description': {
    en: 'Two plans in force give different values for one region, indicator (else exact metric text) and deadline year, and neither supersedes or amends the other (reported on the newer plan).',
    zh: '两个现行有效的规划对同一行政区划、指标（无指标时按完全相同的 metric 文本）和截止年份给出了不同的值，且彼此没有取代或修订关系（在较新的规划上报告）。',
  },
} as const satisfies CataloguePart;
