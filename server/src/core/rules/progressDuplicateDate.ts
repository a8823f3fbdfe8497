import { get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { observationsOf, type Observation } from './targetProgress';

export const progressDuplicateDate: Rule = {
  id: 'progress/duplicate-date',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets'],
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
        const id = str(get(t, 'id'));
        const at = o.atNode.kind === 'scalar' ? o.atNode.source : o.at.end;
        ctx.report({
          range: o.atNode.range,
          message:
            id !== null
              ? ctx.t('progress/duplicate-date', { target: id, at })
              : ctx.t('progress/duplicate-date.anonymous', { at }),
          related: first.atNode
            ? [{ range: first.atNode.range, message: ctx.t('progress/duplicate-date.first') }]
            : undefined,
        });
      }
    }
  },
};
