import { deadlineOf } from '../model';
import { get } from '../yaml/tree';
import { deadlinePlaces } from './deadlinePlaces';
import type { Rule } from './rule';

export const deadlineOutsidePeriod: Rule = {
  id: 'deadline/outside-period',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    const { start, end, node } = ctx.plan.period;
    // No end: open-ended (a law) when the key is absent; an unreadable end is another rule's finding.
    if (!start || (!end && get(node, 'end')) || (end && start.start > end.end)) return;
    const until = end ? end.end : 'open-ended';
    for (const p of deadlinePlaces(ctx.plan)) {
      if (p.role !== 'target' && p.role !== 'measure') continue;
      const d = deadlineOf(p.node);
      if (!d) continue;
      if ((end && d.end > end.end) || d.end < start.start) {
        ctx.report({
          range: p.node.range,
          message: `deadline ${p.node.source} (${d.end}) is outside the plan's period ${start.start} – ${until}`,
          ...(node ? { related: [{ range: node.range, message: 'the plan’s period' }] } : {}),
        });
      }
    }
  },
};
