import { deadlineOf } from '../model';
import { get } from '../yaml/tree';
import type { Rule } from './rule';
import { observationsOf } from './targetProgress';

export const progressBeforeBaseline: Rule = {
  id: 'progress/before-baseline',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const bAt = get(get(t, 'baseline'), 'at');
      const b = deadlineOf(bAt);
      if (!b || !bAt) continue;
      for (const o of observationsOf(t, ctx.plan)) {
        if (!o.at || !o.atNode || o.at.end >= b.start) continue;
        ctx.report({
          range: o.atNode.range,
          message: ctx.t('progress/before-baseline', {
            at: o.at.end,
            baseline: b.kind === 'date' ? b.end : `${b.start} – ${b.end}`,
          }),
          related: [{ range: bAt.range, message: ctx.t('progress/before-baseline.baseline') }],
        });
      }
    }
  },
};
