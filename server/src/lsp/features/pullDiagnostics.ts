/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import type { ServerContext } from '../context';

/** textDocument/diagnostic, for clients that pull. */
export function registerPullDiagnostics(ctx: ServerContext): void {
  ctx.connection.languages.diagnostics.on(
    ctx.guard('diagnostic', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      if (!td) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      return { kind: DocumentDiagnosticReportKind.Full, items: ctx.diagnosticsOf(p.textDocument.uri) };
    }),
  );
}
