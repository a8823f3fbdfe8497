/** Quick fixes: every finding's suggestions. */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    ctx.guard('codeAction', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      const range = { start: td.offsetAt(p.range.start), end: td.offsetAt(p.range.end) };
      const actions: CodeAction[] = [];
      for (const fix of ctx.workspace().codeActions(file, range)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics: ctx.toDiagnostics(file, [fix.finding]),
          edit: {
            changes: {
              [p.textDocument.uri]: fix.edits.map((e) => ({ range: toRange(td, e.range), newText: e.newText })),
            },
          },
          // the VS Code client applies these instead, as snippet edits (a placeholder to type over)
          ...(fix.snippetEdits
            ? {
                data: {
                  snippetEdits: fix.snippetEdits.map((e) => ({ range: toRange(td, e.range), newText: e.newText })),
                },
              }
            : {}),
        });
      }
      return actions;
    }),
  );
}
