/** The baseline/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const baseline = {
  'baseline/after-deadline': {
    en: 'baseline at {at} is not before the deadline {deadline}',
    zh: '基准日期 {at} 不早于截止日期 {deadline}',
  },
  'baseline/after-deadline.description': {
    en: "A target's baseline date is not before its deadline.",
    zh: '目标的基准日期不早于其截止日期。',
  },
  'baseline/already-met': {
    en: 'the baseline ({baseline}) already meets the target of at least {target}',
    zh: '基准值（{baseline}）已达到“不低于 {target}”的目标',
  },
  'baseline/already-met.more-than': {
    en: 'the baseline ({baseline}) already meets the target of more than {target}',
    zh: '基准值（{baseline}）已达到“超过 {target}”的目标',
  },
  'baseline/already-met.description': {
    en: 'An at-least or more-than target whose baseline already meets it (same unit or currency).',
    zh: '比较方式为“不低于”或“超过”的目标，其基准值已经达到目标（单位或币种相同）。',
  },
} as const satisfies CataloguePart;
