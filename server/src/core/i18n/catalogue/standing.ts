/**
 * Where a target stands (the CLI's --progress lines, the hover, the inlay hint, the code lens): the six
 * standings, the comparator words and the parts of the standing line (rules/targetProgress.ts
 * describeStanding). A standing line is clauses joined by `standing.separator`; each clause is one whole
 * template per variant.
 */
import type { CataloguePart } from './entry';

export const standing = {
  'standing.met': { en: 'met', zh: '已达成' },
  'standing.on-track': { en: 'on-track', zh: '进度正常' },
  'standing.behind': { en: 'behind', zh: '进度滞后' },
  'standing.missed': { en: 'missed', zh: '未达成' },
  'standing.not-yet-due': { en: 'not-yet-due', zh: '未到期' },
  'standing.no-data': { en: 'no-data', zh: '无数据' },

  'standing.comparator.at-least': { en: 'at least', zh: '不低于' },
  'standing.comparator.more-than': { en: 'more than', zh: '超过' },
  'standing.comparator.at-most': { en: 'at most', zh: '不超过' },
  'standing.comparator.less-than': { en: 'less than', zh: '低于' },
  'standing.comparator.exactly': { en: 'exactly', zh: '等于' },
  'standing.comparator.about': { en: 'about', zh: '约' },
  /** A figure with its comparator: the target's level, or an observation the source gives as a bound. */
  'standing.bounded': { en: '{comparator} {amount}', zh: '{comparator} {amount}' },

  /** The latest observation against the level ("behind: 1,600 of more than 2,000 enterprises on 2025-10-22"). */
  'standing.observed': {
    en: '{standing}: {value} of {level} on {at}',
    zh: '{standing}：{at} 实际 {value}，目标 {level}',
  },
  'standing.observed.source': {
    en: '{standing}: {value} of {level} on {at} ({source})',
    zh: '{standing}：{at} 实际 {value}，目标 {level}（来源 {source}）',
  },
  'standing.observed.estimated': {
    en: '{standing}: {value} of {level} on {at}, estimated',
    zh: '{standing}：{at} 估计 {value}，目标 {level}',
  },
  'standing.observed.source-estimated': {
    en: '{standing}: {value} of {level} on {at} ({source}), estimated',
    zh: '{standing}：{at} 估计 {value}，目标 {level}（来源 {source}）',
  },
  /** An outcome target's latest observation, quoted. */
  'standing.outcome': {
    en: '{standing}: "{outcome}" on {at}',
    zh: '{standing}：{at}，“{outcome}”',
  },
  'standing.outcome.source': {
    en: '{standing}: "{outcome}" on {at} ({source})',
    zh: '{standing}：{at}，“{outcome}”（来源 {source}）',
  },
  'standing.none.due': {
    en: '{standing}: no observation, due {deadline}',
    zh: '{standing}：尚无进展记录，截止日期 {deadline}',
  },
  'standing.none.since': {
    en: '{standing}: no observation since the deadline {deadline}',
    zh: '{standing}：截止日期 {deadline} 已过，尚无进展记录',
  },
  /** Where the straight line from the baseline to the level is on the latest observation's date. */
  'standing.expected': {
    en: 'the straight line is at {value} then',
    zh: '按直线进度届时应为 {value}',
  },
  'standing.baseline': {
    en: '{at} baseline {value}',
    zh: '{at} 基准值 {value}',
  },
  'standing.revised': {
    en: 'revised by {ref}',
    zh: '已被 {ref} 修订',
  },
  /** Between the clauses of a standing line. */
  'standing.separator': { en: '; ', zh: '；' },
} as const satisfies CataloguePart;
