/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { hover } from '../../core/features/hover';
import { toRange } from '../convert';
import { ROOT_SCHEMA, type ServerContext } from '../context';

/** Hover: what a key means, what a code, amount or deadline amounts to. */
export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(
    ctx.guard('hover', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td || a.doc.kind === 'other') return null;
      const h = hover(a.doc, td.offsetAt(p.position), ctx.datasetFor(p.textDocument.uri), ROOT_SCHEMA[a.doc.kind]);
      return h ? { contents: { kind: 'markdown', value: h.markdown }, range: toRange(td, h.range) } : null;
    }),
  );
}
