/** Hover: what a key means, what a code, amount or deadline amounts to. */
import type { ServerContext } from '../context';
import { toRange } from '../convert';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(
    ctx.guard('hover', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return null;
      const h = ctx.workspace().hover(file, td.offsetAt(p.position));
      return h ? { contents: { kind: 'markdown', value: h.markdown }, range: toRange(td, h.range) } : null;
    }),
  );
}
