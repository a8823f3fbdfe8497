/**
 * The dataset overview in Chinese (issue 16): `policy-plans report --lang zh-cn` writes `<html lang="zh-CN">`
 * with a Chinese title and says its line in Chinese; in a browser the renderer's headings, filters, table
 * columns and standings are Chinese; in the VS Code webview the overview's `language` (the server's) decides.
 * The browser part skips when chromium is missing.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { main } from '../server/src/cli/main';
import { chromiumMissing, launch, overviewOfReport, watchedPage, webviewPage } from './helpers/browser';

const ROOT = path.resolve(__dirname, '..');
const SAMPLES = path.join(ROOT, 'samples');
const built = fs.existsSync(path.join(ROOT, 'dist', 'report.js'))
  ? false
  : 'dist/report.js is missing: run npm run build';
const skipBrowser = built || chromiumMissing() || false;

function report(dir: string, name: string, extra: string[]): { code: number; out: string; err: string; html: string } {
  let out = '';
  let err = '';
  const code = main(['report', SAMPLES, '--output', name, '--today', '2026-11-27', ...extra], {
    cwd: dir,
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY: false,
    today: '2026-11-27',
    env: {},
  });
  const file = path.join(dir, name);
  return { code, out, err, html: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '' };
}

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-i18n-report-'));
});
after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('report --lang zh-cn (the file)', { skip: built }, () => {
  test('<html lang="zh-CN">, a Chinese title and a Chinese line on stdout', () => {
    const zh = report(dir, 'zh.html', ['--lang', 'zh-cn']);
    assert.equal(zh.code, 0, zh.err);
    assert.match(zh.out, /^已写入 zh\.html：12 个规划，\d+ 个目标，\d+ KB\n$/);
    assert.match(zh.html, /^<!doctype html>\n<html lang="zh-CN">/);
    assert.match(zh.html, /<title>Policy Plans 数据集概览 — 12 个规划<\/title>/);
    const en = report(dir, 'en.html', []);
    assert.match(en.html, /^<!doctype html>\n<html lang="en">/);
    assert.match(en.html, /<title>Policy Plans overview — 12 plans<\/title>/);
  });
});

describe('the renderer in Chinese (chromium)', { skip: skipBrowser }, () => {
  let browser: Browser;
  before(async () => {
    if (skipBrowser) return;
    browser = await launch();
  });
  after(async () => browser?.close());

  const texts = (page: import('playwright-core').Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

  test('the HTML report: headings, filters, table columns and standings', async () => {
    const r = report(dir, 'zh-browser.html', ['--lang', 'zh-cn']);
    assert.equal(r.code, 0, r.err);
    const url = pathToFileURL(path.join(dir, 'zh-browser.html')).href;
    const w = await watchedPage(browser, url);
    await w.page.goto(url);
    await w.page.waitForSelector('[data-view=table]');
    assert.deepEqual(await texts(w.page, 'h1'), ['Policy Plans — 数据集概览']);
    const h2 = await texts(w.page, 'h2');
    for (const [i, heading] of ['时间线', '进展', '地图', '目标'].entries())
      assert.ok(h2[i]?.startsWith(heading), `${h2[i]} starts with ${heading}`);
    assert.match((await texts(w.page, '.pp-meta'))[0]!, /^12 个规划 · \d+ 个目标 · \d+ 项措施 · 参照日期 2026-11-27$/);
    assert.match((await texts(w.page, '.pp-count'))[0]!, /^\d+ 个目标中有 \d+ 个符合筛选条件$/);
    const labels = await texts(w.page, '.pp-filters label');
    assert.ok(labels[0]!.startsWith('管辖范围') && labels[1]!.startsWith('进展状态'), labels.join(' | '));
    const columns = await texts(w.page, '[data-view=table] th');
    assert.deepEqual(
      columns.map((c) => c.replace(/ [▲▼]$/, '')),
      ['规划', '目标', '指标', '行政区划', '目标值', '美元', '截止日期', '进展状态', '规划问题数', '文件'],
    );
    const standings = new Set(await texts(w.page, '[data-view=table] td.pp-standing'));
    assert.ok(standings.size > 0);
    for (const s of standings)
      assert.ok(
        [
          '已达成',
          '已实现',
          '进度正常',
          '进行中',
          '未到期',
          '进度滞后',
          '未达成',
          '已修订',
          '已撤回',
          '无数据',
        ].includes(s),
        s,
      );
    // amounts in 亿 / 万亿, the USD column in 美元, the exchange rate in Chinese words; no "300B" or "USD 41.7B"
    const cells: string[][] = await w.page
      .locator('[data-view=table] tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          Array.from(r.querySelectorAll('td'), (c) => (c as { textContent: string | null }).textContent ?? ''),
        ),
      );
    const gd = cells.find((c) => c[0] === 'cn-gd-general-ai-2023' && c[1] === 'industry-scale-2025');
    assert.ok(gd, 'the Guangdong 2023 row');
    assert.match(gd[4]!, /^> 3000亿 CNY（按 \d{4} 年汇率 [\d.]+ CNY\/USD 折合 [\d.]+亿美元）$/);
    assert.match(gd[5]!, /^[\d.]+亿美元$/);
    assert.ok(!cells.flat().some((c) => /\d[BMK] |USD \d/.test(c)), 'no English compact amounts');
    const planTips = await w.page
      .locator('[data-view=timeline] g.pp-plan > *')
      .evaluateAll((els) => els.map((e) => e.querySelector('title')?.textContent ?? ''));
    assert.ok(
      planTips.some((t) => /现行有效|已到期/.test(t)) && !planTips.some((t) => /in-force|ended\b/.test(t)),
      planTips[0],
    );
    const tips = await w.page
      .locator('[data-view=timeline] g.pp-deadline > *')
      .evaluateAll((els) => els.map((e) => e.querySelector('title')?.textContent ?? ''));
    assert.ok(tips.length > 0 && tips.every((t) => /\n截止日期 .+\n进展状态：.+\n行政区划：/.test(t)), tips[0]);
    assert.deepEqual(w.errors, []);
  });

  test("the VS Code webview: the overview's language decides", async () => {
    const html = report(dir, 'webview-source.html', []).html;
    const overview = { ...overviewOfReport(html), language: 'zh-cn' };
    const script = fs.readFileSync(path.join(ROOT, 'dist', 'report.js'), 'utf8');
    // the page says English; the overview says Chinese
    const v = await webviewPage(browser, { dir, script, overview, state: null });
    assert.deepEqual(await texts(v.page, 'h1'), ['Policy Plans — 数据集概览']);
    assert.match((await texts(v.page, '.pp-note'))[0]!, /^点击图形或表格行/);
  });
});
