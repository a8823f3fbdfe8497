import type { Rule } from './rule';
import { observationsOf } from './targetProgress';

export const progressInFuture: Rule = {
  id: 'progress/in-future',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    const today = ctx.dataset.referenceDate;
    for (const t of ctx.plan.targets) {
      for (const o of observationsOf(t, ctx.plan)) {
        if (!o.at || !o.atNode || o.at.end <= today) continue;
        const what =
          o.at.kind === 'date'
            ? o.at.end
            : `${o.atNode.kind === 'scalar' ? o.atNode.source : o.at.end} (to ${o.at.end})`;
        ctx.report({
          range: o.atNode.range,
          message: `observation at ${what} is after the reference date ${today}; date it by the day the figure was reported`,
        });
      }
    }
  },
};
