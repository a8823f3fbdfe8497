/**
 * The questions the drivers ask of a workspace: checks and every editor feature, answered from the one
 * model (core/workspace/workspace.ts). Offsets in, offsets out; files are named as the drivers name them.
 */
import { isoRegions, withdrawnCodes } from '../domain/codes';
import { quickFixes, type QuickFix } from '../features/codeActions';
import { complete, type CompletionResult } from '../features/completion';
import { hover, type HoverResult } from '../features/hover';
import { inlayHints, type InlayHint } from '../features/inlayHints';
import { definition } from '../features/navigation';
import { codeLenses, type CodeLens } from '../features/codeLens';
import { documentLinks, type DocumentLink } from '../features/documentLinks';
import { formatEdits, formatRangeEdits, type FormatOptions } from '../features/format';
import { documentHighlights, type Highlight } from '../features/highlights';
import { onTypeNewline } from '../features/onTypeFormat';
import { renameRefusal } from '../features/renameRefusal';
import { selectionRanges } from '../features/selectionRanges';
import { namedAt, occurrencesIn, validNewName } from '../features/references';
import { documentSymbols, foldingRanges, type DocSymbol } from '../features/symbols';
import { SCHEMA_OF, type ParsedDocument } from '../engine';
import { buildOverview, mergeOverviews } from '../overview/build';
import { withLines } from '../overview/lines';
import type { LinePlace, Overview, OverviewFile } from '../overview/types';
import { exportRows, type RowSelection, type TargetRow } from '../exportRows';
import { standingHints } from '../features/standing';
import { describeStanding } from '../rules/targetProgress';
import type { Standing } from '../domain/standing';
import type { Finding, Range, TextEdit } from '../types';
import { Workspace, type Occurrence, type WorkspaceOptions } from './workspace';

export interface FileEdits {
  file: string;
  /** The version of the file the edits apply to. */
  version: number;
  /** The text the edits apply to: a driver that holds the file elsewhere (on disk) compares before applying. */
  text: string;
  edits: TextEdit[];
}

export type RenameAnswer = { ok: true; changes: FileEdits[] } | { ok: false; reason: string };
export type PrepareRenameAnswer = { ok: true; range: Range; placeholder: string } | { ok: false; reason: string };

export interface WorkspaceSymbol {
  name: string;
  kind: 'plan' | 'target';
  container?: string;
  file: string;
  range: Range;
}

/** A workspace with its questions. Create with `createWorkspace`. */
export class PolicyWorkspace extends Workspace {
  constructor(options: WorkspaceOptions) {
    super(options);
  }

  private analysed(file: string): ParsedDocument | null {
    const doc = this.document(file);
    return doc && doc.kind !== 'other' ? doc : null;
  }

  hover(file: string, offset: number): HoverResult | null {
    const doc = this.analysed(file);
    return doc ? hover(doc, offset, this.dataset(file).context, SCHEMA_OF[doc.kind] as string) : null;
  }

  complete(file: string, offset: number): CompletionResult {
    const doc = this.analysed(file);
    return doc ? complete(doc, offset, this.dataset(file).context) : { incomplete: false, items: [] };
  }

  definition(file: string, offset: number): Occurrence[] {
    const doc = this.analysed(file);
    if (!doc) return [];
    return definition(doc, offset, this.dataset(file).context, SCHEMA_OF[doc.kind] as string).map((l) => ({
      file: l.file ?? file,
      range: l.range,
    }));
  }

  /** Every place of the plan, source or region id at the offset, inside the file's dataset (sources: inside the file). */
  references(file: string, offset: number): Occurrence[] {
    const doc = this.analysed(file);
    if (!doc) return [];
    const named = namedAt(doc, offset, this.dataset(file).context);
    if (!named) return [];
    if (named.kind === 'source') return occurrencesIn(doc, named).map((range) => ({ file, range }));
    return this.occurrences(file, { kind: named.kind, name: named.name });
  }

  /** Every place of the id under the cursor in this file: definitions as write, uses as read. */
  highlights(file: string, offset: number): Highlight[] {
    const doc = this.analysed(file);
    return doc ? documentHighlights(doc, offset, this.dataset(file).context) : [];
  }

