import { describeDistance } from '../domain/deadline';
import { deadlineOf } from '../model';
import { get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { markStatus, recordProgress } from './targetEdits';
import { observationsOf, revisedBy } from './targetProgress';
import { measuredOf } from './targetValue';

export const deadlinePassed: Rule = {
  id: 'deadline/passed',
  severity: 'information',
  kinds: ['plan'],
  check(ctx) {
    const today = ctx.dataset.referenceDate;
    for (const t of ctx.plan.targets) {
      const status = str(get(t, 'status')) ?? 'active';
      if (status !== 'active') continue;
      const dn = get(t, 'deadline');
      const d = deadlineOf(dn);
      if (!d || !dn || d.end >= today) continue;
      if (observationsOf(t, ctx.plan).some((o) => o.at && o.at.end >= d.end)) continue;
      const id = str(get(t, 'id'));
      if (revisedBy(ctx.plan.id, id, ctx.dataset)) continue;
      const suggestions = [
        recordProgress(ctx.text, t, measuredOf(t, ctx.plan)),
        markStatus(ctx.text, t, 'achieved'),
        markStatus(ctx.text, t, 'missed'),
      ].filter((s) => s !== null);
      ctx.report({
        range: dn.range,
        message: `${id ? `${id}: ` : ''}deadline ${d.end} passed ${describeDistance(today, d.end).replace(/ ago$/, '')} ago with no observation after it; record progress or set its status`,
        suggestions,
      });
    }
  },
};
