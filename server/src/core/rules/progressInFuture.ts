import type { Rule } from './rule';
import { observationsOf } from './targetProgress';

export const progressInFuture: Rule = {
  id: 'progress/in-future',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    const today = ctx.dataset.referenceDate;
    for (const t of ctx.plan.targets) {
      for (const o of observationsOf(t, ctx.plan)) {
        if (!o.at || !o.atNode || o.at.end <= today) continue;
        ctx.report({
          range: o.atNode.range,
          message:
            o.at.kind === 'date'
              ? ctx.t('progress/in-future', { at: o.at.end, today })
              : ctx.t('progress/in-future.period', {
                  at: o.atNode.kind === 'scalar' ? o.atNode.source : o.at.end,
                  end: o.at.end,
                  today,
                }),
        });
      }
    }
  },
};
