/** Inlay hints: normalised deadlines, amounts in words. */
import type { ServerContext } from '../context';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(
    ctx.guard('inlayHint', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      const range = { start: td.offsetAt(p.range.start), end: td.offsetAt(p.range.end) };
      return ctx
        .workspace()
        .inlayHints(file, range)
        .map((h) => ({ position: td.positionAt(h.offset), label: h.label, paddingLeft: true }));
    }),
  );
}
