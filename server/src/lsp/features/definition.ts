/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { definition } from '../../core/features/navigation';
import { toRange } from '../convert';
import { ROOT_SCHEMA, type ServerContext } from '../context';

/** Go to definition: a source id, a plan id, a dataset region. */
export function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition(
    ctx.guard('definition', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td || a.doc.kind === 'other') return [];
      return definition(a.doc, td.offsetAt(p.position), ctx.datasetFor(p.textDocument.uri), ROOT_SCHEMA[a.doc.kind]).map((l) => {
        if (!l.file) return { uri: p.textDocument.uri, range: toRange(td, l.range) };
        return { uri: ctx.uriOf(l.file), range: ctx.relatedRange(l.file, l.range) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
      });
    }),
  );
}
