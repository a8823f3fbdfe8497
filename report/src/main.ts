/**
 * Entry of the renderer bundle (dist/report.js). It finds its host: inside a VS Code webview it asks the
 * extension for the overview and opens places through it; in the HTML report it reads the overview from
 * the page (a JSON script element) and has nothing to open.
 */
import type { Data, Host, LinePlace, ViewState } from './model';
import { render, type Rendered } from './render';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

function start(): void {
  const root = document.getElementById('pp-root') ?? document.body.appendChild(document.createElement('div'));
  if (typeof acquireVsCodeApi === 'function') {
    const vscode = acquireVsCodeApi();
    const host: Host = {
      open: (place: LinePlace) => vscode.postMessage({ type: 'open', place }),
      getState: () => (vscode.getState() as ViewState | undefined) ?? undefined,
      setState: (s) => vscode.setState(s),
    };
    let view: Rendered | undefined;
    window.addEventListener('message', (e: MessageEvent<{ type: string; overview?: Data; error?: string }>) => {
      const m = e.data;
      if (m?.type === 'overview' && m.overview) {
        if (view) view.update(m.overview);
        else view = render(root, m.overview, host);
      } else if (m?.type === 'error') root.textContent = `Policy Plans: ${m.error ?? 'the overview could not be computed'}`;
    });
    vscode.postMessage({ type: 'ready' });
    return;
  }
  const json = document.getElementById('pp-overview')?.textContent;
  if (!json) {
    root.textContent = 'No overview data in this page.';
    return;
  }
  let memory: ViewState | undefined;
  render(root, JSON.parse(json) as Data, { getState: () => memory, setState: (s) => (memory = s) });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
