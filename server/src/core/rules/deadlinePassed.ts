import { describeDistance } from '../domain/deadline';
import { deadlineOf } from '../model';
import { entry, get, str } from '../yaml/tree';
import type { Rule } from './rule';

export const deadlinePassed: Rule = {
  id: 'deadline/passed',
  severity: 'information',
  description: 'A deadline has passed (relative to the reference date) and the target is still active.',
  kinds: ['plan'],
  check(ctx) {
    const today = ctx.dataset.referenceDate;
    for (const t of ctx.plan.targets) {
      const status = str(get(t, 'status')) ?? 'active';
      if (status !== 'active') continue;
      const dn = get(t, 'deadline');
      const d = deadlineOf(dn);
      if (!d || !dn || d.end >= today) continue;
      const statusEntry = entry(t, 'status');
      ctx.report({
        range: dn.range,
        message: `deadline ${d.end} passed ${describeDistance(today, d.end).replace(/ ago$/, '')} ago and the target is still active; set its status`,
        ...(statusEntry ? { suggestions: ['achieved', 'missed'].map((s) => ({ title: `Mark as ${s}`, edits: [{ range: statusEntry.value.range, newText: s }] })) } : {}),
      });
    }
  },
};
