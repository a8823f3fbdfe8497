/** Words shared by several areas: amounts, lists, the engine's own findings. */
import type { CataloguePart } from './entry';

export const general = {
  'engine.rule-failed': {
    en: 'rule {rule} failed: {error}',
    zh: '规则 {rule} 运行出错：{error}',
  },
} as const satisfies CataloguePart;
