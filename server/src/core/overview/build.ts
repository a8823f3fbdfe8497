/**
 * Builds the dataset overview from the parsed plans, their findings and the dataset context. Pure: the
 * reading of files, the clock and the line numbers are the hosts' (CLI report, LSP request).
 */
import type { DatasetContext } from '../dataset';
import { parseAmount } from '../domain/money';
import { referenceRate } from '../domain/fx';
import { groupMembers } from '../domain/codes';
import { lookupRegion, regionChain, regionName } from '../domain/regions';
import { deadlineOf, type PlanModel } from '../model';
import { get, items, scalar, str, type YNode } from '../yaml/tree';
import { targetStanding } from '../rules/targetProgress';
import type {
  FindingCounts,
  Interval,
  Level,
  Money,
  Overview,
  OverviewFile,
  OverviewInput,
  OverviewMeasure,
  OverviewPlan,
  OverviewRegion,
  OverviewRelation,
  OverviewTarget,
  Place,
  RateUsed,
  RegionLevel,
} from './types';

interface Rates {
  used: Map<string, RateUsed>;
}

function placeOf(file: string, node: YNode): Place {
  const id = get(node, 'id');
  return { file, range: (id ?? node).range };
}

function intervalOf(node: YNode | null): (Interval & { text: string }) | null {
  const d = deadlineOf(node);
  const s = scalar(node);
  return d && s ? { start: d.start, end: d.end, text: s.source } : null;
}

function moneyOf(
  node: YNode | null,
  plan: PlanModel,
  item: YNode,
  dataset: DatasetContext,
  rates: Rates,
): Money | null {
  const a = scalar(get(node, 'amount'));
  const amount = a ? parseAmount(a.value, a.source) : null;
  const currency = str(get(node, 'currency')) ?? plan.currency;
  if (!amount || !currency) return null;
  if (currency === 'USD') return { amount: amount.value, currency, usd: amount.value, rate: null };
  const r = referenceRate(plan, item, currency, 'USD', dataset);
  if (!r) return { amount: amount.value, currency, usd: null, rate: null };
  const rate: RateUsed = { currency, year: r.year, perUsd: r.rate };
  rates.used.set(`${currency} ${r.year}`, rate);
  return { amount: amount.value, currency, usd: amount.value / r.rate, rate };
}

/** A target's level, a baseline's or an observation's: money, quantity or outcome. */
function levelOf(
  holder: YNode | null,
  plan: PlanModel,
  item: YNode,
  dataset: DatasetContext,
  rates: Rates,
): Level | null {
  const m = get(holder, 'money');
  if (m) {
    const money = moneyOf(m, plan, item, dataset, rates);
    return { kind: 'money', value: money?.amount ?? null, unit: money?.currency ?? '', money, outcome: null };
  }
  const q = get(holder, 'quantity');
  if (q) {
    const v = scalar(get(q, 'value'));
    const amount = v ? parseAmount(v.value, v.source) : null;
    return {
      kind: 'quantity',
      value: amount?.value ?? null,
      unit: str(get(q, 'unit')) ?? '',
      money: null,
      outcome: null,
    };
  }
  const o = get(holder, 'outcome');
  if (o) return { kind: 'outcome', value: null, unit: '', money: null, outcome: str(o) ?? '' };
  return null;
}

/** The observation with the latest date (progress entries may come in any order). */
function latestOf(t: YNode, plan: PlanModel, dataset: DatasetContext, rates: Rates): (Level & { at: string }) | null {
  let best: (Level & { at: string }) | null = null;
  for (const o of items(get(t, 'progress'))) {
    const at = deadlineOf(get(o, 'at'))?.end;
    const level = at ? levelOf(o, plan, t, dataset, rates) : null;
    if (at && level && (!best || at >= best.at)) best = { ...level, at };
  }
  return best;
}

function countFindings(f: OverviewFile): FindingCounts {
  const c: FindingCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const x of f.findings) c[x.severity]++;
  return c;
}

