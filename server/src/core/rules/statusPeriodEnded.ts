import { entry } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const statusPeriodEnded: Rule = {
  id: 'status/period-ended',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    const end = ctx.plan.period.end;
    if (ctx.plan.status !== 'in-force' || !end || end.end >= ctx.dataset.referenceDate) return;
    const id = ctx.plan.id;
    // another plan that supersedes it, from the dataset's index of relations by the plan they name
    if (id && ctx.dataset.incoming.get(id)?.some((r) => r.type === 'supersedes' && r.from.id !== id)) return;
    const e = entry(ctx.plan.root, 'status');
    if (!e) return;
    ctx.report({
      range: e.value.range,
      message: ctx.t('status/period-ended', { end: end.end }),
      suggestions: [replaceWith(e.value.range, 'ended', ctx.t('status/period-ended.fix'))],
    });
  },
};
