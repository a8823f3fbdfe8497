import { get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { observationsOf, sameTerms } from './targetProgress';
import { describeMeasure, measuredOf } from './targetValue';

export const progressUnitMismatch: Rule = {
  id: 'progress/unit-mismatch',
  severity: 'error',
  kinds: ['plan'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const goal = measuredOf(t, ctx.plan);
      if (!goal) continue;
      for (const o of observationsOf(t, ctx.plan)) {
        if (!o.measured || sameTerms(o.measured, goal, ctx.dataset)) continue;
        const at = o.atNode ? ` at ${o.atNode.kind === 'scalar' ? o.atNode.source : '?'}` : '';
        const id = str(get(t, 'id'));
        ctx.report({
          range: o.measured.node.range,
          message: `observation${at} is ${describeMeasure(o.measured)} but ${id ? `target ${id}` : 'the target'} is ${describeMeasure(goal)}; record it in the target's terms`,
        });
      }
    }
  },
};
