import { closest, show } from '../strings';
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
      const near = closest(s.value, plans.keys(), { limit: 3 });
      ctx.report({
        range: s.range,
        message: `unknown plan ${show(s.value)}${near.length ? `; did you mean ${near.join(', ')}?` : ' (no plan in the dataset has this id)'}`,
        suggestions: near.map((n) => replaceWith(s.range, n)),
      });
    }
  },
};
