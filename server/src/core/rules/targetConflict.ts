import { targetKey, type PlanSummary } from '../dataset';
import { codeWithName } from '../domain/regions';
import { show } from '../strings';
import { get } from '../yaml/tree';
import { applies, convert, indicatorName, linked, otherPlans, ownRelations, ownTargets, showValue } from './crossPlan';
import type { Rule } from './rule';

export const targetConflict: Rule = {
  id: 'target/conflict',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    if (!ctx.dataset.plans || !applies(ctx.plan.status)) return;
    const me = ownRelations(ctx);
    // one finding per pair: the newer plan (published later, else the greater id) reports it, the older is related
    const mine = `${ctx.plan.published ?? ''} ${me.id}`;
    const others = otherPlans(ctx).filter(
      (p) => p.id !== me.id && applies(p.status) && !linked(me, p) && `${p.published ?? ''} ${p.id}` < mine,
    );
    if (others.length === 0) return;
    const candidates = new Set(others);
    for (const { node, summary: t } of ownTargets(ctx.plan)) {
      if (!t.value || t.year === undefined || !t.region || (!t.indicator && !t.metric)) continue;
      // the targets of other plans with this metric, region and year, indexed once per dataset
      const seen = new Set<PlanSummary>();
      for (const { plan: p, target: x } of ctx.dataset.targetsByKey.get(targetKey(t)) ?? []) {
        // per plan, its first target that matches (as a plan's own list is read)
        if (!candidates.has(p) || seen.has(p)) continue;
        if (!x.value || x.revises?.startsWith(`${me.id}#`) || t.revises?.startsWith(`${p.id}#`)) continue;
        seen.add(p);
        const o = x;
        if (!o?.value) continue;
        // figures in two currencies are not compared: a conversion is never exact
        const theirs =
          o.value.kind === 'money' && t.value.kind === 'money' && o.value.currency !== t.value.currency
            ? null
            : convert(o.value, t.value, t.year, ctx.dataset);
        if (!theirs || Math.abs(theirs.amount - t.value.amount) <= Math.abs(t.value.amount) * 1e-9) continue;
        const valueNode = get(node, t.value.kind === 'money' ? 'money' : 'quantity') ?? node;
        const there = showValue(o.value.amount, o.value, ctx.locale);
        const params = {
          region: codeWithName(t.region, ctx.dataset, ctx.locale),
          year: String(t.year),
          here: showValue(t.value.amount, t.value, ctx.locale),
          there,
          plan: p.id,
        };
        ctx.report({
          range: valueNode.range,
          message: t.indicator
            ? ctx.t('target/conflict', {
                ...params,
                indicator: indicatorName(t.indicator, ctx.dataset, ctx.locale),
              })
            : ctx.t('target/conflict.metric', { ...params, metric: show(t.metric, 40) }),
          related: [
            {
              file: p.file,
              range: o.range,
              message: ctx.t('target/conflict.related', { plan: p.id, id: o.id, value: there }),
            },
          ],
        });
        break;
      }
    }
  },
};
