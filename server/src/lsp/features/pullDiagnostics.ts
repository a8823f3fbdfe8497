/** textDocument/diagnostic, for clients that pull. */
import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import type { ServerContext } from '../context';

export function registerPullDiagnostics(ctx: ServerContext): void {
  ctx.connection.languages.diagnostics.on(
    ctx.guard('diagnostic', (p) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: ctx.documents.has(p.textDocument.uri) ? ctx.diagnosticsOf(p.textDocument.uri) : [],
    })),
  );
}
