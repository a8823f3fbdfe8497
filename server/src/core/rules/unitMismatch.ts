import { comparable } from '../domain/units';
import { get } from '../yaml/tree';
import type { Rule } from './rule';
import { describeMeasure, measuredOf } from './targetValue';

export const unitMismatch: Rule = {
  id: 'unit/mismatch',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const baseline = get(t, 'baseline');
      if (!baseline) continue;
      const target = measuredOf(t, ctx.plan);
      const base = measuredOf(baseline, ctx.plan);
      if (!target || !base) continue;
      let compatible = target.kind === base.kind;
      if (target.kind === 'money' && base.kind === 'money')
        compatible = !target.currency || !base.currency || target.currency === base.currency;
      if (target.kind === 'quantity' && base.kind === 'quantity')
        compatible = !target.unit || !base.unit || comparable(target.unit, base.unit, ctx.dataset) !== null;
      if (!compatible)
        ctx.report({
          range: base.node.range,
          message: ctx.t('unit/mismatch', {
            baseline: describeMeasure(base, ctx.locale),
            target: describeMeasure(target, ctx.locale),
          }),
        });
    }
  },
};
