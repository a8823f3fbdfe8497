/** What the core knows about the rest of the dataset: passed in, never read from disk here. */
import { localeOf, type Locale } from './i18n';
import type { UnitDef } from './domain/codes';
import { IsoNameIndex } from './domain/regions';
import { NearIndex } from './nearIndex';
import type { DeadlineInterval } from './domain/deadline';
import type { Range, SeveritySetting } from './types';

export interface DatasetRegion {
  id: string;
  name: string;
  nameOriginal?: string;
  parent?: string;
  includes: string[];
  codes?: Record<string, string>;
  /** The file that defines it and the range of its id. */
  file?: string;
  range?: Range;
}

/** One indicator of the dataset's list (a *.indicators.yaml file or the config's `indicators`). */
export interface DatasetIndicator {
  id: string;
  name: string;
  nameOriginal?: string;
  unit?: string;
  currency?: string;
  description?: string;
  file?: string;
  range?: Range;
}

/** What other plans need to know of a target to compare it with theirs (target/conflict, rollup/exceeds-parent). */
export interface TargetSummary {
  id: string;
  metric: string;
  range: Range;
  indicator?: string;
  /** The item of another plan it revises, <plan-id>#<item-id>. */
  revises?: string;
  /** The target's region, else the plan's jurisdiction. */
  region?: string;
  /** The year the deadline ends in. */
  year?: number;
  value?: { kind: 'money'; amount: number; currency: string } | { kind: 'quantity'; amount: number; unit: string };
}

export interface PlanSummary {
  id: string;
  file: string;
  idRange: Range;
  title?: string;
  status?: string;
  published?: string;
  period?: { start: DeadlineInterval; end: DeadlineInterval };
  relations: Array<{ type: string; plan: string; range: Range }>;
  sourceIds: string[];
  /** Targets, for workspace symbols and the cross-plan comparisons. */
  targets: TargetSummary[];
  /** Every region code written in the plan, for references and rename. */
  regionRefs: Array<{ code: string; range: Range }>;
  /** `revises: <plan>#<id>` of its targets and measures: the revised item and the revising item's id. */
  revises?: Array<{ ref: string; item: string }>;
}

export interface DatasetConfig {
  /** Rule id → severity or 'off'. */
  rules: Record<string, SeveritySetting>;
  /** Extra quantity units. */
  units: UnitDef[];
  /** FX reference overrides: currency → year → units per USD. */
  fx: Record<string, Record<string, number>>;
  /** Indicators listed in the config itself. */
  indicators: DatasetIndicator[];
}

export interface DatasetContext {
  /** The reference date (YYYY-MM-DD) for rules such as deadline/passed. */
  referenceDate: string;
  /** The language of every message, hover and completion (the workspace's `language` setting). */
  locale: Locale;
  /** Regions defined by the dataset's *.regions.yaml files, by id. */
  regions: Map<string, DatasetRegion>;
  /** Every plan of the dataset by id, or null when the other plans are not known (a lone file). */
  plans: Map<string, PlanSummary[]> | null;
  /** The ids of `plans` for `closest` (ref/unknown-plan's suggestions), indexed on the first question. */
  planIds: NearIndex;
  /** ISO 3166 codes by their names, for suggestions (kept by the workspace across its datasets' versions). */
  isoNames: IsoNameIndex;
  /** Indicators defined by the dataset's *.indicators.yaml files, by id (the config's are in config.indicators). */
  indicators: Map<string, DatasetIndicator>;
  config: DatasetConfig;
  /** The relations that point at each plan id (supersedes, amends, …), built once per dataset. */
  incoming: Map<string, IncomingRelation[]>;
  /** Who revises each item: `<plan>#<item>` → the plans' items that name it in `revises`, in the plans' order. */
  revisions: Map<string, Array<{ plan: string; item: string }>>;
  /** Every plan's targets by metric (indicator, else metric text), region and year. Built once per dataset. */
  targets: TargetIndex;
  /** The dataset config that governs the file, for its custom schema associations; null without one. */
  configFile: { file: string; dir: string; schemas: Array<{ schema: string; files: string[] }> } | null;
}

/** A relation seen from the plan it names. */
export interface IncomingRelation {
  from: PlanSummary;
  type: string;
  range: Range;
}

/** What two targets must share to be compared across plans: the metric (indicator, else its text), the region, the year. */
export function targetKey(t: TargetSummary): string {
  return `${t.indicator ? `indicator:${t.indicator}` : `metric:${t.metric}`}\u0000${t.region ?? ''}\u0000${t.year ?? ''}`;
}

/** A target in the dataset's index, with its plan and the plan's place in the dataset's order. */
export interface KeyedTarget {
  plan: PlanSummary;
  target: TargetSummary;
  /** The plan's index in the dataset's order of plans (the order rules list plans in). */
  rank: number;
}

/**
 * The targets of one key, and the same targets grouped for target/conflict: `regular` holds the plans with
 * exactly one target of the key, a value and no `revises`, by the value's exact signature (kind, currency
 * or unit, amount), each list in the dataset's order; `irregular` every target of the other plans. Two
 * targets of one signature agree, so a target never needs to read its own signature's list: a dataset where
 * thousands of plans state the same figure is compared in time proportional to its figures, not its plans.
 */
export interface KeyedTargets {
  all: KeyedTarget[];
  regular: Map<string, KeyedTarget[]>;
  irregular: KeyedTarget[];
}

