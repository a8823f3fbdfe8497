/**
 * The workspace index: every plan and region file under the workspace folders, summarised
 * (plan ids, relations, dataset regions), kept current from watched-file events and open documents.
 */
import * as path from 'node:path';
import type { DatasetIndicator, DatasetRegion, PlanSummary } from '../core/dataset';
import { indicatorsOf, regionsOf, summarizePlan } from '../core/datasetBuild';
import type { ParsedDocument } from '../core/engine';
import { registryPlaces } from '../core/rules/regionPlaces';
import type { Range } from '../core/types';
import { findConfig, kindWithConfig, listDatasetFiles, readText } from '../node/workspace';
import { parseDocument } from '../core/engine';

export interface IndexEntry {
  file: string;
  kind: ParsedDocument['kind'];
  plan: PlanSummary | null;
  regions: DatasetRegion[];
  indicators: DatasetIndicator[];
  /** Region codes written in the file (plans: jurisdiction, targets, measures; registries: parent, includes). */
  regionRefs: Array<{ code: string; range: Range }>;
}

export interface DatasetView {
  regions: Map<string, DatasetRegion>;
  indicators: Map<string, DatasetIndicator>;
  plans: Map<string, PlanSummary[]>;
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexEntry>();
  generation = 0;

  get size(): number {
    return this.entries.size;
  }

  files(): string[] {
    return [...this.entries.keys()];
  }

  get(file: string): IndexEntry | undefined {
    return this.entries.get(file);
  }

  /** Lists the files of the folders; the caller indexes them in slices to report progress. */
  list(folders: string[]): string[] {
    const out = new Set<string>();
    for (const f of folders) for (const file of listDatasetFiles(f)) out.add(file);
    return [...out];
  }

  /** Reads and summarises one file from disk (or removes it when it is gone). */
  indexFile(file: string): void {
    let text: string;
    try {
      text = readText(file);
    } catch {
      this.remove(file);
      return;
    }
    const kind = kindWithConfig(file, findConfig(path.dirname(file)));
    if (kind !== 'plan' && kind !== 'regions' && kind !== 'indicators') return;
    this.update(file, parseDocument(text, kind));
  }

  /** Updates the entry of a file from a parsed document (an open document's text wins over the disk). */
  update(file: string, doc: ParsedDocument): boolean {
    const plan = doc.kind === 'plan' ? summarizePlan(doc, file) : null;
    const regionRefs = doc.kind === 'regions' ? registryPlaces(doc.yaml.root).map((p) => ({ code: p.code, range: p.node.range })) : plan?.regionRefs ?? [];
    const entry: IndexEntry = { file, kind: doc.kind, plan, regions: doc.kind === 'regions' ? regionsOf(doc, file) : [], indicators: doc.kind === 'indicators' ? indicatorsOf(doc, file) : [], regionRefs };
    const prev = this.entries.get(file);
    this.entries.set(file, entry);
    if (!prev || !sameSummary(prev, entry)) {
      if (prev) this.noteNames(prev);
      this.noteNames(entry);
    }
    if (prev && sameSummary(prev, entry)) {
      // nothing other files see has changed, but the cached lists still hold the old entry's ranges
      this.views.clear();
      return false;
    }
    this.changed();
    return true;
  }

  remove(file: string): void {
    const prev = this.entries.get(file);
    if (this.entries.delete(file)) {
      if (prev) this.noteNames(prev);
      this.changed();
    }
  }

  /** Plan and region ids whose definitions changed since `takeChangedNames` was last called. */
  private changedNames = new Set<string>();

  private noteNames(e: IndexEntry): void {
    if (e.plan) this.changedNames.add(e.plan.id);
    for (const r of e.regions) this.changedNames.add(r.id);
    // indicators: a changed list or a changed target re-checks every plan that targets the indicator
    for (const i of e.indicators) this.changedNames.add(i.id);
    for (const t of e.plan?.targets ?? []) if (t.indicator) this.changedNames.add(t.indicator);
  }

  takeChangedNames(): Set<string> {
    const names = this.changedNames;
    this.changedNames = new Set();
    return names;
  }

  /** The files whose checks read one of these plan or region ids (relations, ids, region codes). */
  filesUsing(names: Set<string>): string[] {
    if (names.size === 0) return [];
    const out: string[] = [];
    for (const e of this.entries.values()) {
      const uses =
        (e.plan && (names.has(e.plan.id) || e.plan.relations.some((r) => names.has(r.plan)))) ||
        e.regions.some((r) => names.has(r.id) || (r.parent !== undefined && names.has(r.parent)) || r.includes.some((i) => names.has(i))) ||
        e.regionRefs.some((r) => names.has(r.code)) ||
        e.plan?.targets.some((t) => t.indicator !== undefined && names.has(t.indicator));
      if (uses) out.push(e.file);
    }
    return out;
  }

  private changed(): void {
    this.generation++;
  }

  private readonly views = new Map<string, DatasetView & { generation: number }>();

  /**
   * The regions and plans of one dataset: the files under `root` (a config's folder or a workspace
   * folder) that `belongs` says are part of it (a nested dataset with its own config is not).
   */
  under(root: string, belongs: (file: string) => boolean): DatasetView {
    const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
    return this.view(root, (file) => !file.includes(path.sep) || (file.startsWith(prefix) && belongs(file)));
  }

  /** Every indexed file, as one dataset (when a document has no dataset root). */
  all(): DatasetView {
    return this.view('', () => true);
  }

  /** The regions and plans of the entries whose file `includes` accepts, cached by key until the index changes. */
  private view(key: string, includes: (file: string) => boolean): DatasetView {
    const known = this.views.get(key);
    if (known && known.generation === this.generation) return known;
    const regions = new Map<string, DatasetRegion>();
    const plans = new Map<string, PlanSummary[]>();
    const indicators = new Map<string, DatasetIndicator>();
    for (const e of this.entries.values()) {
      if (!includes(e.file)) continue;
      for (const i of e.indicators) if (!indicators.has(i.id)) indicators.set(i.id, i);
      for (const r of e.regions) if (!regions.has(r.id)) regions.set(r.id, r);
      if (e.plan) {
        if (!plans.has(e.plan.id)) plans.set(e.plan.id, []);
        plans.get(e.plan.id)!.push(e.plan);
      }
    }
    const view = { generation: this.generation, regions, plans, indicators };
    this.views.set(key, view);
    return view;
  }
}

/** Element-wise equality of two lists by a key (no strings built: this runs on every keystroke). */
function sameList<T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
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
    sameList(x.targets, y.targets, (p, q) => p.id === q.id && p.metric === q.metric && p.indicator === q.indicator && p.region === q.region && p.year === q.year && JSON.stringify(p.value) === JSON.stringify(q.value))
  );
}

/** Whether what other files can see of an entry is unchanged (ranges move with every edit and do not count). */
function sameSummary(a: IndexEntry, b: IndexEntry): boolean {
  return samePlan(a.plan, b.plan) && sameList(a.regions, b.regions, sameRegion) && JSON.stringify(a.indicators.map(({ range: _r, ...i }) => i)) === JSON.stringify(b.indicators.map(({ range: _r, ...i }) => i)) && sameList(a.regionRefs, b.regionRefs, (p, q) => p.code === q.code);
}
