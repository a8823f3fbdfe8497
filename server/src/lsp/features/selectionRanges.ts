/** The LSP side of selection ranges; the work itself is in server/src/core/features/selectionRanges.ts. */
import type { SelectionRange } from 'vscode-languageserver';
import { selectionRanges } from '../../core/features/selectionRanges';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

/** Expand selection: value → pair → item → list → document. */
export function registerSelectionRanges(ctx: ServerContext): void {
  ctx.connection.onSelectionRanges(
    ctx.guard('selectionRanges', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td) return [];
      return selectionRanges(a.doc, p.positions.map((pos) => td.offsetAt(pos))).map((chain) => {
        let parent: SelectionRange | undefined;
        for (let i = chain.length - 1; i >= 0; i--) parent = { range: toRange(td, chain[i]), parent };
        return parent ?? { range: { start: p.positions[0], end: p.positions[0] } };
      });
    }),
  );
}