function regionLevel(code: string, dataset: DatasetContext): RegionLevel {
  const l = lookupRegion(code, dataset);
  if (l.kind === 'iso') return l.iso.level === 'subdivision' ? 'province' : l.iso.level;
  if (l.kind === 'withdrawn') return 'province';
  if (l.kind === 'dataset') return l.region.includes.length ? 'group' : 'city';
  return 'unknown';
}

function membersOf(code: string, dataset: DatasetContext): string[] {
  return dataset.regions.get(code)?.includes ?? groupMembers.get(code) ?? [];
}

/** The standing of a target: its status, until the progress work's computed standing lands. */
/**
 * A target's standing as the views show it: what the analyst says when the target was revised or withdrawn
 * (the evidence no longer applies), else the standing computed from its observations (docs/plan-format.md).
 */
function standingOf(status: string, target: YNode, plan: PlanModel, dataset: DatasetContext): string {
  if (status === 'revised' || status === 'withdrawn') return status;
  return targetStanding(target, plan, dataset)?.standing ?? 'no-data';
}

export function buildOverview(input: OverviewInput): Overview {
  const { dataset } = input;
  const rates: Rates = { used: new Map() };
  const plans: OverviewPlan[] = [];
  const targets: OverviewTarget[] = [];
  const measures: OverviewMeasure[] = [];
  const relations: OverviewRelation[] = [];
  const planIds = new Set<string>();
  for (const f of input.files) if (f.doc.kind === 'plan' && f.doc.plan.id) planIds.add(f.doc.plan.id);
  const known = (ref: string) => planIds.has(ref.split('#')[0]!) || (dataset.plans?.has(ref.split('#')[0]!) ?? false);

  for (const f of input.files) {
    const plan = f.doc.plan;
    if (f.doc.kind !== 'plan' || !plan.root || !plan.id) continue;
    const jurisdiction = str(plan.jurisdiction) ?? '';
    const start = plan.period.start?.start;
    plans.push({
      id: plan.id,
      title: str(get(plan.root, 'title')) ?? plan.id,
      jurisdiction,
      status: plan.status,
      published: plan.published,
      period: start ? { start, end: plan.period.end?.end ?? null } : null,
      targets: plan.targets.length,
      measures: plan.measures.length,
      findings: countFindings(f),
      place: placeOf(f.file, plan.root),
    });
    for (const r of plan.relations) {
      const to = str(get(r, 'plan'));
      const type = str(get(r, 'type'));
      if (to && type)
        relations.push({
          type,
          from: plan.id,
          to,
          known: known(to),
          place: { file: f.file, range: (get(r, 'plan') ?? r).range },
        });
    }
    const revises = (item: YNode, id: string) => {
      const to = str(get(item, 'revises'));
      if (to)
        relations.push({
          type: 'revises',
          from: `${plan.id}#${id}`,
          to,
          known: known(to),
          place: { file: f.file, range: (get(item, 'revises') ?? item).range },
        });
    };
    for (const t of plan.targets) {
      const id = str(get(t, 'id')) ?? '';
      const level = levelOf(t, plan, t, dataset, rates) ?? {
        kind: 'outcome',
        value: null,
        unit: '',
        money: null,
        outcome: null,
      };
      const baselineNode = get(t, 'baseline');
      const baseline = baselineNode ? levelOf(baselineNode, plan, t, dataset, rates) : null;
      const status = str(get(t, 'status')) ?? 'active';
      targets.push({
        plan: plan.id,
        id,
        metric: str(get(t, 'metric')) ?? '',
        region: str(get(t, 'region')) ?? jurisdiction,
        jurisdiction,
        comparator: level.kind === 'outcome' ? null : (str(get(t, 'comparator')) ?? 'at-least'),
        level,
        baseline: baseline
          ? { ...baseline, at: deadlineOf(get(baselineNode, 'at') ?? get(baselineNode, 'year'))?.end ?? null }
          : null,
        latest: latestOf(t, plan, dataset, rates),
        deadline: intervalOf(get(t, 'deadline')),
        status,
        standing: standingOf(status, t, plan, dataset),
        place: placeOf(f.file, t),
      });
      revises(t, id);
    }
    for (const m of plan.measures) {
      const id = str(get(m, 'id')) ?? '';
      const regions = items(get(m, 'regions'))
        .map(str)
        .filter((x): x is string => !!x);
      const funding = get(m, 'funding');
      measures.push({
        plan: plan.id,
        id,
        title: str(get(m, 'title')) ?? id,
        regions: regions.length ? regions : [jurisdiction],
        deadline: intervalOf(get(m, 'deadline')),
        funding: funding ? moneyOf(funding, plan, m, dataset, rates) : null,
        status: str(get(m, 'status')) ?? 'active',
        place: placeOf(f.file, m),
      });
      revises(m, id);
    }
  }

  return {
    referenceDate: dataset.referenceDate,
    plans,
    targets,
    measures,
    relations,
    regions: regionsOf(plans, targets, measures, dataset),
    rates: [...rates.used.values()].sort((a, b) =>
      a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.year - b.year,
    ),
  };
}

