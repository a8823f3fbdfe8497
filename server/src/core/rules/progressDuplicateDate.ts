import { get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { observationsOf, type Observation } from './targetProgress';

export const progressDuplicateDate: Rule = {
  id: 'progress/duplicate-date',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const seen = new Map<string, Observation>();
      for (const o of observationsOf(t, ctx.plan)) {
        if (!o.at || !o.atNode) continue;
        const key = `${o.at.start}/${o.at.end}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, o);
          continue;
        }
        ctx.report({
          range: o.atNode.range,
          message: `${str(get(t, 'id')) ?? 'the target'} has two observations at ${o.atNode.kind === 'scalar' ? o.atNode.source : o.at.end}; keep one and note the other (where sources disagree) in its notes`,
          related: first.atNode
            ? [{ range: first.atNode.range, message: 'the first observation at that date' }]
            : undefined,
        });
      }
    }
  },
};
