/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { quickFixes } from '../../core/features/codeActions';
import { toDiagnostic, toRange } from '../convert';
import type { ServerContext } from '../context';

/** Quick fixes: every finding's suggestions. */
export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    ctx.guard('codeAction', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      if (!td) return [];
      const findings = ctx.findingsOf(p.textDocument.uri);
      const doc = ctx.analysisOf(p.textDocument.uri)?.doc;
      const range = { start: td.offsetAt(p.range.start), end: td.offsetAt(p.range.end) };
      const actions: CodeAction[] = [];
      for (const fix of quickFixes(findings, range, doc)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics: [toDiagnostic(td, fix.finding, ctx.relatedRange)],
          edit: { changes: { [p.textDocument.uri]: fix.edits.map((e) => ({ range: toRange(td, e.range), newText: e.newText })) } },
          // the VS Code client applies these instead, as snippet edits (a placeholder to type over)
          ...(fix.snippetEdits ? { data: { snippetEdits: fix.snippetEdits.map((e) => ({ range: toRange(td, e.range), newText: e.newText })) } } : {}),
        });
      }
      return actions;
    }),
  );
}
