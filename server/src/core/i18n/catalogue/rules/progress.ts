/** The progress/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const progress = {
  'progress/unit-mismatch': {
    en: "observation at {at} is {observed} but target {target} is {goal}; record it in the target's terms",
    zh: '{at} 的进展记录是{observed}，而目标 {target} 是{goal}；请按目标的口径记录',
  },
  'progress/unit-mismatch.anonymous': {
    en: "observation at {at} is {observed} but the target is {goal}; record it in the target's terms",
    zh: '{at} 的进展记录是{observed}，而目标是{goal}；请按目标的口径记录',
  },
  'progress/unit-mismatch.undated': {
    en: "observation is {observed} but target {target} is {goal}; record it in the target's terms",
    zh: '进展记录是{observed}，而目标 {target} 是{goal}；请按目标的口径记录',
  },
  'progress/unit-mismatch.undated-anonymous': {
    en: "observation is {observed} but the target is {goal}; record it in the target's terms",
    zh: '进展记录是{observed}，而目标是{goal}；请按目标的口径记录',
  },
  'progress/unit-mismatch.description': {
    en: 'An observation is in another kind, unit or currency than its target, so it cannot be compared with it.',
    zh: '进展记录的类型、单位或币种与其目标不同，无法与目标比较。',
  },
  'progress/in-future': {
    en: 'observation at {at} is after the reference date {today}; date it by the day the figure was reported',
    zh: '{at} 的进展记录晚于参照日期 {today}；请以数据发布的日期作为记录日期',
  },
  'progress/in-future.period': {
    en: 'observation at {at} (to {end}) is after the reference date {today}; date it by the day the figure was reported',
    zh: '{at}（截至 {end}）的进展记录晚于参照日期 {today}；请以数据发布的日期作为记录日期',
  },
  'progress/in-future.description': {
    en: 'An observation is dated after the reference date: its period has not ended yet.',
    zh: '进展记录的日期晚于参照日期：其所属时段尚未结束。',
  },
  'progress/before-baseline': {
    en: 'observation at {at} is before the baseline ({baseline}); move it to notes or drop it',
    zh: '{at} 的进展记录早于基准（{baseline}）；请移到 notes 中或删除',
  },
  'progress/before-baseline.baseline': {
    en: 'the baseline',
    zh: '基准',
  },
  'progress/before-baseline.description': {
    en: "An observation is dated before the target's baseline, so it says nothing about progress towards the target.",
    zh: '进展记录的日期早于目标的基准日期，不能说明实现目标的进展。',
  },
  'progress/unknown-source': {
    en: "unknown source {source}; add the report that gives the figure to the plan's sources",
    zh: '未知的来源 {source}；请把提供该数据的报告添加到规划的 sources 中',
  },
  'progress/unknown-source.suggest': {
    en: 'unknown source {source}; did you mean {suggestions}?',
    zh: '未知的来源 {source}；是否应为 {suggestions}？',
  },
  'progress/unknown-source.fix': {
    en: 'Change to {id}',
    zh: '改为 {id}',
  },
  'progress/unknown-source.description': {
    en: "An observation's source is not one of the plan's source ids.",
    zh: '进展记录的来源不是规划中已定义的来源 id。',
  },
  'progress/duplicate-date': {
    en: '{target} has two observations at {at}; keep one and note the other (where sources disagree) in its notes',
    zh: '{target} 在 {at} 有两条进展记录；请保留一条，另一条（来源说法不一时）写入其 notes',
  },
  'progress/duplicate-date.anonymous': {
    en: 'the target has two observations at {at}; keep one and note the other (where sources disagree) in its notes',
    zh: '该目标在 {at} 有两条进展记录；请保留一条，另一条（来源说法不一时）写入其 notes',
  },
  'progress/duplicate-date.first': {
    en: 'the first observation at that date',
    zh: '该日期的第一条进展记录',
  },
  'progress/duplicate-date.description': {
    en: 'Two observations of one target are dated the same (the same day or period), so the latest one is ambiguous.',
    zh: '同一目标的两条进展记录日期相同（同一天或同一时段），无法确定哪一条是最新的。',
  },
} as const satisfies CataloguePart;
