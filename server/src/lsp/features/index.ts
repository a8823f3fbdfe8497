/** The server's features: what `initialize` advertises, and one registration per feature file. */
import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { Publisher } from '../publisher';
import { registerCheckDataset } from './checkDataset';
import { registerCodeLens } from './codeLens';
import { registerDocumentLinks } from './documentLinks';
import { registerFormatting } from './formatting';
import { registerHighlights } from './highlights';
import { registerSelectionRanges } from './selectionRanges';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import { registerOverview } from './overview';
import { registerPullDiagnostics } from './pullDiagnostics';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerSymbols } from './symbols';
import { registerWorkspaceSymbols } from './workspaceSymbols';

export function capabilities(options: { pull: boolean }): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [' ', ':', '-', '[', ','], resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    workspaceSymbolProvider: true,
    inlayHintProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
    documentLinkProvider: { resolveProvider: false },
    selectionRangeProvider: true,
    documentHighlightProvider: true,
    codeLensProvider: { resolveProvider: false },
    ...(options.pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
    executeCommandProvider: { commands: [] },
  };
}

export function registerFeatures(ctx: ServerContext, _publisher: Publisher): void {
  for (const register of [
    registerHover,
    registerCompletion,
    registerCodeActions,
    registerSymbols,
    registerDefinition,
    registerReferences,
    registerRename,
    registerWorkspaceSymbols,
    registerInlayHints,
    registerPullDiagnostics,
    registerCheckDataset,
    registerFormatting,
    registerDocumentLinks,
    registerSelectionRanges,
    registerHighlights,
    registerCodeLens,
    registerOverview,
  ])
    register(ctx);
}
