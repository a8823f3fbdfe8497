import { get, scalar, type YNode } from '../yaml/tree';
import type { Rule, RuleContext } from './rule';
import { relativePath, show } from '../strings';

function checkList(ctx: RuleContext, list: YNode[], what: 'items' | 'sources'): void {
  const first = new Map<string, YNode>();
  for (const item of list) {
    const idNode = scalar(get(item, 'id'));
    if (!idNode || typeof idNode.value !== 'string') continue;
    const prev = first.get(idNode.value);
    if (prev)
      ctx.report({
        range: idNode.range,
        message:
          what === 'items'
            ? ctx.t('id/duplicate', { id: show(idNode.value) })
            : ctx.t('id/duplicate.source', { id: show(idNode.value) }),
        related: [{ range: prev.range, message: ctx.t('id/duplicate.first', { id: idNode.value }) }],
      });
    else first.set(idNode.value, idNode);
  }
}

export const idDuplicate: Rule = {
  id: 'id/duplicate',
  severity: 'error',
  kinds: ['plan'],
  check(ctx) {
    checkList(ctx, [...ctx.plan.targets, ...ctx.plan.measures], 'items');
    checkList(ctx, ctx.plan.sources, 'sources');
    const plans = ctx.dataset.plans;
    const idNode = scalar(get(ctx.plan.root, 'id'));
    if (!plans || !idNode || typeof idNode.value !== 'string') return;
    const same = plans.get(idNode.value) ?? [];
    // the dataset index holds this file too: report when another file claims the same id
    const others = same.filter((p) =>
      ctx.file !== undefined
        ? p.file !== ctx.file
        : p.idRange.start !== idNode.range.start || p.idRange.end !== idNode.range.end,
    );
    if (others.length > 0) {
      const planId = idNode.value;
      ctx.report({
        range: idNode.range,
        message:
          others.length === 1
            ? ctx.t('id/duplicate.plan', { id: show(planId), file: relativePath(ctx.file, others[0]!.file) })
            : ctx.t('id/duplicate.plan-files', { id: show(planId), count: String(others.length) }),
        related: others.map((o) => ({
          file: o.file,
          range: o.idRange,
          message: ctx.t('id/duplicate.also-here', { id: planId }),
        })),
      });
    }
  },
};
