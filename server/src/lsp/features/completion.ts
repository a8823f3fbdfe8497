/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { complete } from '../../core/features/completion';
import { toCompletion } from '../convert';
import type { ServerContext } from '../context';

/** Completion: keys, values, regions, currencies, deadlines, ids. */
export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion(
    ctx.guard('completion', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td || a.doc.kind === 'other') return { isIncomplete: false, items: [] };
      const r = complete(a.doc, td.offsetAt(p.position), ctx.datasetFor(p.textDocument.uri));
      return { isIncomplete: r.incomplete, items: r.items.map((c) => toCompletion(td, c, ctx.snippetSupport())) };
    }),
  );
}
