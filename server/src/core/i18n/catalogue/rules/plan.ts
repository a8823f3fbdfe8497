/** The plan/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const plan = {
  'plan/superseded-in-force': {
    en: '{id} is superseded by {other} but still marked in-force',
    zh: '{id} 已被 {other} 取代，但仍标记为现行有效（in-force）',
  },
  'plan/superseded-in-force.related': {
    en: '{other} supersedes {id}',
    zh: '{other} 取代了 {id}',
  },
  'plan/superseded-in-force.fix': {
    en: 'Mark as superseded',
    zh: '标记为已被取代（superseded）',
  },
  'plan/superseded-in-force.description': {
    en: 'A plan that another plan of the dataset supersedes is still marked in-force.',
    zh: '已被数据集中另一规划取代的规划，仍标记为现行有效（in-force）。',
  },
  'plan/published-after-source': {
    en: 'the plan is dated {published}, after its official text {source} (published {date})',
    zh: '规划的发布日期 {published} 晚于其正式文本 {source} 的发布日期（{date}）',
  },
  'plan/published-after-source.related': {
    en: '{source} published {date}',
    zh: '{source} 发布于 {date}',
  },
  'plan/published-after-source.fix': {
    en: 'Change to {date}',
    zh: '改为 {date}',
  },
  'plan/published-after-source.description': {
    en: "A plan's `published` date is later than the `published` date of its official text (a source of type official-text).",
    zh: '规划的 `published` 日期晚于其正式文本（类型为 official-text 的来源）的 `published` 日期。',
  },
} as const satisfies CataloguePart;