  prepareRename(file: string, offset: number): PrepareRenameAnswer {
    const doc = this.analysed(file);
    const ctx = this.dataset(file).context;
    if (!doc) return { ok: false, reason: ctx.locale.t('editor.rename.not-here') };
    const named = namedAt(doc, offset, ctx);
    // why not, in words: an ISO code, a key, a target id, …
    if (!named) return { ok: false, reason: renameRefusal(doc, offset, ctx) };
    return { ok: true, range: named.range, placeholder: named.name };
  }

  /** On a plan's id: who refers to it ("referenced by 2 plans · 5 targets"). */
  codeLenses(file: string): CodeLens[] {
    const doc = this.analysed(file);
    return doc && doc.kind === 'plan' ? codeLenses(doc, this.dataset(file).context) : [];
  }

  /** Source urls, relation plan ids, `# $schema` paths, dataset region ids. */
  documentLinks(file: string): DocumentLink[] {
    const doc = this.analysed(file);
    return doc ? documentLinks(doc, this.dataset(file).context) : [];
  }

  /** Value → pair → item → list → document, for each offset. */
  selectionRanges(file: string, offsets: number[]): Range[][] {
    const doc = this.document(file);
    return doc ? selectionRanges(doc, offsets) : [];
  }

  /** The edits that format a plan, registry or config (none when its YAML has errors or a guard refuses). */
  formatEdits(file: string, options?: FormatOptions, range?: Range): TextEdit[] {
    const text = this.textOf(file);
    const kind = this.kindOf(file);
    if (text === null || kind === 'other') return [];
    return range ? formatRangeEdits(text, kind, range, options) : formatEdits(text, kind, options);
  }

  /** The indentation after a newline typed at the offset. */
  onTypeNewline(file: string, offset: number): TextEdit[] {
    const text = this.textOf(file);
    return text === null || this.kindOf(file) === 'other' ? [] : onTypeNewline(text, offset);
  }

  /** The edits that rename the id at the offset, per file, against the text each was computed from; or why not. */
  rename(file: string, offset: number, newName: string): RenameAnswer {
    const doc = this.analysed(file);
    const ctx = this.dataset(file).context;
    const named = doc ? namedAt(doc, offset, ctx) : null;
    const t = ctx.locale.t;
    if (!doc || !named) return { ok: false, reason: t('editor.rename.not-here') };
    if (newName === named.name) return { ok: true, changes: [] };
    const problem = validNewName(named.kind, newName, ctx.locale);
    if (problem) return { ok: false, reason: problem };
    if (named.kind === 'region' && withdrawnCodes.has(newName.toUpperCase()))
      return { ok: false, reason: t('editor.rename.withdrawn-name', { name: newName }) };
    if (named.kind === 'region' && (ctx.regions.has(newName) || isoRegions.has(newName)))
      return { ok: false, reason: t('editor.rename.region-exists', { name: newName }) };
    if (named.kind === 'plan' && ctx.plans?.has(newName))
      return { ok: false, reason: t('editor.rename.plan-exists', { name: newName }) };
    if (named.kind === 'source' && doc.plan.sourceIds.has(newName))
      return { ok: false, reason: t('editor.rename.source-exists', { name: newName }) };
    const places =
      named.kind === 'source'
        ? occurrencesIn(doc, named).map((range) => ({ file, range }))
        : this.occurrences(file, { kind: named.kind, name: named.name });
    const byFile = new Map<string, TextEdit[]>();
    for (const p of places) {
      let l = byFile.get(p.file);
      if (!l) byFile.set(p.file, (l = []));
      l.push({ range: p.range, newText: newName });
    }
    const changes: FileEdits[] = [];
    for (const [f, edits] of byFile)
      changes.push({ file: f, version: this.versionOf(f) ?? 0, text: this.textOf(f) ?? '', edits });
    return { ok: true, changes };
  }

  documentSymbols(file: string): DocSymbol[] {
    const doc = this.document(file);
    return doc ? documentSymbols(doc, this.dataset(file).context.locale) : [];
  }

  foldingRanges(file: string): Range[] {
    const doc = this.document(file);
    return doc ? foldingRanges(doc) : [];
  }

