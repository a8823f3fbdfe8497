/**
 * policyPlans/overview: the dataset overview (core/overview) of the workspace folders, with places as
 * URIs and 0-based line/character, for the VS Code webview and any other editor. See docs/editors.md.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { DatasetRegion } from '../../core/dataset';
import { kindOfFile, parseDocument } from '../../core/engine';
import { buildOverview, mergeOverviews } from '../../core/overview/build';
import { withFiles, withLines } from '../../core/overview/lines';
import type { OverviewFile } from '../../core/overview/types';
import { readText } from '../../node/workspace';
import type { ServerContext } from '../context';

export interface OverviewParams {
  /** Folder URIs (the workspace folders); each file of them belongs to its own dataset. */
  uris: string[];
}

export function registerOverview(ctx: ServerContext): void {
  // closed files: parsed and checked once per text and index generation (the webview asks again after every
  // edit; most files have not changed, and their findings change only when the index does)
  const closed = new Map<string, { text: string; generation: number; entry: OverviewFile }>();
  ctx.connection.onRequest(
    'policyPlans/overview',
    ctx.guard('overview', (p: OverviewParams) => {
      if (!p || !Array.isArray(p.uris) || p.uris.some((u) => typeof u !== 'string')) throw new ResponseError(ErrorCodes.InvalidParams, 'policyPlans/overview needs { uris } of folders');
      const files = ctx.index.list(p.uris.map((u) => ctx.fileOf(u)));
      for (const f of files) if (!ctx.documents.has(ctx.uriOf(f)) && !ctx.index.get(f)) ctx.index.indexFile(f);
      // files whose dataset context shares the index's cached view of regions form one dataset
      const groups = new Map<Map<string, DatasetRegion>, { dataset: ReturnType<ServerContext['datasetFor']>; files: OverviewFile[] }>();
      const texts = new Map<string, string>();
      for (const file of files) {
        const uri = ctx.uriOf(file);
        const dataset = ctx.datasetFor(uri);
        const open = ctx.analysisOf(uri);
        let entry: OverviewFile;
        if (open) entry = { file, doc: open.doc, findings: ctx.findingsOf(uri) };
        else {
          let text: string;
          try {
            text = readText(file);
          } catch {
            continue;
          }
          const cached = closed.get(file);
          if (cached && cached.text === text && cached.generation === ctx.index.generation) entry = cached.entry;
          else {
            const doc = parseDocument(text, ctx.index.get(file)?.kind ?? kindOfFile(file));
            entry = { file, doc, findings: ctx.engine.check(doc, dataset, file) };
            closed.set(file, { text, generation: ctx.index.generation, entry });
          }
        }
        texts.set(file, entry.doc.text);
        let g = groups.get(dataset.regions);
        if (!g) groups.set(dataset.regions, (g = { dataset, files: [] }));
        g.files.push(entry);
      }
      for (const f of closed.keys()) if (!texts.has(f)) closed.delete(f);
      const overview = mergeOverviews([...groups.values()].map((g) => buildOverview(g)));
      return withFiles(withLines(overview, (f) => texts.get(f) ?? null), (f) => ctx.uriOf(f));
    }),
  );
}
