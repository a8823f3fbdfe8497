/**
 * The VS Code extension: a thin client. It starts the bundled language server (dist/server.js)
 * over node IPC, forwards the `policyPlans` settings, and adds commands and a status bar item.
 * All validation, hover, completion and quick fixes live in the server.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CLIENT_ID, CONFIG_GLOB, DIAGNOSTIC_SOURCE, DOCUMENT_SELECTOR, PLAN_GLOB } from './constants';
import { ClientL10n } from './l10n';
import { newPlanFile } from './newPlan';
import { OverviewPanel } from './overview';
import { StatusItem } from './status';

/** What `policyPlans/checkDataset` returns for one folder. */
export interface CheckDatasetResult {
  files: number;
  errors: number;
  warnings: number;
}

/** What the extension exports (used by the tests). */
export interface PolicyPlansApi {
  client: LanguageClient;
  checkDataset(): Promise<CheckDatasetResult>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PolicyPlansApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const watchers = [
    vscode.workspace.createFileSystemWatcher(PLAN_GLOB),
    vscode.workspace.createFileSystemWatcher(CONFIG_GLOB),
  ];
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: CLIENT_ID, fileEvents: watchers },
    // A function, so that a restart after the workspace is trusted sends the new value.
    // Push diagnostics only: the server publishes for open and closed files alike, and pull
    // diagnostics on top of that would show every open file's problems twice.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted, pullDiagnostics: false }),
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    middleware: {
      // a fix that adds a property carries a snippet variant (`deadline: ${1:2025}`): apply that, so the value
      // is selected to type over instead of left empty
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        for (const a of actions ?? []) {
          const data = (
            a as {
              data?: {
                snippetEdits?: Array<{
                  range: { start: { line: number; character: number }; end: { line: number; character: number } };
                  newText: string;
                }>;
              };
            }
          ).data;
          if (!(a instanceof vscode.CodeAction) || !data?.snippetEdits?.length) continue;
          const edit = new vscode.WorkspaceEdit();
          edit.set(
            document.uri,
            data.snippetEdits.map(
              (e) =>
                new vscode.SnippetTextEdit(
                  lc.protocol2CodeConverter.asRange(e.range),
                  new vscode.SnippetString(e.newText),
                ),
            ),
          );
          a.edit = edit;
        }
        return actions;
      },
    },
  };
  const lc = new LanguageClient(CLIENT_ID, 'Policy Plans', serverOptions, clientOptions);
  client = lc;

  const l10n = new ClientL10n(context.extensionPath);
  const status = new StatusItem(lc, DIAGNOSTIC_SOURCE, l10n);
  const overview = new OverviewPanel(context, lc, l10n);
  context.subscriptions.push(status, overview);

  const checkDataset = async (): Promise<CheckDatasetResult> => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) {
      void vscode.window.showWarningMessage(l10n.t('Policy Plans: open a folder to check a whole dataset.'));
      return { files: 0, errors: 0, warnings: 0 };
    }
    const total: CheckDatasetResult = { files: 0, errors: 0, warnings: 0 };
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: l10n.t('Policy Plans: checking the dataset') },
      async () => {
        if (lc.state !== State.Running) await lc.start();
        for (const folder of folders) {
          const r = await lc.sendRequest<CheckDatasetResult>('policyPlans/checkDataset', {
            uri: folder.uri.toString(),
          });
          total.files += r.files;
          total.errors += r.errors;
          total.warnings += r.warnings;
        }
      },
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // the counts are phrases of their own (singular and plural in English, one form in Chinese)
    const files = total.files === 1 ? l10n.t('{0} file', 1) : l10n.t('{0} files', total.files);
    const errors = total.errors === 1 ? l10n.t('{0} error', 1) : l10n.t('{0} errors', total.errors);
    const warnings = total.warnings === 1 ? l10n.t('{0} warning', 1) : l10n.t('{0} warnings', total.warnings);
    void vscode.window.showInformationMessage(l10n.t('Policy Plans: checked {0}: {1}, {2}.', files, errors, warnings));
    return total;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('policyPlans.restartServer', async () => {
      await lc.restart();
    }),
    vscode.commands.registerCommand('policyPlans.showOutput', () => lc.outputChannel.show(true)),
    vscode.commands.registerCommand('policyPlans.checkDataset', checkDataset),
    vscode.commands.registerCommand('policyPlans.newPlanFile', (args?: { id?: string }) => newPlanFile(l10n, args)),
    // the code lens on a plan id: the plans that refer to it
    vscode.commands.registerCommand(
      'policyPlans.showReferences',
      (
        uri: string,
        position: { line: number; character: number },
        locations: Array<{
          uri: string;
          range: { start: { line: number; character: number }; end: { line: number; character: number } };
        }>,
      ) =>
        vscode.commands.executeCommand(
          'editor.action.showReferences',
          vscode.Uri.parse(uri),
          lc.protocol2CodeConverter.asPosition(position),
          locations.map((l) => lc.protocol2CodeConverter.asLocation(l)),
        ),
    ),
    // the client library traces only when the output's log level is Trace: say so when tracing is turned on
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyPlans.trace.server')) void explainTrace(lc, l10n);
      if (e.affectsConfiguration('policyPlans.language')) status.update();
    }),
    vscode.commands.registerCommand('policyPlans.showOverview', () => overview.show()),
    // The server reads trusted-only data (custom schemas, the dataset config) after a restart.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (lc.state === State.Running) void lc.restart();
    }),
  );

  try {
    await lc.start();
  } catch (err) {
    void vscode.window.showErrorMessage(
      l10n.t('Policy Plans: the language server did not start: {0}', err instanceof Error ? err.message : String(err)),
    );
  }
  return { client: lc, checkDataset };
}

/** `policyPlans.trace.server` shows messages only once the Policy Plans output's log level is Trace. */
async function explainTrace(lc: LanguageClient, l10n: ClientL10n): Promise<void> {
  const value = vscode.workspace.getConfiguration('policyPlans').get<string>('trace.server', 'off');
  if (value === 'off' || lc.outputChannel.logLevel === vscode.LogLevel.Trace) return;
  const show = l10n.t('Show Output');
  const pick = await vscode.window.showInformationMessage(
    l10n.t(
      'Policy Plans: the trace appears in the Policy Plans output once its log level is Trace (the gear icon of the Output panel, or "Developer: Set Log Level…").',
    ),
    show,
  );
  if (pick === show) lc.outputChannel.show(true);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
