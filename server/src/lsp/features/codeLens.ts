/** Code lens on a plan's id: "referenced by 2 plans · 5 targets"; a click lists the plans that refer to it. */
import type { Location } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

/** The command a lens runs: the client shows the locations (`editor.action.showReferences` in VS Code). */
export const SHOW_REFERENCES = 'policyPlans.showReferences';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens(
    ctx.guard('codeLens', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      const ws = ctx.workspace();
      const plans = ws.dataset(file).context.plans;
      const self = ws.factsOf(file)?.plan?.id ?? '';
      return ws.codeLenses(file).map((l) => {
        const range = toRange(td, l.range);
        const locations: Location[] = [];
        for (const r of l.referencedBy) {
          const rel = plans
            ?.get(r.id)
            ?.find((s) => s.file === r.file)
            ?.relations.find((x) => x.plan === self);
          if (rel) locations.push({ uri: ctx.uriOf(r.file), range: ctx.rangeIn(r.file, rel.range) });
        }
        return {
          range,
          command: {
            title: l.title,
            command: locations.length ? SHOW_REFERENCES : '',
            arguments: [p.textDocument.uri, range.start, locations],
          },
        };
      });
    }),
  );
}
