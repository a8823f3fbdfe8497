import { deadlineOf } from '../model';
import { get } from '../yaml/tree';
import type { Rule } from './rule';

export const baselineAfterDeadline: Rule = {
  id: 'baseline/after-deadline',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const atNode = get(get(t, 'baseline'), 'at');
      const at = deadlineOf(atNode);
      const d = deadlineOf(get(t, 'deadline'));
      if (!at || !d || !atNode) continue;
      if (at.end >= d.end)
        ctx.report({
          range: atNode.range,
          message: ctx.t('baseline/after-deadline', { at: at.end, deadline: d.end }),
        });
    }
  },
};
