/** Expand selection: value → pair → item → list → document. */
import type { SelectionRange } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

export function registerSelectionRanges(ctx: ServerContext): void {
  ctx.connection.onSelectionRanges(
    ctx.guard('selectionRanges', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      return ctx
        .workspace()
        .selectionRanges(
          file,
          p.positions.map((pos) => td.offsetAt(pos)),
        )
        .map((chain, i) => {
          let parent: SelectionRange | undefined;
          for (let j = chain.length - 1; j >= 0; j--) parent = { range: toRange(td, chain[j]!), parent };
          return parent ?? { range: { start: p.positions[i]!, end: p.positions[i]! } };
        });
    }),
  );
}
