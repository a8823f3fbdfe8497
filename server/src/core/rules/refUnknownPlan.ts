import { show } from '../strings';
import { get, scalar } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const refUnknownPlan: Rule = {
  id: 'ref/unknown-plan',
  severity: 'error',
  kinds: ['plan'],
  check(ctx) {
    const plans = ctx.dataset.plans;
    if (!plans) return; // the rest of the dataset is unknown: say nothing rather than guess
    for (const rel of ctx.plan.relations) {
      const s = scalar(get(rel, 'plan'));
      if (!s || typeof s.value !== 'string' || plans.has(s.value)) continue;
      const near = ctx.dataset.planIds.closest(s.value, { limit: 3 });
      const id = show(s.value);
      ctx.report({
        range: s.range,
        message: near.length
          ? ctx.t('ref/unknown-plan.suggest', { id, suggestions: ctx.locale.list(near, 'comma') })
          : ctx.t('ref/unknown-plan', { id }),
        suggestions: near.map((n) => replaceWith(s.range, n, ctx.t('ref/unknown-plan.fix', { id: n }))),
      });
    }
  },
};
