/** The unit/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const unit = {
  'unit/mismatch': {
    en: 'baseline is {baseline} but the target is {target}',
    zh: '基准值是{baseline}，而目标是{target}',
  },
  'unit/mismatch.description': {
    en: 'A baseline and its target use incompatible units or currencies.',
    zh: '基准值与目标使用了无法换算的单位或币种。',
  },
  'unit/unknown': {
    en: 'unknown unit {unit} (add it to the dataset config under units)',
    zh: '未知的单位 {unit}（可在数据集配置的 units 下添加）',
  },
  'unit/unknown.suggest': {
    en: 'unknown unit {unit}; did you mean {suggestions}?',
    zh: '未知的单位 {unit}；是否应为 {suggestions}？',
  },
  'unit/unknown.alias': {
    en: '{unit} is another spelling of the unit {id}; write {id}',
    zh: '{unit} 是单位 {id} 的另一种写法；请写作 {id}',
  },
  'unit/unknown.fix': {
    en: 'Change to {unit}',
    zh: '改为 {unit}',
  },
  'unit/unknown.description': {
    en: 'A quantity unit is not in the built-in list or the dataset config.',
    zh: '数量单位既不在内置列表中，也不在数据集配置中。',
  },
} as const satisfies CataloguePart;
