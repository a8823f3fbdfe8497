import { deadlineOf } from '../model';
import { get } from '../yaml/tree';
import { deadlinePlaces } from './deadlinePlaces';
import type { Rule } from './rule';

export const deadlineOutsidePeriod: Rule = {
  id: 'deadline/outside-period',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    const { start, end, node } = ctx.plan.period;
    // No end: open-ended (a law) when the key is absent; an unreadable end is another rule's finding.
    if (!start || (!end && get(node, 'end')) || (end && start.start > end.end)) return;
    for (const p of deadlinePlaces(ctx.plan)) {
      if (p.role !== 'target' && p.role !== 'measure') continue;
      const d = deadlineOf(p.node);
      if (!d) continue;
      if ((end && d.end > end.end) || d.end < start.start) {
        ctx.report({
          range: p.node.range,
          message: end
            ? ctx.t('deadline/outside-period', {
                deadline: p.node.source,
                end: d.end,
                start: start.start,
                until: end.end,
              })
            : ctx.t('deadline/outside-period.open-ended', { deadline: p.node.source, end: d.end, start: start.start }),
          ...(node ? { related: [{ range: node.range, message: ctx.t('deadline/outside-period.period') }] } : {}),
        });
      }
    }
  },
};
