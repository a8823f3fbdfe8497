/** The LSP side of code lens; the work itself is in server/src/core/features/codeLens.ts. */
import type { Location } from 'vscode-languageserver';
import { codeLenses } from '../../core/features/codeLens';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

/** The command a lens runs: the client shows the locations (`editor.action.showReferences` in VS Code). */
export const SHOW_REFERENCES = 'policyPlans.showReferences';

/** On a plan's id: "referenced by 2 plans · 5 targets"; a click lists the plans that refer to it. */
export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens(
    ctx.guard('codeLens', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td || a.doc.kind !== 'plan') return [];
      ctx.clearRelated();
      return codeLenses(a.doc, ctx.datasetFor(p.textDocument.uri)).map((l) => {
        const range = toRange(td, l.range);
        const locations: Location[] = [];
        for (const r of l.referencedBy) {
          const summary = ctx.datasetFor(p.textDocument.uri).plans?.get(r.id)?.find((s) => s.file === r.file);
          const rel = summary?.relations.find((x) => x.plan === (a.doc.plan.id ?? ''));
          const lr = rel ? ctx.relatedRange(r.file, rel.range) : null;
          if (lr) locations.push({ uri: ctx.uriOf(r.file), range: lr });
        }
        return { range, command: { title: l.title, command: locations.length ? SHOW_REFERENCES : '', arguments: [p.textDocument.uri, range.start, locations] } };
      });
    }),
  );
}
