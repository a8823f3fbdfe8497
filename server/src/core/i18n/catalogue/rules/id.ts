/** The id/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const id = {
  'id/duplicate': {
    en: 'duplicate target/measure id {id}',
    zh: '目标/措施的 id {id} 重复',
  },
  'id/duplicate.source': {
    en: 'duplicate source id {id}',
    zh: '来源的 id {id} 重复',
  },
  'id/duplicate.first': {
    en: 'the first {id}',
    zh: '首次出现的 {id}',
  },
  'id/duplicate.plan': {
    en: 'plan id {id} is also used by {file}',
    zh: '规划 id {id} 也被 {file} 使用',
  },
  'id/duplicate.plan-files': {
    en: 'plan id {id} is also used by {count} other files',
    zh: '规划 id {id} 也被另外 {count} 个文件使用',
  },
  'id/duplicate.also-here': {
    en: '{id} is also defined here',
    zh: '{id} 也在这里定义',
  },
  'id/duplicate.region': {
    en: 'duplicate region id {id}',
    zh: '行政区划的 id {id} 重复',
  },
  'id/duplicate.region-withdrawn': {
    en: 'region id {id} clashes with the withdrawn code {code} ({name}); use {successor}',
    zh: '行政区划 id {id} 与已停用的代码 {code}（{name}）冲突；请使用 {successor}',
  },
  'id/duplicate.region-iso': {
    en: 'region id {id} clashes with the ISO code {code} ({name}); use {code} instead',
    zh: '行政区划 id {id} 与 ISO 代码 {code}（{name}）冲突；请改用 {code}',
  },
  'id/duplicate.region-elsewhere': {
    en: 'region id {id} is also defined in {file}',
    zh: '行政区划 id {id} 也在 {file} 中定义',
  },
  'id/duplicate.description': {
    en: 'Two targets or measures (or sources) in a plan share an id, or two plans in the dataset do. Two dataset regions share an id (in one file or across files), or an id only differs from an ISO code by case.',
    zh: '同一规划中两个目标或措施（或两个来源）的 id 相同，或数据集中两个规划的 id 相同；数据集中两个行政区划的 id 相同（同一文件内或跨文件），或某个 id 与 ISO 代码仅有大小写之别。',
  },
} as const satisfies CataloguePart;
