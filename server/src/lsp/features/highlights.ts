/** Document highlight: every place of the id under the cursor in this file. */
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

export function registerHighlights(ctx: ServerContext): void {
  ctx.connection.onDocumentHighlight(
    ctx.guard('documentHighlight', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      return ctx
        .workspace()
        .highlights(file, td.offsetAt(p.position))
        .map((h) => ({
          range: toRange(td, h.range),
          kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
        }));
    }),
  );
}
