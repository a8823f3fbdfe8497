/** Debian's chromium driven by playwright-core, offline: for the report's browser test, its bench and its screenshots. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser cannot run here, or null when it can. */
export function chromiumMissing(): string | null {
  return fs.existsSync(CHROMIUM) ? null : `no chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions of the page. */
  errors: string[];
  /** Every request that is not the page's own file. */
  requests: string[];
}

/** A page that records console errors and requests, with every request but the page's file refused. */
export async function watchedPage(
  browser: Browser,
  fileUrl: string,
  viewport = { width: 1200, height: 900 },
): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    requests.push(url);
    return route.abort();
  });
  return { page, errors, requests };
}

/** The overview a report file carries in its gzip-base64 script element. */
export function overviewOfReport(html: string): Record<string, unknown> {
  const packed =
    /<script type="application\/octet-stream" id="pp-overview" data-encoding="gzip-base64">([\s\S]*?)<\/script>/.exec(
      html,
    )?.[1];
  if (packed === undefined) throw new Error('no overview in the report');
  return JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as Record<string, unknown>;
}

/**
 * The renderer (`script`, dist/report.js) as the VS Code webview runs it, in a page written to `dir`: a stand-in
 * for acquireVsCodeApi records what it sends (`window.__sent`) and keeps the state (`window.__state`, starting
 * from `state`); the overview is posted once the renderer says it is ready, and the table is drawn.
 */
export async function webviewPage(
  browser: Browser,
  options: { dir: string; script: string; overview: unknown; state: unknown },
): Promise<Watched> {
  const stub = `window.__sent = []; window.__state = ${JSON.stringify(options.state ?? null)};
function acquireVsCodeApi() { return { postMessage: (m) => window.__sent.push(m), getState: () => window.__state ?? undefined, setState: (s) => { window.__state = s; } }; }`;
  const script = options.script.replace(/<\/(script)/gi, '<\\/$1');
  const file = path.join(options.dir, `webview-${Math.random().toString(36).slice(2)}.html`);
  fs.writeFileSync(
    file,
    `<!doctype html><html lang="en"><meta charset="utf-8"><div id="pp-root"></div><script>${stub}</script><script>${script}</script>`,
  );
  const url = pathToFileURL(file).href;
  const v = await watchedPage(browser, url);
  await v.page.goto(url);
  await v.page.waitForFunction(`window.__sent.some((m) => m.type === 'ready')`);
  await v.page.evaluate(`window.postMessage({ type: 'overview', overview: ${JSON.stringify(options.overview)} }, '*')`);
  await v.page.waitForSelector('[data-view=table]');
  return v;
}
