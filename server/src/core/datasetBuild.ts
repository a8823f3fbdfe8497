/** Pure pieces of building a dataset context from parsed files (the reading of files is the caller's). */
import type { DatasetConfig, DatasetIndicator, DatasetRegion, PlanSummary, TargetSummary } from './dataset';
import type { UnitDef } from './domain/codes';
import { parseDate } from './domain/deadline';
import { parseDocument, type ParsedDocument } from './engine';
import { deadlineOf, perPlan, remembered, type PlanModel } from './model';
import { regionPlaces } from './rules/regionPlaces';
import { measuredOf } from './rules/targetValue';
import { isSeveritySetting, type SeveritySetting } from './types';
import { get, items, resolved, scalar, str, type YNode } from './yaml/tree';

export function summarizePlan(doc: ParsedDocument, file: string): PlanSummary | null {
  const root = doc.yaml.root;
  const idNode = scalar(get(root, 'id'));
  if (!idNode || typeof idNode.value !== 'string') return null;
  const start = deadlineOf(get(doc.plan.period.node, 'start'));
  const end = deadlineOf(get(doc.plan.period.node, 'end'));
  const relations: PlanSummary['relations'] = [];
  for (const r of doc.plan.relations) {
    const p = scalar(get(r, 'plan'));
    const t = str(get(r, 'type'));
    if (p && typeof p.value === 'string' && t) relations.push({ type: t, plan: p.value, range: p.range });
  }
  return {
    id: idNode.value,
    file,
    idRange: idNode.range,
    title: str(get(root, 'title')) ?? undefined,
    status: doc.plan.status ?? undefined,
    published: doc.plan.published ?? undefined,
    period: start && end ? { start, end } : undefined,
    relations,
    sourceIds: [...doc.plan.sourceIds.keys()],
    targets: summarized(doc.plan),
    regionRefs: regionPlaces(doc.plan).map((p) => ({ code: p.code, range: p.node.range })),
    revises: [...revisionsIn(doc.plan.targets), ...revisionsIn(doc.plan.measures)],
  };
}

// loops, not flatMap: these run over every item of a plan on every edit of it

function summarized(plan: PlanModel): TargetSummary[] {
  const out: TargetSummary[] = [];
  for (const t of targetSummaries(plan)) if (t) out.push(t);
  return out;
}

function revisionsIn(list: readonly YNode[]): Array<{ ref: string; item: string }> {
  const out: Array<{ ref: string; item: string }> = [];
  for (const t of list) {
    const ref = str(get(t, 'revises'));
    if (!ref) continue;
    const item = str(get(t, 'id'));
    if (item) out.push({ ref, item });
  }
  return out;
}

/**
 * The summary of each of a plan's targets (null for one without an id), in the order of `plan.targets`: made once
 * per version, for the file's facts and for the cross-plan rules that compare this plan's targets with others'.
 */
export const targetSummaries = perPlan((plan: PlanModel): ReadonlyArray<TargetSummary | null> =>
  // read once per target node and kept across versions (PlanModel.memo); a summary's range is its id's range
  // object, which the incremental re-parse moves in place
  plan.targets.map((t) => remembered(plan.memo.targetSummaries, t, plan, targetSummary)),
);

/** What other plans see of a target: id, metric, indicator, region (else the jurisdiction), deadline year, value. */
export function targetSummary(t: YNode, plan: PlanModel): TargetSummary | null {
  const id = scalar(get(t, 'id'));
  if (!id || typeof id.value !== 'string') return null;
  const out: TargetSummary = { id: id.value, metric: str(get(t, 'metric')) ?? '', range: id.range };
  const indicator = str(get(t, 'indicator'));
  if (indicator) out.indicator = indicator;
  const revises = str(get(t, 'revises'));
  if (revises) out.revises = revises;
  const region = str(get(t, 'region')) ?? str(plan.jurisdiction);
  if (region) out.region = region;
  const deadline = deadlineOf(get(t, 'deadline'));
  if (deadline) out.year = Number(deadline.end.slice(0, 4));
  const m = measuredOf(t, plan);
  if (m?.kind === 'money' && m.amount !== null && m.currency)
    out.value = { kind: 'money', amount: m.amount, currency: m.currency };
  if (m?.kind === 'quantity' && m.amount !== null && m.unit)
    out.value = { kind: 'quantity', amount: m.amount, unit: m.unit };
  return out;
}