  /** Plans and targets of every dataset whose id, title or metric contains the query (case-insensitive). */
  workspaceSymbols(query: string, limit = 500): WorkspaceSymbol[] {
    const standing = /^\s*standing:\s*([a-z-]+)\s*(.*)$/i.exec(query);
    if (standing) return this.targetsStanding(standing[1]!.toLowerCase(), standing[2]!.toLowerCase(), limit);
    const q = query.toLowerCase();
    const hit = (s: string) => !q || s.toLowerCase().includes(q);
    const out: WorkspaceSymbol[] = [];
    for (const p of this.planSummaries()) {
      if (hit(p.id) || hit(p.title ?? ''))
        out.push({ name: p.id, kind: 'plan', container: p.title, file: p.file, range: p.idRange });
      for (const t of p.targets) {
        if (out.length >= limit) return out;
        if (hit(t.metric) || hit(t.id))
          out.push({
            name: t.metric || t.id,
            kind: 'target',
            container: `${p.id} · ${t.id}`,
            file: p.file,
            range: t.range,
          });
      }
    }
    return out;
  }

  /**
   * `standing:behind` (or met, on-track, missed, not-yet-due, no-data), optionally followed by words: the targets
   * that stand there at the reference date, across every plan (each plan is parsed for its observations).
   */
  private targetsStanding(wanted: string, words: string, limit: number): WorkspaceSymbol[] {
    const out: WorkspaceSymbol[] = [];
    for (const p of this.planSummaries()) {
      const byId = new Map(this.standings(p.file).map((s) => [s.id, s]));
      this.release(p.file);
      for (const t of p.targets) {
        const s = byId.get(t.id);
        if (!s || s.standing !== wanted) continue;
        if (words && !`${t.metric} ${t.id} ${p.id}`.toLowerCase().includes(words)) continue;
        out.push({
          name: t.metric || t.id,
          kind: 'target',
          container: `${p.id} · ${t.id} · ${s.line}`,
          file: p.file,
          range: t.range,
        });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  inlayHints(file: string, range: Range): InlayHint[] {
    const doc = this.document(file);
    return doc ? inlayHints(doc, range, { dataset: this.dataset(file).context }) : [];
  }

  /** Where each target of a plan stands at the reference date, with a line that says why. */
  standings(file: string): Array<{ id: string; standing: Standing; line: string }> {
    const doc = this.document(file);
    if (!doc || doc.kind !== 'plan') return [];
    const dataset = this.dataset(file).context;
    return standingHints(doc, dataset).map((h) => ({
      id: h.standing.id ?? '',
      standing: h.standing.standing,
      line: describeStanding(h.standing, dataset.locale),
    }));
  }

  /** One export row per target of a plan (with the standing columns). */
  exportRows(file: string, options: { rows?: RowSelection } = {}): TargetRow[] {
    const doc = this.document(file);
    return doc && doc.kind === 'plan' ? exportRows(doc, { ...options, dataset: this.dataset(file).context }) : [];
  }

  codeActions(file: string, range: Range): QuickFix[] {
    return quickFixes(this.check(file), range, this.document(file) ?? undefined);
  }

  /** Files whose findings read something this file defines (its plan id, its regions). */
  dependentsOf(file: string): string[] {
    const f = this.factsOf(file);
    if (!f) return [];
    const names = new Set<string>();
    if (f.plan) names.add(f.plan.id);
    for (const r of f.regions) names.add(r.id);
    return this.filesUsing(names).filter((x) => x !== file);
  }

  /**
   * The dataset overview (plans, targets with standing, measures, relations, regions) of the plan files given
   * (every plan of the workspace by default), one overview per dataset side by side, with line/character places.
   */
  overview(
    files: string[] = this.files(),
    options: { onProgress?: (done: number, total: number) => void } = {},
  ): Overview<LinePlace> {
    const groups = new Map<string, OverviewFile[]>();
    let done = 0;
    for (const file of files) {
      options.onProgress?.(++done, files.length);
      if (this.kindOf(file) !== 'plan') continue;
      const doc = this.document(file);
      if (!doc) continue;
      const root = this.datasetRootOf(file);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = []));
      g.push({ file, doc, findings: this.check(file) });
      this.release(file);
    }
    const parts = [...groups.values()].map((g) =>
      buildOverview({ files: g, dataset: this.dataset(g[0]!.file).context }),
    );
    return withLines(mergeOverviews(parts), (f) => this.textOf(f));
  }

  /** Findings of several files, for a driver that publishes them. */
  checkAll(files: string[]): Array<{ file: string; findings: Finding[] }> {
    return files.map((file) => ({ file, findings: this.check(file) }));
  }
}

export function createWorkspace(options: WorkspaceOptions): PolicyWorkspace {
  return new PolicyWorkspace(options);
}