/** Every region the dataset names or defines, with its ancestors, and what lies in or below it. */
function regionsOf(
  plans: OverviewPlan[],
  targets: OverviewTarget[],
  measures: OverviewMeasure[],
  dataset: DatasetContext,
): OverviewRegion[] {
  const out = new Map<string, OverviewRegion>();
  const ensure = (code: string): string[] => {
    const chain = regionChain(code, dataset).reverse();
    for (let i = 0; i < chain.length; i++) {
      const c = chain[i]!;
      if (!out.has(c))
        out.set(c, {
          code: c,
          name: regionName(c, dataset) ?? c,
          level: regionLevel(c, dataset),
          chain: chain.slice(0, i + 1),
          members: membersOf(c, dataset),
          targets: 0,
          targetsWithin: 0,
          moneyWithinUsd: 0,
          fundingWithinUsd: 0,
          plans: 0,
        });
    }
    return chain;
  };
  for (const id of dataset.regions.keys()) ensure(id);
  for (const p of plans) if (p.jurisdiction) out.get(ensure(p.jurisdiction).at(-1)!)!.plans++;
  for (const t of targets) {
    if (!t.region) continue;
    const chain = ensure(t.region);
    out.get(chain.at(-1)!)!.targets++;
    for (const c of chain) {
      const r = out.get(c)!;
      r.targetsWithin++;
      r.moneyWithinUsd += t.level.money?.usd ?? 0;
    }
  }
  for (const m of measures) {
    for (const region of m.regions) {
      if (!region) continue;
      for (const c of ensure(region)) out.get(c)!.fundingWithinUsd += (m.funding?.usd ?? 0) / m.regions.length;
    }
  }
  return [...out.values()].sort((a, b) => (a.chain.join('\u0000') < b.chain.join('\u0000') ? -1 : 1));
}

/** One overview of several datasets (the report of folders with different configs): items side by side. */
export function mergeOverviews(parts: Overview[]): Overview {
  if (parts.length === 1) return parts[0]!;
  const regions = new Map<string, OverviewRegion>();
  for (const p of parts)
    for (const r of p.regions) {
      const prev = regions.get(r.code);
      regions.set(
        r.code,
        prev
          ? {
              ...prev,
              targets: prev.targets + r.targets,
              targetsWithin: prev.targetsWithin + r.targetsWithin,
              moneyWithinUsd: prev.moneyWithinUsd + r.moneyWithinUsd,
              fundingWithinUsd: prev.fundingWithinUsd + r.fundingWithinUsd,
              plans: prev.plans + r.plans,
            }
          : r,
      );
    }
  const rates = new Map(parts.flatMap((p) => p.rates.map((r) => [`${r.currency} ${r.year} ${r.perUsd}`, r] as const)));
  return {
    referenceDate:
      parts
        .map((p) => p.referenceDate)
        .sort()
        .at(-1) ?? '',
    plans: parts.flatMap((p) => p.plans),
    targets: parts.flatMap((p) => p.targets),
    measures: parts.flatMap((p) => p.measures),
    relations: parts.flatMap((p) => p.relations),
    regions: [...regions.values()].sort((a, b) => (a.chain.join('\u0000') < b.chain.join('\u0000') ? -1 : 1)),
    rates: [...rates.values()],
  };
}
