/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { documentSymbols, foldingRanges } from '../../core/features/symbols';
import { toSymbol } from '../convert';
import type { ServerContext } from '../context';

/** Document symbols and folding ranges. */
export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(
    ctx.guard('documentSymbol', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td) return [];
      return documentSymbols(a.doc).map((s) => toSymbol(td, s));
    }),
  );

  ctx.connection.onFoldingRanges(
    ctx.guard('foldingRange', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td) return [];
      return foldingRanges(a.doc)
        .map((r) => ({ startLine: td.positionAt(r.start).line, endLine: td.positionAt(r.end).line }))
        .filter((r) => r.endLine > r.startLine);
    }),
  );
}
