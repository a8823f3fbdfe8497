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
        message: ctx.t('plan/superseded-in-force', { id, other: other.id }),
        related: [
          {
            file: other.file,
            range: rel.range,
            message: ctx.t('plan/superseded-in-force.related', { id, other: other.id }),
          },
        ],
        ...(statusNode
          ? {
              suggestions: [
                {
                  title: ctx.t('plan/superseded-in-force.fix'),
                  edits: [{ range: statusNode.range, newText: 'superseded' }],
                },
              ],
            }
          : {}),
      });
      return;
    }
  },
};
