/** Document symbols and folding ranges. */
import type { ServerContext } from '../context';
import { toSymbol } from '../convert';

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(
    ctx.guard('documentSymbol', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      return ctx
        .workspace()
        .documentSymbols(file)
        .map((s) => toSymbol(td, s));
    }),
  );

  ctx.connection.onFoldingRanges(
    ctx.guard('foldingRange', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      return ctx
        .workspace()
        .foldingRanges(file)
        .map((r) => ({ startLine: td.positionAt(r.start).line, endLine: td.positionAt(r.end).line }))
        .filter((r) => r.endLine > r.startLine);
    }),
  );
}