/** The indicators listed under `indicators:` in an indicator file or the dataset config. */
export function indicatorsOf(doc: ParsedDocument, file?: string): DatasetIndicator[] {
  const out: DatasetIndicator[] = [];
  for (const i of items(get(doc.yaml.root, 'indicators'))) {
    const idNode = scalar(get(i, 'id'));
    if (!idNode || typeof idNode.value !== 'string') continue;
    const opt = (key: string) => str(get(i, key)) ?? undefined;
    out.push({
      id: idNode.value,
      name: opt('name') ?? idNode.value,
      nameOriginal: opt('name-original'),
      unit: opt('unit'),
      currency: opt('currency'),
      description: opt('description'),
      ...(file !== undefined ? { file } : {}),
      range: idNode.range,
    });
  }
  return out;
}

export function regionsOf(doc: ParsedDocument, file: string): DatasetRegion[] {
  const out: DatasetRegion[] = [];
  for (const r of items(get(doc.yaml.root, 'regions'))) {
    const idNode = scalar(get(r, 'id'));
    if (!idNode || typeof idNode.value !== 'string') continue;
    const codesNode = resolved(get(r, 'codes'));
    const codes: Record<string, string> = {};
    if (codesNode && codesNode.kind === 'map')
      for (const e of codesNode.entries) codes[e.key] = String(scalar(e.value)?.value ?? '');
    out.push({
      id: idNode.value,
      name: str(get(r, 'name')) ?? idNode.value,
      nameOriginal: str(get(r, 'name-original')) ?? undefined,
      parent: str(get(r, 'parent')) ?? undefined,
      includes: items(get(r, 'includes'))
        .map((i) => str(i))
        .filter((x): x is string => !!x),
      codes,
      file,
      range: idNode.range,
    });
  }
  return out;
}

export interface ConfigValues {
  referenceDate: string | null;
  config: DatasetConfig;
  /** Extra schema associations: schema path (relative to the config file) → globs. */
  schemas: Array<{ schema: string; files: string[] }>;
  planFiles: string[];
  regionFiles: string[];
  /** Folders or globs, relative to the config file, that a folder walk skips. */
  exclude: string[];
}

export function configOf(doc: ParsedDocument): ConfigValues {
  const root = doc.yaml.root;
  const rules: Record<string, SeveritySetting> = {};
  const rulesNode = resolved(get(root, 'rules'));
  if (rulesNode && rulesNode.kind === 'map') {
    for (const e of rulesNode.entries) {
      const v = str(e.value);
      if (isSeveritySetting(v)) rules[e.key] = v;
    }
  }
  const units: UnitDef[] = [];
  for (const u of items(get(root, 'units'))) {
    const id = str(get(u, 'id'));
    if (!id) continue;
    const factor = scalar(get(u, 'factor'))?.value;
    units.push({
      id,
      description: str(get(u, 'description')) ?? undefined,
      dimension: str(get(u, 'dimension')) ?? undefined,
      factor: typeof factor === 'number' ? factor : undefined,
      aliases: items(get(u, 'aliases'))
        .map(str)
        .filter((x): x is string => !!x),
    });
  }
  const fx: Record<string, Record<string, number>> = {};
  const fxNode = resolved(get(root, 'fx'));
  if (fxNode && fxNode.kind === 'map') {
    for (const e of fxNode.entries) {
      const years = resolved(e.value);
      if (!years || years.kind !== 'map') continue;
      const rates: Record<string, number> = {};
      fx[e.key] = rates;
      for (const y of years.entries) {
        const v = scalar(y.value)?.value;
        if (typeof v === 'number' && v > 0) rates[y.key] = v;
      }
    }
  }
  const schemas: ConfigValues['schemas'] = [];
  for (const s of items(get(root, 'schemas'))) {
    const schema = str(get(s, 'schema'));
    const files = items(get(s, 'files'))
      .map(str)
      .filter((x): x is string => !!x);
    if (schema && files.length) schemas.push({ schema, files });
  }
  const list = (key: string) =>
    items(get(root, key))
      .map(str)
      .filter((x): x is string => !!x);
  return {
    referenceDate: parseDate(scalar(get(root, 'reference-date'))?.value),
    config: { rules, units, fx, indicators: indicatorsOf(doc) },
    schemas,
    planFiles: list('plan-files'),
    regionFiles: list('region-files'),
    exclude: list('exclude'),
  };
}

/** The values of a dataset config's text (a driver's folder walk reads `exclude` from it). */
export function readConfig(text: string): ConfigValues {
  return configOf(parseDocument(text, 'config'));
}
