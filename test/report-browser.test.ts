/**
 * The HTML report of the samples in a real browser (Debian's chromium through playwright-core): the
 * timeline has one deadline mark and the table one row per target of the YAML, a filter narrows both
 * alike, and the page logs no error and asks the network for nothing. Skips when chromium is missing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { main } from '../server/src/cli/main';
import {
  chromiumMissing,
  launch,
  overviewOfReport,
  watchedPage,
  webviewPage as openWebview,
  type Watched,
} from './helpers/browser';

const ROOT = path.resolve(__dirname, '..');
const SAMPLES = path.join(ROOT, 'samples');
const skip =
  chromiumMissing() ??
  (fs.existsSync(path.join(ROOT, 'dist', 'report.js')) ? false : 'dist/report.js is missing: run npm run build');

/** The samples' targets read straight from the YAML (broken/ is excluded by the samples' config). */
function yamlTargets(): Array<{ key: string; region: string; status: string }> {
  const out: Array<{ key: string; region: string; status: string }> = [];
  for (const f of fs.readdirSync(SAMPLES).filter((n) => n.endsWith('.plan.yaml'))) {
    const plan = parse(fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    for (const t of plan.targets ?? [])
      out.push({ key: `${plan.id}#${t.id}`, region: t.region ?? plan.jurisdiction, status: t.status ?? 'active' });
  }
  return out;
}

/** The sample registry's regions whose parent is `code`. */
function childrenOf(code: string): string[] {
  const reg = parse(fs.readFileSync(path.join(SAMPLES, 'regions.regions.yaml'), 'utf8'));
  return reg.regions.filter((r: { parent?: string }) => r.parent === code).map((r: { id: string }) => r.id);
}

let browser: Browser;
let w: Watched;
let dir: string;

before(async () => {
  if (skip) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-report-'));
  let err = '';
  const code = main(['report', SAMPLES, '--output', path.join(dir, 'report.html'), '--today', '2026-11-27'], {
    cwd: dir,
    stdout: () => undefined,
    stderr: (s) => (err += s),
    isTTY: false,
    today: '2026-11-27',
    env: {},
  });
  assert.equal(code, 0, err);
  assert.equal(err, '', 'no progress line when stderr is not a terminal');
  browser = await launch();
  const url = pathToFileURL(path.join(dir, 'report.html')).href;
  w = await watchedPage(browser, url);
  await w.page.goto(url);
  await w.page.waitForSelector('[data-view=table]');
});

after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const keys = (selector: string) =>
  w.page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? '').sort());
const timelineKeys = () => keys('[data-view=timeline] g.pp-deadline > *');
const tableKeys = () => keys('[data-view=table] tbody tr');

test('the timeline has one deadline mark and the table one row per target of the YAML', { skip }, async () => {
  const expected = yamlTargets()
    .map((t) => t.key)
    .sort();
  assert.ok(expected.length > 20);
  assert.deepEqual(await timelineKeys(), expected);
  assert.deepEqual(await tableKeys(), expected);
  // every mark and row has a tooltip
  const untitled = await w.page
    .locator('[data-view=timeline] g.pp-deadline > *')
    .evaluateAll((els) => els.filter((e) => !e.querySelector('title')?.textContent).length);
  assert.equal(untitled, 0);
  assert.match(
    (await w.page.locator('[data-view=table] tbody tr').first().getAttribute('title')) ?? '',
    /\.plan\.yaml:\d+/,
  );
});

test('the map shades the provinces and countries with targets and places the dataset cities', { skip }, async () => {
  // the provinces that hold a target, directly or through a city of the registry
  const parent = new Map<string, string>();
  for (const p of ['CN-GD', 'CN-ZJ', 'CN-BJ', 'CN-SH']) for (const c of childrenOf(p)) parent.set(c, p);
  const expected = [
    ...new Set(
      yamlTargets()
        .map((t) => parent.get(t.region) ?? t.region)
        .filter((r) => /^CN-[A-Z]{2}$/.test(r)),
    ),
  ].sort();
  const shaded = await w.page
    .locator('[data-view=map-china] g.pp-province > *')
    .evaluateAll((els) => els.map((e) => e.querySelector('title')?.textContent?.split(' ')[0] ?? '').sort());
  assert.deepEqual(shaded, expected);
  const cities = await w.page
    .locator('[data-view=map-china] g.pp-city > *')
    .evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-key') ?? e.querySelector('title')?.textContent?.split(' ')[0]),
    );
  assert.ok(cities.includes('shenzhen') && cities.includes('hangzhou'), cities.join(','));
  assert.ok((await w.page.locator('[data-view=map-world] g.pp-country > *').count()) >= 1);
});

