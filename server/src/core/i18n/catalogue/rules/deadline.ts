/** The deadline/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const deadline = {
  'deadline/invalid': {
    en: 'invalid deadline: {problem}',
    zh: '无效的截止日期：{problem}',
  },
  'deadline/invalid.quarter': {
    en: 'quarter Q{quarter} does not exist (Q1–Q4)',
    zh: '不存在季度 Q{quarter}（只有 Q1–Q4）',
  },
  'deadline/invalid.month-digits': {
    en: 'write the month with two digits ({fixed})',
    zh: '月份请写两位数字（{fixed}）',
  },
  'deadline/invalid.month': {
    en: 'month {month} does not exist',
    zh: '不存在月份 {month}',
  },
  'deadline/invalid.date-digits': {
    en: 'write the date as YYYY-MM-DD ({fixed})',
    zh: '日期请写作 YYYY-MM-DD（{fixed}）',
  },
  'deadline/invalid.day': {
    en: '{date} does not exist ({monthName} {year} has {days} days)',
    zh: '不存在 {date} 这一天（{year} 年{monthName}只有 {days} 天）',
  },
  'deadline/invalid.shape': {
    en: '"{value}" is not a year, quarter (2025-Q4), month (2025-12) or date (2025-12-31)',
    zh: '"{value}" 不是年份、季度（2025-Q4）、月份（2025-12）或日期（2025-12-31）',
  },
  'deadline/invalid.description': {
    en: 'A deadline names a date that does not exist (2025-02-30) or a malformed quarter or month.',
    zh: '截止日期是不存在的日期（如 2025-02-30），或季度、月份的写法有误。',
  },
  'deadline/outside-period': {
    en: "deadline {deadline} ({end}) is outside the plan's period {start} – {until}",
    zh: '截止日期 {deadline}（{end}）不在规划期 {start} – {until} 之内',
  },
  'deadline/outside-period.open-ended': {
    en: "deadline {deadline} ({end}) is outside the plan's period {start} – open-ended",
    zh: '截止日期 {deadline}（{end}）早于规划期的开始日期 {start}（规划期不设结束日期）',
  },
  'deadline/outside-period.period': {
    en: 'the plan’s period',
    zh: '规划期',
  },
  'deadline/outside-period.description': {
    en: "A target's or measure's deadline falls outside the plan's period.",
    zh: '目标或措施的截止日期超出规划期。',
  },
  'deadline/before-published': {
    en: 'deadline {deadline} ends on {end}, before the plan was published ({published})',
    zh: '截止日期 {deadline} 止于 {end}，早于规划的发布日期（{published}）',
  },
  'deadline/before-published.description': {
    en: 'A deadline ends before the plan was published.',
    zh: '截止日期早于规划的发布日期。',
  },
  'deadline/passed': {
    en: '{id}: deadline {deadline} passed {duration} ago with no observation after it; record progress or set its status',
    zh: '{id}：截止日期 {deadline} 已过去 {duration}，此后没有进展记录；请记录进展或设置其状态',
  },
  'deadline/passed.anonymous': {
    en: 'deadline {deadline} passed {duration} ago with no observation after it; record progress or set its status',
    zh: '截止日期 {deadline} 已过去 {duration}，此后没有进展记录；请记录进展或设置其状态',
  },
  'deadline/passed.fix-record': {
    en: 'Record progress',
    zh: '记录进展',
  },
  'deadline/passed.fix-achieved': {
    en: 'Mark achieved',
    zh: '标记为已达成',
  },
  'deadline/passed.fix-missed': {
    en: 'Mark missed',
    zh: '标记为未达成',
  },
  'deadline/passed.description': {
    en: "A target's deadline has passed (relative to the reference date), it is still active and no observation is dated on or after the deadline. A target that another plan's item revises is not reported.",
    zh: '目标的截止日期已过（相对于参照日期），目标仍为 active 状态，且没有日期在截止日期当天或之后的进展记录。已被其他规划的条目修订的目标不报告。',
  },
} as const satisfies CataloguePart;
