/** Workspace symbols: plans and targets of every dataset. */
import { SymbolKind } from 'vscode-languageserver';
import type { ServerContext } from '../context';

export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(
    ctx.guard('workspaceSymbol', (p) =>
      ctx
        .workspace()
        .workspaceSymbols(p.query ?? '')
        .map((s) => ({
          name: s.name,
          kind: s.kind === 'plan' ? SymbolKind.File : SymbolKind.Number,
          ...(s.container ? { containerName: s.container } : {}),
          location: { uri: ctx.uriOf(s.file), range: ctx.rangeIn(s.file, s.range) },
        })),
    ),
  );
}
