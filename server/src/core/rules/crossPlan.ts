/** What the cross-plan rules share: which plans count, how two plans relate, a plan's own targets as others see them. */
import { findIndicator, type DatasetContext, type PlanSummary, type TargetSummary } from '../dataset';
import { targetSummaries } from '../datasetBuild';
import { crossRate, referenceYear } from '../domain/fx';
import { comparable } from '../domain/units';
import { localeOf, type Locale } from '../i18n';
import { perPlan, type PlanModel } from '../model';
import { get, scalar, type YNode } from '../yaml/tree';
import type { RuleContext } from './rule';

/** A plan whose targets still apply: in force, or with no status written. */
export function applies(status: string | null | undefined): boolean {
  return status === undefined || status === null || status === 'in-force';
}

/** A plan whose targets were adopted and not replaced: in force, ended (its period is over), or with no status. */
export function adopted(status: string | null | undefined): boolean {
  return applies(status) || status === 'ended';
}

/** Whether one plan supersedes or amends the other (either way), or a target of one revises the other's. */
export function linked(
  a: { id: string; relations: Array<{ type: string; plan: string }> },
  b: { id: string; relations: Array<{ type: string; plan: string }> },
): boolean {
  const changes = (x: typeof a, y: typeof b) =>
    x.relations.some((r) => (r.type === 'supersedes' || r.type === 'amends') && r.plan === y.id);
  return changes(a, b) || changes(b, a);
}

/** The key targets compare by: the indicator, else the exact metric text. */
export function metricKey(t: TargetSummary): string {
  return t.indicator ? `indicator:${t.indicator}` : `metric:${t.metric}`;
}

export interface OwnTarget {
  node: YNode;
  summary: TargetSummary;
}

/** This plan's targets, summarised from the document itself (the index may hold an older version). */
export const ownTargets = perPlan((plan: PlanModel): readonly OwnTarget[] => {
  const summaries = targetSummaries(plan);
  return plan.targets.flatMap((node, i) => {
    const summary = summaries[i];
    return summary ? [{ node, summary }] : [];
  });
});

/** This plan as others see it, for `linked`. */
export function ownRelations(ctx: RuleContext): { id: string; relations: Array<{ type: string; plan: string }> } {
  const relations = ctx.plan.relations.flatMap((r) => {
    const type = scalar(get(r, 'type'))?.value;
    const plan = scalar(get(r, 'plan'))?.value;
    return typeof type === 'string' && typeof plan === 'string' ? [{ type, plan }] : [];
  });
  return { id: ctx.plan.id ?? '', relations };
}

/**
 * Whether a plan found through the dataset's indexes counts as another plan: not this file, and an id no
 * other file has (one root cause, id/duplicate, one finding). Rules ask it of the plans an index finds
 * rather than listing every plan of the dataset for every plan.
 */
export function isOtherPlan(ctx: RuleContext, p: PlanSummary): boolean {
  return p.file !== ctx.file && ctx.dataset.plans?.get(p.id)?.length === 1;
}

/**
 * A value in the terms of another (its unit or currency): quantities through unit factors, money at the
 * reference rates of `year`. Null when they do not compare.
 */
export function convert(
  v: NonNullable<TargetSummary['value']>,
  to: NonNullable<TargetSummary['value']>,
  year: number | undefined,
  dataset: DatasetContext,
): { amount: number; rateYear?: number } | null {
  if (v.kind === 'quantity' && to.kind === 'quantity') {
    const c = comparable(v.unit, to.unit, dataset);
    return c ? { amount: (v.amount * c.fa) / c.fb } : null;
  }
  if (v.kind === 'money' && to.kind === 'money') {
    if (v.currency === to.currency) return { amount: v.amount };
    if (year === undefined) return null;
    const y = referenceYear(v.currency, to.currency, year, dataset);
    const rate = y === null ? null : crossRate(to.currency, v.currency, y, dataset);
    return rate && y !== null ? { amount: v.amount * rate, rateYear: y } : null;
  }
  return null;
}

/** An indicator's name for a message: its name, in Chinese its Chinese name (人工智能核心产业规模) when it has one. */
export function indicatorName(id: string, dataset: DatasetContext, locale: Locale): string {
  const i = findIndicator(id, dataset);
  if (!i) return id;
  return locale.language === 'zh-cn' && i.nameOriginal && /[\u3400-\u9fff]/.test(i.nameOriginal)
    ? i.nameOriginal
    : i.name;
}

/** A value for a message: "300 bn CNY", "5,000 PFLOPS"; in Chinese "3000亿元人民币", "5,000 PFLOPS". */
export function showValue(
  amount: number,
  v: NonNullable<TargetSummary['value']>,
  locale: Locale = localeOf('en'),
): string {
  if (locale.language !== 'en')
    return v.kind === 'money' ? locale.money(amount, v.currency) : `${locale.scaled(amount)} ${v.unit}`;
  const n =
    Math.abs(amount) >= 1e9
      ? `${Number((amount / 1e9).toPrecision(6))} bn`
      : Math.abs(amount) >= 1e6
        ? `${Number((amount / 1e6).toPrecision(6))} m`
        : locale.number(amount);
  return `${n} ${v.kind === 'money' ? v.currency : v.unit}`;
}