test(
  'a jurisdiction filter narrows the timeline and the table alike, to the YAML targets in or below it',
  { skip },
  async () => {
    const inside = new Set(['CN-GD', ...childrenOf('CN-GD')]);
    const expected = yamlTargets()
      .filter((t) => inside.has(t.region))
      .map((t) => t.key)
      .sort();
    await w.page.selectOption('select[name=jurisdiction]', 'CN-GD');
    await w.page.waitForFunction(
      `document.querySelectorAll('[data-view=table] tbody tr').length === ${expected.length}`,
    );
    assert.ok(expected.length > 0 && expected.length < yamlTargets().length);
    assert.deepEqual(await timelineKeys(), expected);
    assert.deepEqual(await tableKeys(), expected);
    await w.page.selectOption('select[name=jurisdiction]', '');
    await w.page.selectOption('select[name=standing]', 'met');
    // the standing is computed from the observations: the CLI's export says which targets are met
    let out = '';
    main(['export', SAMPLES, '--format', 'json', '--today', '2026-11-27'], {
      cwd: dir,
      stdout: (s) => (out += s),
      stderr: () => undefined,
      isTTY: false,
      today: '2026-11-27',
      env: {},
    });
    const achieved = (JSON.parse(out) as Array<{ plan: string; target: string; standing: string }>)
      .filter((r) => r.standing === 'met')
      .map((r) => `${r.plan}#${r.target}`)
      .sort();
    assert.ok(achieved.length > 0, 'some sample targets are met');
    await w.page.waitForFunction(
      `document.querySelectorAll('[data-view=table] tbody tr').length === ${achieved.length}`,
    );
    assert.deepEqual(await timelineKeys(), achieved);
    assert.deepEqual(await tableKeys(), achieved);
    await w.page.click('text=Clear filters');
  },
);

test('sorting the table by deadline orders the rows by deadline', { skip }, async () => {
  await w.page.click('[data-view=table] th[data-column=deadline]');
  const dir1 = await w.page.getAttribute('[data-view=table] th[data-column=deadline]', 'aria-sort');
  const cells = await w.page.locator('[data-view=table] tbody tr td:nth-child(7)').allTextContents();
  const years = cells.map((c) => c.replace(/\D/g, '').slice(0, 4));
  const sorted = [...years].sort();
  assert.deepEqual(years, dir1 === 'descending' ? sorted.reverse() : sorted);
});

test('every mark of every view has a tooltip', { skip }, async () => {
  const marks = w.page.locator('svg g[class*="pp-"] > *');
  const untitled = await marks.evaluateAll((els) =>
    els
      .filter((e) => !e.querySelector('title')?.textContent)
      .map((e) => `${e.parentElement?.getAttribute('class')} ${e.tagName}`),
  );
  const n = await marks.count();
  assert.ok(n > 50, `${n} marks`);
  assert.deepEqual(untitled, []);
});

test('no console errors and no network requests', { skip }, async () => {
  assert.deepEqual(w.errors, []);
  assert.deepEqual(w.requests, []);
});

/** The renderer as the VS Code webview runs it, on this report's overview (test/helpers/browser.ts). */
async function webviewPage(state: unknown): Promise<Watched & { overview: unknown }> {
  const overview = overviewOfReport(fs.readFileSync(path.join(dir, 'report.html'), 'utf8'));
  const script = fs.readFileSync(path.join(ROOT, 'dist', 'report.js'), 'utf8');
  return { ...(await openWebview(browser, { dir, script, overview, state })), overview };
}

test(
  'webview host: a click on a deadline mark or a row asks the extension to open the target at its line',
  { skip },
  async () => {
    const { page, errors } = await webviewPage(null);
    const mark = page.locator('[data-view=timeline] g.pp-deadline > *').first();
    const key = await mark.getAttribute('data-key');
    const place = await mark.getAttribute('data-place');
    await mark.dispatchEvent('click'); // dots of one lane and year overlap: click this one, not the one on top
    await page.locator(`[data-view=table] tbody tr[data-key="${key}"]`).click();
    const sent = (await page.evaluate('window.__sent.filter((m) => m.type === "open")')) as Array<{
      place: { file: string; line: number };
    }>;
    assert.equal(sent.length, 2);
    for (const s of sent) assert.equal(`${s.place.file}:${s.place.line + 1}`, place);
    const [file, line] = place!.split(':');
    const [planId, targetId] = key!.split('#');
    assert.match(
      fs.readFileSync(path.resolve(dir, file), 'utf8').split('\n')[Number(line) - 1],
      new RegExp(`id: ${targetId}\\b`),
      `${planId}`,
    );
    assert.deepEqual(errors, []);
    await page.close();
  },
);

test(
  'webview host: the filters are kept in the webview state, restored when shown again and across updates',
  { skip },
  async () => {
    const first = await webviewPage(null);
    await first.page.selectOption('select[name=jurisdiction]', 'CN-GD');
    const state = (await first.page.evaluate('window.__state')) as { filters: { jurisdiction: string } };
    assert.equal(state.filters.jurisdiction, 'CN-GD');
    const narrowed = await first.page.locator('[data-view=table] tbody tr').count();
    await first.page.close();
    // hidden and shown again: a new page, the same state
    const again = await webviewPage(state);
    assert.equal(await again.page.inputValue('select[name=jurisdiction]'), 'CN-GD');
    assert.equal(await again.page.locator('[data-view=table] tbody tr').count(), narrowed);
    // a file changed: new data, same filters
    await again.page.evaluate(
      `window.postMessage({ type: 'overview', overview: ${JSON.stringify(again.overview)} }, '*')`,
    );
    assert.equal(await again.page.inputValue('select[name=jurisdiction]'), 'CN-GD');
    assert.equal(await again.page.locator('[data-view=table] tbody tr').count(), narrowed);
    await again.page.close();
  },
);
