/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { ErrorCodes, ResponseError, SymbolKind, type Range as LspRange } from 'vscode-languageserver';
import { namedAt, occurrencesIn, validNewName, type Named } from '../../core/features/references';
import { renameRefusal } from '../../core/features/renameRefusal';
import type { Range } from '../../core/types';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

/** References, rename and workspace symbols across the dataset. */
export function registerNavigation(ctx: ServerContext): void {
  /** Every place of a plan id or dataset region id across the workspace (open ctx.documents win). */
  function workspaceOccurrences(named: Named): Array<{ uri: string; range: LspRange }> {
    const out: Array<{ uri: string; range: LspRange }> = [];
    const seen = new Set<string>();
    for (const uri of ctx.documents.keys()) {
      const a = ctx.analysisOf(uri);
      const td = ctx.documents.get(uri);
      if (!a || !td || a.doc.kind === 'other') continue;
      seen.add(ctx.fileOf(uri));
      for (const r of occurrencesIn(a.doc, named)) out.push({ uri, range: toRange(td, r) });
    }
    if (named.kind === 'source') return out;
    ctx.clearRelated();
    for (const file of ctx.index.files()) {
      if (seen.has(file)) continue;
      const e = ctx.index.get(file)!;
      const ranges: Range[] = [];
      if (named.kind === 'plan' && e.plan) {
        if (e.plan.id === named.name) ranges.push(e.plan.idRange);
        for (const r of e.plan.relations) if (r.plan === named.name) ranges.push(r.range);
      }
      if (named.kind === 'region') {
        for (const r of e.regions) if (r.id === named.name && r.range) ranges.push(r.range);
        for (const r of e.regionRefs) if (r.code === named.name) ranges.push(r.range);
      }
      for (const r of ranges) {
        const lr = ctx.relatedRange(file, r);
        if (lr) out.push({ uri: ctx.uriOf(file), range: lr });
      }
    }
    return out;
  }

  function namedAtPosition(uri: string, position: { line: number; character: number }): Named | null {
    const a = ctx.analysisOf(uri);
    const td = ctx.documents.get(uri);
    if (!a || !td || a.doc.kind === 'other') return null;
    return namedAt(a.doc, td.offsetAt(position), ctx.datasetFor(uri));
  }

  ctx.connection.onReferences(
    ctx.guard('references', (p) => {
      const named = namedAtPosition(p.textDocument.uri, p.position);
      if (!named) return [];
      const all = named.kind === 'source' ? workspaceOccurrences(named).filter((o) => o.uri === p.textDocument.uri) : workspaceOccurrences(named);
      return all;
    }),
  );

  ctx.connection.onPrepareRename(
    ctx.guard('prepareRename', (p) => {
      const named = namedAtPosition(p.textDocument.uri, p.position);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!named || !td) {
        // why not, in words: an ISO code, a key, a target id edited in place, …
        const a = ctx.analysisOf(p.textDocument.uri);
        const why = a && td ? renameRefusal(a.doc, td.offsetAt(p.position), ctx.datasetFor(p.textDocument.uri)) : 'only plan ids, source ids and dataset region ids can be renamed';
        throw new ResponseError(ErrorCodes.InvalidRequest, why);
      }
      return { range: toRange(td, named.range), placeholder: named.name };
    }),
  );

  ctx.connection.onRenameRequest(
    ctx.guard('rename', (p) => {
      const named = namedAtPosition(p.textDocument.uri, p.position);
      if (!named) throw new ResponseError(ErrorCodes.InvalidRequest, 'only plan ids, source ids and dataset region ids can be renamed');
      const problem = validNewName(named.kind, p.newName);
      if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
      const occurrences = named.kind === 'source' ? workspaceOccurrences(named).filter((o) => o.uri === p.textDocument.uri) : workspaceOccurrences(named);
      const changes: Record<string, Array<{ range: LspRange; newText: string }>> = {};
      for (const o of occurrences) (changes[o.uri] ??= []).push({ range: o.range, newText: p.newName });
      return { changes };
    }),
  );

  ctx.connection.onWorkspaceSymbol(
    ctx.guard('workspaceSymbol', (p) => {
      const q = (p.query ?? '').toLowerCase();
      const out: Array<{ name: string; kind: SymbolKind; containerName?: string; location: { uri: string; range: LspRange } }> = [];
      ctx.clearRelated();
      for (const file of ctx.index.files()) {
        const e = ctx.index.get(file)!;
        if (!e.plan) continue;
        const hit = (s: string) => !q || s.toLowerCase().includes(q);
        if (hit(e.plan.id) || hit(e.plan.title ?? '')) {
          const r = ctx.relatedRange(file, e.plan.idRange);
          if (r) out.push({ name: e.plan.id, kind: SymbolKind.File, containerName: e.plan.title, location: { uri: ctx.uriOf(file), range: r } });
        }
        for (const t of e.plan.targets) {
          if (!hit(t.metric) && !hit(t.id)) continue;
          const r = ctx.relatedRange(file, t.range);
          if (r) out.push({ name: `${t.metric || t.id}`, kind: SymbolKind.Number, containerName: `${e.plan.id} · ${t.id}`, location: { uri: ctx.uriOf(file), range: r } });
          if (out.length >= 500) return out;
        }
      }
      return out;
    }),
  );
}
