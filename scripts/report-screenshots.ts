/**
 * Screenshots of the samples' report for the README: images/overview-timeline.png and
 * images/overview-map.png. Run: npm run screenshots:report (needs chromium).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runReport } from '../server/src/cli/report';
import { chromiumMissing, launch, watchedPage } from '../test/helpers/browser';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-shots-'));
  const browser = await launch();
  try {
    const r = runReport({
      paths: ['samples'],
      cwd: ROOT,
      today: '2026-11-27',
      todayOverride: '2026-11-27',
      output: path.join(dir, 'report.html'),
    });
    const url = pathToFileURL(r.file).href;
    const w = await watchedPage(browser, url, { width: 1180, height: 900 });
    await w.page.goto(url);
    await w.page.waitForSelector('[data-view=table]');
    // the filter bar sticks to the top while scrolling: not over the pictures
    await w.page.addStyleTag({
      content: '.pp-filters { position: static !important; } .pp-root > section { padding: 4px 12px 12px; }',
    });
    for (const [view, file] of [
      ['timeline', 'overview-timeline.png'],
      ['map', 'overview-map.png'],
    ]) {
      await w.page.locator(`section:has(> #pp-${view})`).screenshot({ path: path.join(ROOT, 'images', file) });
      console.log(`wrote images/${file}`);
    }
    if (w.errors.length || w.requests.length)
      throw new Error(`page errors ${w.errors.join('; ')} requests ${w.requests.join(' ')}`);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
