import { isDuplicatedPlan } from '../dataset';
import { get, scalar } from '../yaml/tree';
import type { Rule } from './rule';

export const planSupersededInForce: Rule = {
  id: 'plan/superseded-in-force',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    const plans = ctx.dataset.plans;
    const id = ctx.plan.id;
    // a duplicated id: which copy the other plan supersedes is unknown (id/duplicate reports it)
    if (!plans || !id || ctx.plan.status !== 'in-force' || isDuplicatedPlan(id, ctx.dataset)) return;
    const statusNode = scalar(get(ctx.plan.root, 'status'));
    // the relations that name this plan, indexed once per dataset (scanning every plan here was quadratic)
    for (const rel of ctx.dataset.incoming.get(id) ?? []) {
      const other = rel.from;
      if (rel.type !== 'supersedes' || other.id === id) continue;
      ctx.report({
        range: statusNode ? statusNode.range : { start: 0, end: 0 },
        message: `${id} is superseded by ${other.id} but still marked in-force`,
        related: [{ file: other.file, range: rel.range, message: `${other.id} supersedes ${id}` }],
        ...(statusNode
          ? {
              suggestions: [
                { title: 'Mark as superseded', edits: [{ range: statusNode.range, newText: 'superseded' }] },
              ],
            }
          : {}),
      });
      return;
    }
  },
};
