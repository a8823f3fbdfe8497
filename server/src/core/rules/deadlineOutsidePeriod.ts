import { deadlineOf } from '../model';
import { deadlinePlaces } from './deadlinePlaces';
import type { Rule } from './rule';

export const deadlineOutsidePeriod: Rule = {
  id: 'deadline/outside-period',
  severity: 'warning',
  description: "A target's or measure's deadline falls outside the plan's period.",
  kinds: ['plan'],
  check(ctx) {
    const { start, end, node } = ctx.plan.period;
    if (!start || !end || start.start > end.end) return;
    for (const p of deadlinePlaces(ctx.plan)) {
      if (p.role !== 'target' && p.role !== 'measure') continue;
      const d = deadlineOf(p.node);
      if (!d) continue;
      if (d.end > end.end || d.end < start.start) {
        ctx.report({
          range: p.node.range,
          message: `deadline ${p.node.source} (${d.end}) is outside the plan's period ${start.start} – ${end.end}`,
          ...(node ? { related: [{ range: node.range, message: 'the plan’s period' }] } : {}),
        });
      }
    }
  },
};
