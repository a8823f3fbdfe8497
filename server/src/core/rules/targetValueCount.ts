import { entry, get } from '../yaml/tree';
import type { Rule } from './rule';

const KINDS = ['money', 'quantity', 'outcome'] as const;

export const targetValueCount: Rule = {
  id: 'target/value-count',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const present = KINDS.map((k) => entry(t, k)).filter((e) => e !== null);
      if (present.length === 1) continue;
      const idNode = get(t, 'id');
      if (present.length === 0) {
        ctx.report({ range: idNode?.keyRange ?? t.range, message: ctx.t('target/value-count') });
      } else {
        for (const e of present.slice(1))
          ctx.report({
            range: e.keyRange,
            message: ctx.t('target/value-count.several', { first: present[0]!.key, other: e.key }),
          });
      }
    }
  },
};
