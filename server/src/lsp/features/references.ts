/** Find all references: every place of a plan, source or region id in the dataset. */
import type { ServerContext } from '../context';

export function registerReferences(ctx: ServerContext): void {
  ctx.connection.onReferences(
    ctx.guard('references', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      return ctx
        .workspace()
        .references(file, td.offsetAt(p.position))
        .map((o) => ({ uri: ctx.uriOf(o.file), range: ctx.rangeIn(o.file, o.range) }));
    }),
  );
}
