import { closest, show } from '../strings';
import { replaceWith, type Rule } from './rule';
import { observationsOf } from './targetProgress';

export const progressUnknownSource: Rule = {
  id: 'progress/unknown-source',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    const known = [...ctx.plan.sourceIds.keys()];
    for (const t of ctx.plan.targets) {
      for (const o of observationsOf(t, ctx.plan)) {
        if (o.source === null || !o.sourceNode || ctx.plan.sourceIds.has(o.source)) continue;
        const near = closest(o.source, known, { limit: 3 });
        ctx.report({
          range: o.sourceNode.range,
          message: near.length
            ? ctx.t('progress/unknown-source.suggest', {
                source: show(o.source),
                suggestions: ctx.locale.list(near, 'comma'),
              })
            : ctx.t('progress/unknown-source', { source: show(o.source) }),
          suggestions: near.map((n) =>
            replaceWith(o.sourceNode!.range, n, ctx.t('progress/unknown-source.fix', { id: n })),
          ),
        });
      }
    }
  },
};
