import { get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { observationsOf, sameTerms } from './targetProgress';
import { describeMeasure, measuredOf } from './targetValue';

export const progressUnitMismatch: Rule = {
  id: 'progress/unit-mismatch',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const goal = measuredOf(t, ctx.plan);
      if (!goal) continue;
      for (const o of observationsOf(t, ctx.plan)) {
        if (!o.measured || sameTerms(o.measured, goal, ctx.dataset)) continue;
        const id = str(get(t, 'id'));
        const observed = describeMeasure(o.measured, ctx.locale);
        const terms = { observed, goal: describeMeasure(goal, ctx.locale) };
        let message: string;
        if (o.atNode) {
          const at = o.atNode.kind === 'scalar' ? o.atNode.source : '?';
          message = id
            ? ctx.t('progress/unit-mismatch', { ...terms, at, target: id })
            : ctx.t('progress/unit-mismatch.anonymous', { ...terms, at });
        } else
          message = id
            ? ctx.t('progress/unit-mismatch.undated', { ...terms, target: id })
            : ctx.t('progress/unit-mismatch.undated-anonymous', terms);
        ctx.report({ range: o.measured.node.range, message });
      }
    }
  },
};
