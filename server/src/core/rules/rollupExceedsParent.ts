import type { DatasetContext, PlanSummary, TargetSummary } from '../dataset';
import { indicatorYearKey, isDuplicatedPlan } from '../dataset';
import { groupMembers, isoChildren } from '../domain/codes';
import { regionName } from '../domain/regions';
import { get } from '../yaml/tree';
import { adopted, convert, indicatorName, isOtherPlan, ownTargets, showValue } from './crossPlan';
import type { RelatedPlace } from '../types';
import type { Rule } from './rule';

/** The regions directly inside one: ISO subdivisions, dataset regions whose parent it is, and a group's members. */
export function membersOf(code: string, dataset: DatasetContext): string[] {
  const out = new Set<string>();
  const own = dataset.regions.get(code);
  for (const m of own?.includes.length ? own.includes : (groupMembers.get(code) ?? [])) out.add(m);
  for (const c of isoChildren.get(code) ?? []) out.add(c);
  for (const r of dataset.regions.values()) if (r.parent === code) out.add(r.id);
  return [...out];
}

export const rollupExceedsParent: Rule = {
  id: 'rollup/exceeds-parent',
  severity: 'information',
  kinds: ['plan'],
  check(ctx) {
    if (!ctx.dataset.plans || !adopted(ctx.plan.status)) return;
    const own = ownTargets(ctx.plan);
    // the pool of every plan's targets is only needed for a target with an indicator
    if (!own.some((o) => o.summary.indicator)) return;
    // the other plans whose targets count, in the dataset's order (the first target found per region wins),
    // decided for the plans the index finds rather than by listing every plan of the dataset
    if (isDuplicatedPlan(ctx.plan.id, ctx.dataset)) return;
    const counts = (p: PlanSummary) => isOtherPlan(ctx, p) && adopted(p.status) && p.id !== ctx.plan.id;
    const planById = (id: string) => {
      const list = ctx.dataset.plans?.get(id);
      return list?.length === 1 ? list[0] : undefined;
    };
    // a plan's targets mostly share its region: its members are listed once
    const memberSets = new Map<string, Set<string>>();
    for (const { node, summary: whole } of own) {
      if (!whole.indicator || !whole.value || whole.year === undefined || !whole.region) continue;
      let members = memberSets.get(whole.region);
      if (!members) memberSets.set(whole.region, (members = new Set(membersOf(whole.region, ctx.dataset))));
      if (members.size === 0) continue;
      // a target that an adopted plan revises no longer counts: its revision does (Guangdong's 2018 goal for
      // 2025, CNY 150 bn, raised to 300 bn in 2023)
      const revised = (plan: PlanSummary | null, t: TargetSummary) =>
        (ctx.dataset.revisions.get(`${plan ? plan.id : ctx.plan.id}#${t.id}`) ?? []).some((r) => {
          if (r.plan === ctx.plan.id) return true;
          const reviser = planById(r.plan);
          return !!reviser && counts(reviser);
        });
      type Part = { t: TargetSummary; plan: PlanSummary | null; amount: number; rateYear?: number };
      const part = (t: TargetSummary, plan: PlanSummary | null): Part | null => {
        if (!t.value || revised(plan, t)) return null;
        const v = convert(t.value, whole.value!, whole.year, ctx.dataset);
        return v ? { t, plan, ...v } : null;
      };
      // one target per member region, the first that counts: this plan's own first, then the other plans' in the
      // dataset's order (plan, then target), found through the dataset's index by indicator, year and region and
      // read only up to the first that counts (not every plan's targets); target/conflict reports members that
      // disagree. The parts keep that order: the own ones, then the others by plan and target (a total order:
      // two regions' targets are two targets, so the order the regions are met in does not matter).
      const parts = new Map<string, Part>();
      for (const { summary: t } of own) {
        if (t.indicator !== whole.indicator || t.year !== whole.year || !t.region || !members.has(t.region)) continue;
        if (parts.has(t.region)) continue;
        const p = part(t, null);
        if (p) parts.set(t.region, p);
      }
      const others: Array<{ region: string; part: Part; rank: number; index: number }> = [];
      // the member regions that have a target of this indicator and year (usually a few), not every member
      const present = ctx.dataset.targets.byIndicatorYear.get(indicatorYearKey(whole.indicator, whole.year));
      for (const [m, group] of present ?? []) {
        if (!members.has(m) || parts.has(m)) continue;
        for (const { plan, target, rank } of group.all) {
          if (!counts(plan)) continue;
          const p = part(target, plan);
          if (!p) continue;
          others.push({ region: m, part: p, rank, index: plan.targets.indexOf(target) });
          break;
        }
      }
      others.sort((a, b) => a.rank - b.rank || a.index - b.index);
      for (const o of others) parts.set(o.region, o.part);
      if (parts.size === 0) continue;
      const list = [...parts.values()];
      const sum = list.reduce((a, p) => a + p.amount, 0);
      if (sum <= whole.value.amount * (1 + 1e-9)) continue;
      const name = (code: string) => regionName(code, ctx.dataset, ctx.locale) ?? code;
      const value = (amount: number, v: NonNullable<TargetSummary['value']>) => showValue(amount, v, ctx.locale);
      const first = list
        .slice(0, 3)
        .map((p) => `${name(p.t.region!)} ${value(p.amount, whole.value!)}`)
        .join(' + ');
      const shown =
        list.length > 3 ? ctx.t('rollup/exceeds-parent.more', { parts: first, count: list.length - 3 }) : first;
      const years = [...new Set(list.map((p) => p.rateYear).filter((y): y is number => y !== undefined))];
      const related: RelatedPlace[] = list.map((p) => {
        const params = { id: p.t.id, region: name(p.t.region!), value: value(p.t.value!.amount, p.t.value!) };
        return {
          ...(p.plan ? { file: p.plan.file } : {}),
          range: p.t.range,
          message: p.plan
            ? ctx.t('rollup/exceeds-parent.related-plan', { ...params, plan: p.plan.id })
            : ctx.t('rollup/exceeds-parent.related', params),
        };
      });
      const params = {
        indicator: indicatorName(whole.indicator, ctx.dataset, ctx.locale),
        parts: shown,
        sum: value(sum, whole.value),
        parent: name(whole.region),
        limit: value(whole.value.amount, whole.value),
        year: String(whole.year),
      };
      ctx.report({
        range: (get(node, whole.value.kind === 'money' ? 'money' : 'quantity') ?? node).range,
        message: years.length
          ? ctx.t('rollup/exceeds-parent.converted', { ...params, years: ctx.locale.list(years.map(String), 'comma') })
          : ctx.t('rollup/exceeds-parent', params),
        related,
      });
    }
  },
};
