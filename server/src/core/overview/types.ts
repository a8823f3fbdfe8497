/**
 * The dataset overview: what the timeline, progress, map and table views show, computed once in the
 * core and sent as it is to the report and the VS Code webview. `P` is how an item names its place:
 * offsets inside the core (`Place`), line/character at the edge (`LinePlace`, see ./lines.ts).
 */
import type { DatasetContext } from '../dataset';
import type { ParsedDocument } from '../engine';
import type { Finding, Range } from '../types';

/** One file of the dataset as the overview reads it: its parsed document and its findings. */
export interface OverviewFile {
  file: string;
  doc: ParsedDocument;
  findings: Finding[];
}

export interface OverviewInput {
  files: OverviewFile[];
  dataset: DatasetContext;
}

export interface Place {
  file: string;
  range: Range;
}

export interface LinePlace {
  file: string;
  /** 0-based, as LSP. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** A reference exchange rate, named where a converted amount is shown. */
export interface RateUsed {
  currency: string;
  /** The year of the annual average used. */
  year: number;
  /** Units of `currency` per one USD. */
  perUsd: number;
}

export interface Money {
  amount: number;
  currency: string;
  /** The amount in USD at the reference rate, or null when the table has no rate for the currency. */
  usd: number | null;
  rate: RateUsed | null;
}

export interface Interval {
  start: string;
  end: string;
}

export interface FindingCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export interface OverviewPlan<P = Place> {
  id: string;
  title: string;
  jurisdiction: string;
  status: string | null;
  published: string | null;
  /** The plan's period; `end` is null for an open-ended period. */
  period: { start: string; end: string | null } | null;
  targets: number;
  measures: number;
  findings: FindingCounts;
  place: P;
}

/** A level: money, a quantity or an outcome in words. */
export interface Level {
  kind: 'money' | 'quantity' | 'outcome';
  value: number | null;
  /** Currency or unit; empty for an outcome. */
  unit: string;
  money: Money | null;
  outcome: string | null;
}

export interface OverviewTarget<P = Place> {
  plan: string;
  id: string;
  metric: string;
  /** The target's region: its own or the plan's jurisdiction. */
  region: string;
  jurisdiction: string;
  comparator: string | null;
  level: Level;
  baseline: (Level & { at: string | null }) | null;
  /** The latest progress observation, by its date. */
  latest: (Level & { at: string }) | null;
  deadline: (Interval & { text: string }) | null;
  status: string;
  /**
   * How the target stands. Until the computed standing of the progress work lands this is the
   * target's `status` (active, achieved, missed, revised, withdrawn).
   */
  standing: string;
  place: P;
}

export interface OverviewMeasure<P = Place> {
  plan: string;
  id: string;
  title: string;
  regions: string[];
  deadline: (Interval & { text: string }) | null;
  funding: Money | null;
  status: string;
  place: P;
}

export interface OverviewRelation<P = Place> {
  /** supersedes, amends, implements (plans) or revises (a target or measure, `plan#item`). */
  type: string;
  from: string;
  to: string;
  /** Whether the other end is in the dataset. */
  known: boolean;
  place: P;
}

export type RegionLevel = 'supranational' | 'country' | 'province' | 'city' | 'group' | 'unknown';

export interface OverviewRegion {
  code: string;
  name: string;
  level: RegionLevel;
  /** The region and its ancestors, root first: ['CN', 'CN-GD', 'shenzhen']. */
  chain: string[];
  /** The members of a group (a dataset region's `includes`, the EU's member states), else empty. */
  members: string[];
  /** Targets whose region is this one. */
  targets: number;
  /** Targets in this region or below it. */
  targetsWithin: number;
  /** Sum in USD of the money targets in this region or below it (those with a rate). */
  moneyWithinUsd: number;
  /** Sum in USD of measure funding in this region or below it. */
  fundingWithinUsd: number;
  plans: number;
}

export interface Overview<P = Place> {
  referenceDate: string;
  plans: OverviewPlan<P>[];
  targets: OverviewTarget<P>[];
  measures: OverviewMeasure<P>[];
  relations: OverviewRelation<P>[];
  regions: OverviewRegion[];
  /** Every rate used for a USD amount. */
  rates: RateUsed[];
}
