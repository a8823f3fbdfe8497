/** Go to definition: a source id, a plan id, a dataset region. */
import type { ServerContext } from '../context';

export function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition(
    ctx.guard('definition', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      return ctx
        .workspace()
        .definition(file, td.offsetAt(p.position))
        .map((l) => ({ uri: ctx.uriOf(l.file), range: ctx.rangeIn(l.file, l.range) }));
    }),
  );
}
