/** policy-plans export: one row per target, CSV or JSON, from the sample dataset. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..');

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { cwd: ROOT, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, today: '2026-11-27', env: {} });
  return { code, out, err };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

test('CSV: a header and one row per target, numbers as written, outcomes without comparator', () => {
  const r = run(['export', 'samples']);
  assert.equal(r.code, 0, r.err);
  const [header, ...rows] = parseCsv(r.out);
  assert.deepEqual(header.slice(0, 8), ['plan', 'jurisdiction', 'region', 'target', 'metric', 'kind', 'comparator', 'amount']);
  const col = (name: string) => header.indexOf(name);
  const gd = rows.find((x) => x[col('plan')] === 'cn-gd-general-ai-2023' && x[col('kind')] === 'money');
  assert.ok(gd, 'the Guangdong money target is exported');
  assert.equal(gd[col('amount')], '300000000000');
  assert.equal(gd[col('currency_or_unit')], 'CNY');
  assert.equal(gd[col('deadline')], '2025-12-31');
  assert.equal(gd[col('baseline_amount')], '150000000000');
  assert.equal(gd[col('baseline_at')], '2022-12-31');
  const outcome = rows.find((x) => x[col('kind')] === 'outcome');
  assert.ok(outcome && outcome[col('comparator')] === '' && outcome[col('outcome')] !== '');
  // every row has every column, and no URL is repeated within a row
  for (const x of rows) {
    assert.equal(x.length, header.length);
    const urls = x[col('source_urls')].split(' ').filter(Boolean);
    assert.equal(new Set(urls).size, urls.length);
  }
  const targets = rows.length;
  assert.ok(targets >= 20, `${targets} rows`);
});

test('JSON: amounts are numbers (or null), written to --output', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-export-')), 'targets.json');
  const r = run(['export', 'samples', '--format', 'json', '--output', out]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  const rows = JSON.parse(fs.readFileSync(out, 'utf8')) as Array<Record<string, unknown>>;
  const hz = rows.find((x) => x.plan === 'cn-hz-ai-2023' && x.currency_or_unit === 'PFLOPS');
  assert.ok(hz, 'the Hangzhou compute target');
  assert.equal(typeof hz.amount, 'number');
  assert.ok(rows.every((x) => x.amount === null || typeof x.amount === 'number'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
});

test('the latest observation and the standing at the reference date (--today)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-export-'));
  fs.writeFileSync(
    path.join(dir, 'gd.plan.yaml'),
    [
      'id: cn-gd-test-2023',
      'title: Test',
      'jurisdiction: CN-GD',
      'period: { start: 2023, end: 2025 }',
      'targets:',
      '  - id: enterprises-2025',
      '    metric: AI enterprises',
      '    comparator: more-than',
      '    quantity: { value: 2000, unit: enterprises }',
      '    baseline: { quantity: { value: 900, unit: enterprises }, at: 2022 }',
      '    deadline: 2025',
      '    sources: [src]',
      '    progress:',
      '      - { at: 2024, quantity: { value: 1200, unit: enterprises }, source: src }',
      '      - { at: 2025-10-22, quantity: { value: 1600, unit: enterprises }, source: rep }',
      '  - { id: compute-2025, metric: Compute, quantity: { value: 1, unit: EFLOPS }, deadline: 2025, sources: [src], progress: [{ at: 2025, quantity: { value: 1500, unit: PFLOPS }, source: rep }] }',
      '  - { id: hub-2027, metric: Hub, outcome: A hub, deadline: 2027, sources: [src] }',
      'sources: [{ id: src, title: S }, { id: rep, title: R }]',
      '',
    ].join('\n'),
  );
  const [header, ...rows] = parseCsv(run(['export', dir, '--today', '2026-11-27']).out);
  const pick = (r: string[]) => ['target', 'latest_amount', 'latest_at', 'latest_source', 'standing'].map((c) => r[header.indexOf(c)]);
  assert.deepEqual(rows.map(pick), [
    ['enterprises-2025', '1600', '2025-10-22', 'rep', 'behind'],
    // converted into the target's unit
    ['compute-2025', '1.5', '2025-12-31', 'rep', 'met'],
    ['hub-2027', '', '', '', 'not-yet-due'],
  ]);
  // the reference date moves the standing: on 2023-06-01 both observations are still in the future
  const early = parseCsv(run(['export', dir, '--today', '2023-06-01']).out).slice(1).map(pick);
  assert.deepEqual(early[0], ['enterprises-2025', '', '', '', 'not-yet-due']);
  const json = JSON.parse(run(['export', dir, '--format', 'json', '--today', '2026-11-27']).out) as Array<Record<string, unknown>>;
  assert.equal(json[0].latest_amount, 1600);
  assert.equal(json[2].latest_amount, null);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a bad export format is a usage error', () => {
  const r = run(['export', 'samples', '--format', 'xlsx']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown format xlsx; use csv or json/);
});
