/** The editor's other texts: inlay hints, code lenses, symbols, and why a rename cannot be done. */
import type { CataloguePart } from './entry';

export const editor = {
  'editor.inlay.from': {
    en: 'from {date}',
    zh: '自 {date} 起',
  },
  'editor.inlay.revised-by': {
    en: '{standing} · revised by {by}',
    zh: '{standing} · 已被 {by} 修订',
  },
  'editor.lens.referenced-by': {
    en: 'referenced by {count, plural, =0 {no plan} one {# plan} other {# plans}}',
    zh: '{count, plural, =0 {未被其他规划引用} other {被 # 个规划引用}}',
  },
  'editor.lens.targets': {
    en: '{count, plural, one {# target} other {# targets}}',
    zh: '{count} 个目标',
  },
  'editor.lens.measures': {
    en: '{count, plural, one {# measure} other {# measures}}',
    zh: '{count} 项措施',
  },
  'editor.link.custom-schema': {
    en: 'Open the custom schema',
    zh: '打开自定义模式',
  },
  'editor.link.schema': {
    en: 'Open the schema',
    zh: '打开模式',
  },
  'editor.link.source': {
    en: 'Open the source {id}',
    zh: '打开来源 {id}',
  },
  'editor.link.source.no-id': {
    en: 'Open the source',
    zh: '打开来源',
  },
  'editor.link.plan': {
    en: 'Open the plan {id}',
    zh: '打开规划 {id}',
  },
  'editor.link.plan.titled': {
    en: 'Open the plan {id}: {title}',
    zh: '打开规划 {id}：{title}',
  },
  'editor.link.region': {
    en: 'Open the region {code} in the registry',
    zh: '在登记表中打开行政区划 {code}',
  },
  'editor.symbol.plan-without-id': {
    en: '(plan without id)',
    zh: '（无 id 的规划）',
  },
  'editor.symbol.target-without-id': {
    en: '(target without id)',
    zh: '（无 id 的目标）',
  },
  'editor.symbol.measure-without-id': {
    en: '(measure without id)',
    zh: '（无 id 的措施）',
  },
  'editor.symbol.source-without-id': {
    en: '(source without id)',
    zh: '（无 id 的来源）',
  },
  'editor.symbol.region-without-id': {
    en: '(region without id)',
    zh: '（无 id 的行政区划）',
  },
  'editor.rename.not-here': {
    en: 'only a plan id, a source id or a dataset region id can be renamed; put the cursor on one',
    zh: '只能重命名规划 id、来源 id 或数据集行政区划 id；请把光标放在其中之一上',
  },
  'editor.rename.nothing-in-file': {
    en: 'nothing in this file can be renamed: only plan ids, source ids and dataset region ids can be renamed',
    zh: '此文件中没有可重命名的内容：只能重命名规划 id、来源 id 和数据集行政区划 id',
  },
  'editor.rename.put-cursor': {
    en: 'put the cursor on an id to rename it: only plan ids, source ids and dataset region ids can be renamed',
    zh: '请把光标放在要重命名的 id 上：只能重命名规划 id、来源 id 和数据集行政区划 id',
  },
  'editor.rename.key': {
    en: '{key} is a key of the format and cannot be renamed: only plan ids, source ids and dataset region ids can be renamed',
    zh: '{key} 是格式规定的键，不能重命名：只能重命名规划 id、来源 id 和数据集行政区划 id',
  },
  'editor.rename.target-id': {
    en: '{id} is a target id, used only where it is written: edit it in place',
    zh: '{id} 是目标 id，只在写它的地方使用：请直接修改',
  },
  'editor.rename.measure-id': {
    en: '{id} is a measure id, used only where it is written: edit it in place',
    zh: '{id} 是措施 id，只在写它的地方使用：请直接修改',
  },
  'editor.rename.iso-region': {
    en: '{code} is an ISO 3166 code, not a dataset region: it cannot be renamed (choose another code instead)',
    zh: '{code} 是 ISO 3166 代码，不是数据集定义的行政区划：不能重命名（请改选其他代码）',
  },
  'editor.rename.withdrawn-region': {
    en: '{code} is a withdrawn ISO code: replace it with {successor} instead of renaming it',
    zh: '{code} 是已停用的 ISO 代码：请替换为 {successor}，而不是重命名',
  },
  'editor.rename.unknown-region': {
    en: '{code} is not a region of this dataset: define it in a *.regions.yaml file first',
    zh: '{code} 不是本数据集的行政区划：请先在 *.regions.yaml 文件中定义',
  },
  'editor.rename.currency': {
    en: '{code} is an ISO 4217 currency code and cannot be renamed',
    zh: '{code} 是 ISO 4217 币种代码，不能重命名',
  },
  'editor.rename.not-an-id': {
    en: '{value} is not an id: only plan ids, source ids and dataset region ids can be renamed',
    zh: '{value} 不是 id：只能重命名规划 id、来源 id 和数据集行政区划 id',
  },
  'editor.rename.invalid-region-id': {
    en: '{name} is not a valid region id: use lowercase kebab-case that starts with a letter, such as shenzhen-north',
    zh: '{name} 不是有效的行政区划 id：请使用以字母开头、小写字母和连字符组成的形式，如 shenzhen-north',
  },
  'editor.rename.invalid-plan-id': {
    en: '{name} is not a valid plan id: use lowercase kebab-case such as cn-gd-ai-2023',
    zh: '{name} 不是有效的规划 id：请使用小写字母、数字和连字符组成的形式，如 cn-gd-ai-2023',
  },
  'editor.rename.invalid-source-id': {
    en: '{name} is not a valid source id: use lowercase kebab-case such as cn-gd-ai-2023',
    zh: '{name} 不是有效的来源 id：请使用小写字母、数字和连字符组成的形式，如 cn-gd-ai-2023',
  },
  'editor.rename.iso-clash': {
    en: '{name} would clash with the ISO code {code}',
    zh: '{name} 会与 ISO 代码 {code} 冲突',
  },
  'editor.rename.withdrawn-name': {
    en: '{name} is a withdrawn region code; choose another id',
    zh: '{name} 是已停用的行政区划代码；请另选一个 id',
  },
  'editor.rename.region-exists': {
    en: 'the dataset already has a region {name}; renaming would merge the two',
    zh: '数据集中已有行政区划 {name}；重命名会把两者合并',
  },
  'editor.rename.plan-exists': {
    en: 'the dataset already has a plan {name}; renaming would merge the two',
    zh: '数据集中已有规划 {name}；重命名会把两者合并',
  },
  'editor.rename.source-exists': {
    en: 'this plan already has a source {name}; renaming would merge the two',
    zh: '本规划中已有来源 {name}；重命名会把两者合并',
  },
} as const satisfies CataloguePart;
