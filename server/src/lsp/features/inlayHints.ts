/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { inlayHints } from '../../core/features/inlayHints';
import type { ServerContext } from '../context';

/** Inlay hints: normalised deadlines, amounts in words, each target's standing. */
export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(
    ctx.guard('inlayHint', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td) return [];
      const range = { start: td.offsetAt(p.range.start), end: td.offsetAt(p.range.end) };
      return inlayHints(a.doc, range, { dataset: ctx.datasetFor(p.textDocument.uri) }).map((h) => ({ position: td.positionAt(h.offset), label: h.label, paddingLeft: true }));
    }),
  );
}
