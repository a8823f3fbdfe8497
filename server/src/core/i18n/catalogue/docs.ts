/** The generated documentation pages (scripts/gen-rules-doc.ts): headings and labels around the rules' descriptions. */
import type { CataloguePart } from './entry';

export const docs = {
  'docs.rules.title': { en: 'Rules', zh: '规则' },
  'docs.rules.generated': {
    en: 'Generated from `server/src/core/rules/` by `npm run docs:rules`; do not edit by hand.',
    zh: '由 `npm run docs:rules` 根据 `server/src/core/rules/` 生成，请勿手工编辑。',
  },
  'docs.rules.intro': {
    en: "Every diagnostic carries one of these codes. The dataset config (`rules:`) or the editor setting\n`policyPlans.rules` can change a rule's severity or turn it `off`.",
    zh: '每条诊断都带有下列代码之一。数据集配置（`rules:`）或编辑器设置 `policyPlans.rules`\n可以更改规则的严重级别，或将其关闭（`off`）。',
  },
  'docs.rules.header': {
    en: '| code | default severity | fires when |',
    zh: '| 代码 | 默认严重级别 | 触发条件 |',
  },
  'docs.rules.family': {
    en: 'Codes `{id}`, default severity {severity}. {description}',
    zh: '代码 `{id}`，默认严重级别：{severity}。{description}',
  },
  'docs.rules.rule': {
    en: '`{id}` — default severity **{severity}**; checks {kinds} files.',
    zh: '`{id}` — 默认严重级别：**{severity}**；检查{kinds}。',
  },
  'docs.rules.kind.plan': { en: 'plan', zh: '规划文件' },
  'docs.rules.kind.regions': { en: 'regions', zh: '行政区划文件' },
  'docs.rules.kind.config': { en: 'config', zh: '配置文件' },
} as const satisfies CataloguePart;
