import { isDuplicatedPlan } from '../dataset';
import { get, scalar, str } from '../yaml/tree';
import type { Rule } from './rule';

export const relationInconsistent: Rule = {
  id: 'relation/inconsistent',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    const plans = ctx.dataset.plans;
    const id = ctx.plan.id;
    if (!plans || !id) return;
    const myStart = ctx.plan.period.start?.start;
    for (const rel of ctx.plan.relations) {
      const type = str(get(rel, 'type'));
      const target = scalar(get(rel, 'plan'));
      if (
        type !== 'supersedes' ||
        !target ||
        typeof target.value !== 'string' ||
        isDuplicatedPlan(target.value, ctx.dataset)
      )
        continue;
      const other = plans.get(target.value)?.[0];
      if (!other) continue;
      // the other plan's relation back names this id: with two plans of this id, which one it means is unknown
      const back = isDuplicatedPlan(id, ctx.dataset)
        ? undefined
        : other.relations.find((r) => r.type === 'supersedes' && r.plan === id);
      if (back) {
        ctx.report({
          range: target.range,
          message: ctx.t('relation/inconsistent.mutual', { id, other: other.id }),
          related: [
            {
              file: other.file,
              range: back.range,
              message: ctx.t('relation/inconsistent.mutual-related', { id, other: other.id }),
            },
          ],
        });
        continue;
      }
      const otherStart = other.period?.start.start;
      if (myStart && otherStart && otherStart > myStart) {
        ctx.report({
          range: target.range,
          message: ctx.t('relation/inconsistent', { id, start: myStart, other: other.id, otherStart }),
          related: [
            {
              file: other.file,
              range: other.idRange,
              message: ctx.t('relation/inconsistent.related', { other: other.id, otherStart }),
            },
          ],
        });
      }
    }
  },
};
