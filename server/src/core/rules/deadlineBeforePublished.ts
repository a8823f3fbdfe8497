import { deadlineOf } from '../model';
import { deadlinePlaces } from './deadlinePlaces';
import type { Rule } from './rule';

export const deadlineBeforePublished: Rule = {
  id: 'deadline/before-published',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    const published = ctx.plan.published;
    if (!published) return;
    for (const p of deadlinePlaces(ctx.plan)) {
      if (p.role !== 'target' && p.role !== 'measure') continue;
      const d = deadlineOf(p.node);
      if (d && d.end < published)
        ctx.report({
          range: p.node.range,
          message: ctx.t('deadline/before-published', { deadline: p.node.source, end: d.end, published }),
        });
    }
  },
};
