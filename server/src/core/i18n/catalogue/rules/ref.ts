/** The ref/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const ref = {
  'ref/unknown-source.suggest': {
    en: 'unknown source {id}; did you mean {suggestions}?',
    zh: '未知的来源 {id}；是否应为 {suggestions}？',
  },
  'ref/unknown-source.listed': {
    en: "unknown source {id}; the plan's sources are {sources}",
    zh: '未知的来源 {id}；本规划的来源有 {sources}',
  },
  'ref/unknown-source.no-sources': {
    en: 'unknown source {id}; the plan defines no sources',
    zh: '未知的来源 {id}；本规划未定义任何来源',
  },
  'ref/unknown-source.fix': {
    en: 'Change to {id}',
    zh: '改为 {id}',
  },
  'ref/unknown-source.description': {
    en: 'A target or measure names a source id that the plan does not define.',
    zh: '目标或措施引用的来源 id 未在本规划中定义。',
  },
  'ref/unknown-plan': {
    en: 'unknown plan {id} (no plan in the dataset has this id)',
    zh: '未知的规划 {id}（数据集中没有此 id 的规划）',
  },
  'ref/unknown-plan.suggest': {
    en: 'unknown plan {id}; did you mean {suggestions}?',
    zh: '未知的规划 {id}；是否应为 {suggestions}？',
  },
  'ref/unknown-plan.fix': {
    en: 'Change to {id}',
    zh: '改为 {id}',
  },
  'ref/unknown-plan.description': {
    en: 'A relation names a plan id that the dataset does not contain.',
    zh: '规划关系引用的规划 id 不在数据集中。',
  },
  'ref/unknown-indicator': {
    en: 'unknown indicator {id}',
    zh: '未知的指标 {id}',
  },
  'ref/unknown-indicator.suggest': {
    en: 'unknown indicator {id}; did you mean {suggestions}?',
    zh: '未知的指标 {id}；是否应为 {suggestions}？',
  },
  'ref/unknown-indicator.no-list': {
    en: 'unknown indicator {id} (the dataset lists no indicators: add a *.indicators.yaml file)',
    zh: '未知的指标 {id}（数据集未列出任何指标：请添加 *.indicators.yaml 文件）',
  },
  'ref/unknown-indicator.fix': {
    en: 'Change to {id}',
    zh: '改为 {id}',
  },
  'ref/unknown-indicator.description': {
    en: "A target's indicator is not in the dataset's indicator list (a *.indicators.yaml file or the config's indicators).",
    zh: '目标的指标不在数据集的指标列表中（*.indicators.yaml 文件或配置中的 indicators）。',
  },
} as const satisfies CataloguePart;
