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
    for (const list of ctx.dataset.plans?.values() ?? [])
      for (const p of list)
        if (p.id !== id && p.relations.some((r) => r.type === 'supersedes' && r.plan === id)) return;
    const e = entry(ctx.plan.root, 'status');
    if (!e) return;
    ctx.report({
      range: e.value.range,
      message: ctx.t('status/period-ended', { end: end.end }),
      suggestions: [replaceWith(e.value.range, 'ended', ctx.t('status/period-ended.fix'))],
    });
  },
};
