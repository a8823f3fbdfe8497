/**
 * Entry of the renderer bundle (dist/report.js). It finds its host: inside a VS Code webview it asks the
 * extension for the overview and opens places through it; in the HTML report it reads the overview from
 * the page (a JSON script element) and has nothing to open.
 */
import type { Data, Host, LinePlace, ViewState } from './model';
import { render, type Rendered } from './render';
import { languageOfPage, wordsOf } from './words';

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
      } else if (m?.type === 'error')
        root.textContent = `Policy Plans: ${m.error ?? wordsOf(languageOfPage(null, document)).t('report.failed')}`;
    });
    vscode.postMessage({ type: 'ready' });
    return;
  }
  const el = document.getElementById('pp-overview');
  const words = wordsOf(languageOfPage(null, document));
  if (!el?.textContent) {
    root.textContent = words.t('report.no-data');
    return;
  }
  let memory: ViewState | undefined;
  performance.mark('pp:read:start');
  void readOverview(el).then(
    (data) => {
      performance.measure('pp:read', 'pp:read:start');
      performance.mark('pp:render:start');
      render(root, data, { getState: () => memory, setState: (s) => (memory = s) });
      performance.measure('pp:render', 'pp:render:start');
    },
    (e: unknown) =>
      (root.textContent = words.t('report.unreadable', { error: e instanceof Error ? e.message : String(e) })),
  );
}

/** The report's overview: JSON, gzipped and in base64 (a tenth of the size), unpacked by the browser itself. */
async function readOverview(el: HTMLElement): Promise<Data> {
  const text = el.textContent ?? '';
  if (el.dataset.encoding !== 'gzip-base64') return JSON.parse(text) as Data;
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as Data;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
