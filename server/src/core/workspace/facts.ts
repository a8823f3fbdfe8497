/**
 * What other files can see of one file: a plan's summary, a registry's regions, the region codes it uses,
 * a config's values. Computed once per version from the parsed document; the tree itself is not kept here.
 */
import type { DatasetIndicator, DatasetRegion, PlanSummary } from '../dataset';
import { configOf, indicatorsOf, regionsOf, summarizePlan, type ConfigValues } from '../datasetBuild';
import type { ParsedDocument } from '../engine';
import { registryPlaces } from '../rules/regionPlaces';
import { StringPool } from '../strings';
import type { Range } from '../types';

export interface FileFacts {
  plan: PlanSummary | null;
  regions: DatasetRegion[];
  /** Region codes written in the file (plans: jurisdiction, targets, measures; registries: parent, includes). */
  regionRefs: Array<{ code: string; range: Range }>;
  /** An indicator registry's indicators. */
  indicators: DatasetIndicator[];
  /** The values of a dataset config. */
  config: ConfigValues | null;
}

export const NO_FACTS: FileFacts = { plan: null, regions: [], regionRefs: [], indicators: [], config: null };

/**
 * What other files can see of one file, holding none of its text: strings taken from the text (a plan's
 * title, a target's metric) are copied, so that dropping the text and the tree frees them (a JavaScript
 * engine may keep a substring as a view of the whole text: 11 such strings per generated plan kept every
 * text of a 10,000-plan dataset alive).
 */
/**
 * A file's facts. With a string pool they are detached from the document (strings copied into the pool, no
 * substring left that could keep the whole text alive): for files whose text is let go. Without (null), they may
 * share the document's strings: for open documents, whose text is held anyway and whose facts are made again on
 * every edit (detaching those cost about 7 ms an edit on a 36,000-line plan).
 */
export function factsOf(doc: ParsedDocument, file: string, strings: StringPool | null = new StringPool()): FileFacts {
  const facts = factsFrom(doc, file);
  return facts === NO_FACTS || strings === null ? facts : detached(facts, strings);
}

function factsFrom(doc: ParsedDocument, file: string): FileFacts {
  if (doc.kind === 'plan') {
    const plan = summarizePlan(doc, file);
    return { ...NO_FACTS, plan, regionRefs: plan?.regionRefs ?? [] };
  }
  if (doc.kind === 'regions')
    return {
      ...NO_FACTS,
      regions: regionsOf(doc, file),
      regionRefs: registryPlaces(doc.yaml.root).map((p) => ({ code: p.code, range: p.node.range })),
    };
  if (doc.kind === 'indicators') return { ...NO_FACTS, indicators: indicatorsOf(doc, file) };
  if (doc.kind === 'config') return { ...NO_FACTS, config: configOf(doc) };
  return NO_FACTS;
}

/**
 * The facts with every string in them made the workspace's own (short ones from its pool), in place: their plain
 * objects and arrays are changed rather than copied (a copy of each made ~9 MB of garbage for the realistic dataset's
 * 2,402 plans). Some are shared with the plan's model (its target summaries, kept in its item memo) and ranges with
 * the tree; only their strings change, each for an equal one, as an open document's facts share them unchanged.
 * Objects that are not plain (class instances) and frozen ones are left as they are; an object met twice is visited
 * once.
 */
function detached<T>(value: T, strings: StringPool, seen = new Set<object>()): T {
  if (typeof value === 'string') return strings.own(value) as T;
  if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) list[i] = detached(list[i], strings, seen);
    return value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  // for-in: a plain object's own keys (Object.prototype has no enumerable ones), without an array of entries
  const obj = value as Record<string, unknown>;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === 'string' || (typeof v === 'object' && v !== null)) obj[k] = detached(v, strings, seen);
  }
  return value;
}

/** The plan and region ids a file defines or reads: a change to one of them can change another file's findings. */
export function namesOf(f: FileFacts): Set<string> {
  const out = new Set<string>();
  if (f.plan) {
    out.add(f.plan.id);
    for (const r of f.plan.relations) out.add(r.plan);
    for (const t of f.plan.targets) if (t.indicator) out.add(t.indicator);
  }
  for (const i of f.indicators) out.add(i.id);
  for (const r of f.regions) {
    out.add(r.id);
    if (r.parent) out.add(r.parent);
    for (const i of r.includes) out.add(i);
  }
  for (const r of f.regionRefs) out.add(r.code);
  return out;
}

/** The names whose definition differs between two versions of a file (ranges move with every edit and do not count). */
export function changedDefinitions(a: FileFacts, b: FileFacts): Set<string> {
  const out = new Set<string>();
  if (!samePlan(a.plan, b.plan)) {
    if (a.plan) out.add(a.plan.id);
    if (b.plan) out.add(b.plan.id);
  }
  if (!sameList(a.regions, b.regions, sameRegion)) for (const r of [...a.regions, ...b.regions]) out.add(r.id);
  if (!sameIndicators(a.indicators, b.indicators)) for (const i of [...a.indicators, ...b.indicators]) out.add(i.id);
  return out;
}

/** Whether what other files see of a file is unchanged: its definitions, its uses and its config values. */
export function sameFacts(a: FileFacts, b: FileFacts): boolean {
  return (
    samePlan(a.plan, b.plan) &&
    sameList(a.regions, b.regions, sameRegion) &&
    sameList(a.regionRefs, b.regionRefs, (p, q) => p.code === q.code) &&
    sameIndicators(a.indicators, b.indicators) &&
    JSON.stringify(a.config) === JSON.stringify(b.config)
  );
}

/** Element-wise equality of two lists by a key (no strings built: this runs on every keystroke). */
function sameList<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i] as T, b[i] as T)) return false;
  return true;
}

function sameIndicators(a: DatasetIndicator[], b: DatasetIndicator[]): boolean {
  return sameList(
    a,
    b,
    (x, y) =>
      x.id === y.id &&
      x.name === y.name &&
      x.nameOriginal === y.nameOriginal &&
      x.unit === y.unit &&
      x.currency === y.currency,
  );
}

function sameRegion(x: DatasetRegion, y: DatasetRegion): boolean {
  const xc = Object.entries(x.codes ?? {});
  const yc = y.codes ?? {};
  return (
    x.id === y.id &&
    x.name === y.name &&
    x.nameOriginal === y.nameOriginal &&
    x.parent === y.parent &&
    sameList(x.includes, y.includes, (p, q) => p === q) &&
    xc.length === Object.keys(yc).length &&
    xc.every(([k, v]) => yc[k] === v)
  );
}

function samePlan(x: PlanSummary | null, y: PlanSummary | null): boolean {
  if (!x || !y) return x === y;
  return (
    x.id === y.id &&
    x.title === y.title &&
    x.status === y.status &&
    x.published === y.published &&
    x.period?.start.start === y.period?.start.start &&
    x.period?.end.end === y.period?.end.end &&
    sameList(x.relations, y.relations, (p, q) => p.type === q.type && p.plan === q.plan) &&
    sameList(x.sourceIds, y.sourceIds, (p, q) => p === q) &&
    sameList(x.targets, y.targets, (p, q) => p.id === q.id && p.metric === q.metric)
  );
}
