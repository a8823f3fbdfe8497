/** The LSP side of document highlight; the work itself is in server/src/core/features/highlights.ts. */
import { DocumentHighlightKind } from 'vscode-languageserver';
import { documentHighlights } from '../../core/features/highlights';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

/** Every place of the id under the cursor in this file. */
export function registerHighlights(ctx: ServerContext): void {
  ctx.connection.onDocumentHighlight(
    ctx.guard('documentHighlight', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td || a.doc.kind === 'other') return [];
      return documentHighlights(a.doc, td.offsetAt(p.position), ctx.datasetFor(p.textDocument.uri)).map((h) => ({ range: toRange(td, h.range), kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
    }),
  );
}
