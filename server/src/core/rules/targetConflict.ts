import {
  isDuplicatedPlan,
  targetKey,
  valueSignature,
  type KeyedTarget,
  type PlanSummary,
  type TargetSummary,
} from '../dataset';
import { codeWithName } from '../domain/regions';
import { show } from '../strings';
import { get } from '../yaml/tree';
import { applies, convert, indicatorName, isOtherPlan, linked, ownRelations, ownTargets, showValue } from './crossPlan';
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
    // how another plan's target that revises one of this plan's starts (made once, not per target compared)
    const revisesMine = `${me.id}#`;
    // the other plans that count, decided for the plans the index finds (not by listing every plan: a
    // dataset of 10,000 plans would make that 10,000 × 10,000)
    if (isDuplicatedPlan(me.id, ctx.dataset)) return;
    const verdicts = new Map<PlanSummary, boolean>();
    const counts = (p: PlanSummary) => {
      let v = verdicts.get(p);
      if (v === undefined) {
        v =
          isOtherPlan(ctx, p) &&
          p.id !== me.id &&
          applies(p.status) &&
          !linked(me, p) &&
          `${p.published ?? ''} ${p.id}` < mine;
        verdicts.set(p, v);
      }
      return v;
    };
    for (const { node, summary: t } of ownTargets(ctx.plan)) {
      if (!t.value || t.year === undefined || !t.region || (!t.indicator && !t.metric)) continue;
      const tv = t.value;
      // whether another plan's target is compared with this one: a plan that counts, a value, no revises between them
      const compared = (p: PlanSummary, x: TargetSummary) =>
        !!x.value && counts(p) && !x.revises?.startsWith(revisesMine) && !t.revises?.startsWith(`${p.id}#`);
      // whether it states another figure (false when it agrees or does not compare)
      const differs = (x: TargetSummary) => {
        if (!x.value) return false;
        // figures in two currencies are not compared: a conversion is never exact
        const theirs =
          x.value.kind === 'money' && tv.kind === 'money' && x.value.currency !== tv.currency
            ? null
            : convert(x.value, tv, t.year, ctx.dataset);
        return !!theirs && Math.abs(theirs.amount - tv.amount) > Math.abs(tv.amount) * 1e-9;
      };
      // the targets of other plans with this metric, region and year, indexed once per dataset: the first
      // plan (in the dataset's order) whose target differs; the plans that state this target's own figure
      // exactly are never read
      const group = ctx.dataset.targets.byKey.get(targetKey(t));
      if (!group) continue;
      let found: KeyedTarget | undefined;
      // plans with several targets of the key, or a revises: per plan, its first target that is compared
      const seen = new Set<PlanSummary>();
      for (const e of group.irregular) {
        if (seen.has(e.plan) || !compared(e.plan, e.target)) continue;
        seen.add(e.plan);
        if (differs(e.target)) {
          found = e;
          break;
        }
      }
      const own = valueSignature(tv);
      for (const [sig, list] of group.regular) {
        if (sig === own) continue;
        for (const e of list) {
          if (found && e.rank >= found.rank) break;
          if (compared(e.plan, e.target) && differs(e.target)) {
            found = e;
            break;
          }
        }
      }
      if (found) {
        const { plan: p, target: o } = found;
        if (!o.value) continue;
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
      }
    }
  },
};