/** The exact signature of a target's value: two targets with one signature state the same figure. */
export function valueSignature(v: NonNullable<TargetSummary['value']>): string {
  return v.kind === 'money' ? `money\u0000${v.currency}\u0000${v.amount}` : `quantity\u0000${v.unit}\u0000${v.amount}`;
}

/** The dataset's targets, grouped for the rules that compare them across plans. */
export interface TargetIndex {
  /** By `targetKey` (metric, region, year): target/conflict's groups. */
  byKey: Map<string, KeyedTargets>;
  /**
   * The same groups of the targets with an indicator and a region, by `indicatorYearKey`, then by region: the regions
   * that have a target of an indicator and year. rollup/exceeds-parent reads those among a region's members rather
   * than asking for every member (China's 34 provinces for each of a national plan's targets).
   */
  byIndicatorYear: Map<string, Map<string, KeyedTargets>>;
}

export function indicatorYearKey(indicator: string, year: number): string {
  return `${indicator}\u0000${year}`;
}

export function emptyTargetIndex(): TargetIndex {
  return { byKey: new Map(), byIndicatorYear: new Map() };
}

/** Every plan's targets, in the plans' order (each plan's targets in its order). */
export function targetIndex(plans: Map<string, PlanSummary[]> | null): TargetIndex {
  const all = new Map<string, KeyedTarget[]>();
  let rank = 0;
  for (const list of plans?.values() ?? []) {
    for (const plan of list) {
      for (const target of plan.targets) {
        const k = targetKey(target);
        let l = all.get(k);
        if (!l) all.set(k, (l = []));
        l.push({ plan, target, rank });
      }
      rank++;
    }
  }
  const out = new Map<string, KeyedTargets>();
  const byIndicatorYear = new Map<string, Map<string, KeyedTargets>>();
  for (const [k, list] of all) {
    const perPlan = new Map<PlanSummary, number>();
    for (const e of list) perPlan.set(e.plan, (perPlan.get(e.plan) ?? 0) + 1);
    const regular = new Map<string, KeyedTarget[]>();
    const irregular: KeyedTarget[] = [];
    for (const e of list) {
      if (perPlan.get(e.plan) === 1 && e.target.value && !e.target.revises) {
        const sig = valueSignature(e.target.value);
        let g = regular.get(sig);
        if (!g) regular.set(sig, (g = []));
        g.push(e);
      } else irregular.push(e);
    }
    const group = { all: list, regular, irregular };
    out.set(k, group);
    // every target of a key has the key's indicator, region and year
    const { indicator, region, year } = list[0]!.target;
    if (indicator && region && year !== undefined) {
      const iy = indicatorYearKey(indicator, year);
      let regions = byIndicatorYear.get(iy);
      if (!regions) byIndicatorYear.set(iy, (regions = new Map()));
      regions.set(region, group);
    }
  }
  return { byKey: out, byIndicatorYear };
}

/** The `revises` links of every plan, by the item they name. */
export function revisionsOf(
  plans: Map<string, PlanSummary[]> | null,
): Map<string, Array<{ plan: string; item: string }>> {
  const out = new Map<string, Array<{ plan: string; item: string }>>();
  for (const list of plans?.values() ?? []) {
    for (const p of list) {
      for (const r of p.revises ?? []) {
        let l = out.get(r.ref);
        if (!l) out.set(r.ref, (l = []));
        l.push({ plan: p.id, item: r.item });
      }
    }
  }
  return out;
}

/** The relations pointing at each plan id, from every plan of a dataset. */
export function incomingRelations(plans: Map<string, PlanSummary[]> | null): Map<string, IncomingRelation[]> {
  const out = new Map<string, IncomingRelation[]>();
  for (const list of plans?.values() ?? []) {
    for (const p of list) {
      for (const r of p.relations) {
        let l = out.get(r.plan);
        if (!l) out.set(r.plan, (l = []));
        l.push({ from: p, type: r.type, range: r.range });
      }
    }
  }
  return out;
}

/** An indicator by id: from an indicator file, else from the config. */
export function findIndicator(id: string, dataset: DatasetContext): DatasetIndicator | undefined {
  return dataset.indicators.get(id) ?? dataset.config.indicators.find((i) => i.id === id);
}

/** Every indicator of the dataset: the files' and then the config's. */
export function allIndicators(dataset: DatasetContext): DatasetIndicator[] {
  const out = [...dataset.indicators.values()];
  for (const i of dataset.config.indicators) if (!dataset.indicators.has(i.id)) out.push(i);
  return out;
}

export function emptyConfig(): DatasetConfig {
  return { rules: {}, units: [], fx: {}, indicators: [] };
}

/** A dataset of one file: no other plans known, no dataset regions, the default rules. */
export function loneFile(referenceDate: string, locale: Locale = localeOf('en')): DatasetContext {
  return {
    referenceDate,
    locale,
    regions: new Map(),
    plans: null,
    planIds: new NearIndex(() => []),
    isoNames: new IsoNameIndex(),
    indicators: new Map(),
    config: emptyConfig(),
    incoming: new Map(),
    revisions: new Map(),
    targets: emptyTargetIndex(),
    configFile: null,
  };
}

/**
 * Whether two or more files of the dataset define this plan id. Rules that follow a reference through
 * such an id say nothing about either copy: id/duplicate is the one finding for that root cause.
 */
export function isDuplicatedPlan(id: string | null | undefined, dataset: DatasetContext): boolean {
  return !!id && (dataset.plans?.get(id)?.length ?? 0) > 1;
}
