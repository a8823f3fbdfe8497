import { daysBetween, describeDuration } from '../domain/deadline';
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
  itemLocal: ['targets'],
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
      // made only where fixes are wanted (the CLI's check reports thousands of passed deadlines and prints no fix)
      const suggestions = () =>
        [
          recordProgress(ctx.text, t, measuredOf(t, ctx.plan), ctx.t('deadline/passed.fix-record')),
          markStatus(ctx.text, t, 'achieved', ctx.t('deadline/passed.fix-achieved')),
          markStatus(ctx.text, t, 'missed', ctx.t('deadline/passed.fix-missed')),
        ].filter((s) => s !== null);
      const duration = describeDuration(daysBetween(today, d.end), ctx.locale);
      ctx.report({
        range: dn.range,
        message: id
          ? ctx.t('deadline/passed', { id, deadline: d.end, duration })
          : ctx.t('deadline/passed.anonymous', { deadline: d.end, duration }),
        suggestions,
      });
    }
  },
};
