/** The status/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const status = {
  'status/contradicts-progress': {
    en: '{target} is marked achieved but the latest observation ({value} on {date}) does not meet the level {level}',
    zh: '{target} 标记为已达成，但最新进展记录（{date}：{value}）未达到目标水平 {level}',
  },
  'status/contradicts-progress.missed': {
    en: '{target} is marked missed but the latest observation ({value} on {date}) meets the level {level}',
    zh: '{target} 标记为未达成，但最新进展记录（{date}：{value}）已达到目标水平 {level}',
  },
  'status/contradicts-progress.anonymous': {
    en: 'the target is marked achieved but the latest observation ({value} on {date}) does not meet the level {level}',
    zh: '该目标标记为已达成，但最新进展记录（{date}：{value}）未达到目标水平 {level}',
  },
  'status/contradicts-progress.anonymous-missed': {
    en: 'the target is marked missed but the latest observation ({value} on {date}) meets the level {level}',
    zh: '该目标标记为未达成，但最新进展记录（{date}：{value}）已达到目标水平 {level}',
  },
  'status/contradicts-progress.latest': {
    en: 'the latest observation',
    zh: '最新进展记录',
  },
  'status/contradicts-progress.fix-achieved': {
    en: 'Mark achieved',
    zh: '标记为已达成',
  },
  'status/contradicts-progress.fix-missed': {
    en: 'Mark missed',
    zh: '标记为未达成',
  },
  'status/contradicts-progress.description': {
    en: "A target's status disagrees with its progress: achieved while the latest observation on or after the deadline falls short, or missed while the latest observation meets the target.",
    zh: '目标的状态与进展不符：标记为已达成（achieved），但截止日期当天或之后的最新进展记录未达到目标；或标记为未达成（missed），但最新进展记录已达到目标。',
  },
  'status/period-ended': {
    en: 'plan is in-force but its period ended {end}; set its status to ended (or superseded, repealed), or leave the period open-ended',
    zh: '规划状态为现行有效（in-force），但规划期已于 {end} 结束；请将状态改为 ended（或 superseded、repealed），或不设规划期结束日期',
  },
  'status/period-ended.fix': {
    en: 'Change to ended',
    zh: '改为 ended',
  },
  'status/period-ended.description': {
    en: 'A plan is in-force but its period has ended (a plan without a period end is open-ended and never reported; a plan another one supersedes is plan/superseded-in-force).',
    zh: '规划为现行有效（in-force），但规划期已结束（没有规划期结束日期的规划视为长期有效，不会报告；已被其他规划取代的规划由 plan/superseded-in-force 报告）。',
  },
} as const satisfies CataloguePart;
