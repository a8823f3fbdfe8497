/**
 * The dataset overview in a webview: the server computes it (`policyPlans/overview`), the bundled
 * renderer (dist/report.js, the same as the HTML report's) draws it. Strict CSP with a nonce, nothing
 * from the network, the theme's colours; the filters survive hiding (the renderer's getState/setState);
 * it refreshes, debounced, when plan files change; a click on a mark or a row opens the file there.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { PLAN_GLOB } from './constants';
import type { ClientL10n } from './l10n';

interface Place {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

const REFRESH_DELAY_MS = 600;

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
    private readonly l10n: ClientL10n,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(PLAN_GLOB);
    const changed = () => this.scheduleRefresh();
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (vscode.languages.match({ pattern: PLAN_GLOB }, e.document) > 0) changed();
      }),
    );
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(
      'policyPlans.overview',
      this.l10n.t('Policy Plans: Overview'),
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: [dist],
      },
    );
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images', 'icon.png');
    panel.webview.html = html(panel.webview, vscode.Uri.joinPath(dist, 'report.js'), this.l10n);
    panel.webview.onDidReceiveMessage(
      (m: { type: string; place?: Place }) => {
        // the webview (re)loads when shown again: it says ready, and gets the current overview
        if (m?.type === 'ready') void this.refresh();
        else if (m?.type === 'open' && m.place) void open(m.place);
      },
      undefined,
      this.subscriptions,
    );
    panel.onDidDispose(
      () => {
        this.panel = undefined;
        clearTimeout(this.timer);
      },
      undefined,
      this.subscriptions,
    );
  }

  private scheduleRefresh(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.panel?.visible) void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    try {
      if (this.client.state !== State.Running) await this.client.start();
      const uris = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
      const overview = await this.client.sendRequest('policyPlans/overview', { uris });
      await panel.webview.postMessage({ type: 'overview', overview });
    } catch (e) {
      await panel.webview.postMessage({ type: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

async function open(place: Place): Promise<void> {
  const range = new vscode.Range(place.line, place.character, place.endLine, place.endCharacter);
  // beside the overview when it fills the only column, so that it stays in view
  const column = vscode.window.visibleTextEditors.length ? vscode.ViewColumn.One : vscode.ViewColumn.Beside;
  await vscode.window.showTextDocument(vscode.Uri.parse(place.file), {
    selection: range,
    viewColumn: column,
    preserveFocus: false,
  });
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function html(webview: vscode.Webview, script: vscode.Uri, l10n: ClientL10n): string {
  const n = nonce();
  // scripts only with the nonce; styles from the extension and inline (the charts set styles); nothing else
  const csp = [
    `default-src 'none'`,
    `script-src 'nonce-${n}'`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!doctype html>
<html lang="${l10n.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(l10n.t('Policy Plans: Overview'))}</title>
</head>
<body>
<div id="pp-root">${escapeHtml(l10n.t('Computing the overview…'))}</div>
<script nonce="${n}" src="${webview.asWebviewUri(script)}"></script>
</body>
</html>`;
}
