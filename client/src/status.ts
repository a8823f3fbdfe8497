/**
 * The status bar item: the server's state and the active plan file's error and warning counts. A click
 * opens the Problems panel. It follows the last plan editor, so it stays while the focus is elsewhere (the
 * command palette of Restart Server, a panel), and it is drawn again once a restarted server runs.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { PLAN_SELECTOR } from './constants';
import type { ClientL10n } from './l10n';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyPlans.status', vscode.StatusBarAlignment.Left, 10);
  /** The overview button, right of the status item. */
  private readonly overview = vscode.window.createStatusBarItem(
    'policyPlans.overview',
    vscode.StatusBarAlignment.Left,
    9,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private state: State = State.Stopped;
  /** The plan document of the last active editor (the active editor is undefined while a panel has focus). */
  private lastDoc: vscode.TextDocument | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly source: string,
    private readonly l10n: ClientL10n,
  ) {
    this.item.name = 'Policy Plans';
    this.item.command = 'workbench.actions.view.problems';
    this.overview.command = 'policyPlans.showOverview';
    this.state = client.state;
    this.subscriptions.push(
      client.onDidChangeState((e) => {
        this.state = e.newState;
        this.update();
        // the first diagnostics of a restarted server come a moment later
        if (e.newState === State.Running) setTimeout(() => this.update(), 500);
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.lastDoc) this.lastDoc = undefined;
      }),
    );
    this.update();
  }

  update(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active) this.lastDoc = vscode.languages.match(PLAN_SELECTOR, active) > 0 ? active : undefined;
    const doc = active ?? this.lastDoc;
    const isPlan = !!doc && vscode.languages.match(PLAN_SELECTOR, doc) > 0;
    const running = this.state === State.Running;
    // the words follow policyPlans.language, which may have changed since the last time
    this.overview.name = this.l10n.t('Policy Plans: Overview');
    this.overview.text = '$(graph)';
    this.overview.tooltip = this.l10n.t('Policy Plans: Show Dataset Overview (timeline, progress, map, table)');
    if (running && vscode.workspace.workspaceFolders?.length) this.overview.show();
    else this.overview.hide();
    if (!isPlan && running) {
      this.item.hide();
      return;
    }
    if (!running) {
      this.item.text = `${this.state === State.Starting ? '$(sync~spin)' : '$(circle-slash)'} Policy Plans`;
      this.item.tooltip =
        this.state === State.Starting
          ? this.l10n.t(
              'Policy Plans server: starting. Click to open the Problems panel; the log is in the Policy Plans output.',
            )
          : this.l10n.t(
              'Policy Plans server: stopped. Click to open the Problems panel; the log is in the Policy Plans output.',
            );
      this.item.backgroundColor =
        this.state === State.Stopped ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.show();
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const d of vscode.languages.getDiagnostics(doc!.uri)) {
      if (d.source !== this.source) continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
    this.item.text = `$(checklist) Policy Plans $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = this.l10n.t(
      'Policy Plans server: running. This file: {0} error(s), {1} warning(s). Click to open the Problems panel.',
      errors,
      warnings,
    );
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
    this.overview.dispose();
  }
}
