/** Completion: keys, values, regions, currencies, deadlines, ids. */
import type { ServerContext } from '../context';
import { toCompletion } from '../convert';

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion(
    ctx.guard('completion', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return { isIncomplete: false, items: [] };
      const r = ctx.workspace().complete(file, td.offsetAt(p.position));
      return { isIncomplete: r.incomplete, items: r.items.map((c) => toCompletion(td, c, ctx.snippetSupport())) };
    }),
  );
}
