/** policy-plans export: one row per target, CSV or JSON, from the sample dataset. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../server/src/cli/main';
import { clearConfigCache } from '../server/src/node/workspace';

const ROOT = path.resolve(__dirname, '..');

function run(argv: string[]): { code: number; out: string; err: string } {
  clearConfigCache();
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

test('a bad export format is a usage error', () => {
  const r = run(['export', 'samples', '--format', 'xlsx']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown format xlsx; use csv or json/);
});

test('exact decimal digits: 1e21 in full, integers above 2^53 as written, never rounded; non-finite amounts empty (issue 11 item 11)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-export-digits-'));
  try {
    const target = (id: string, money: string, extra = '') => `  - { id: ${id}, metric: M, money: { amount: ${money} }, deadline: 2030, sources: [src]${extra} }\n`;
    fs.writeFileSync(
      path.join(dir, 'digits.plan.yaml'),
      'id: digits-2026\ntitle: Digits\njurisdiction: CN-GD\nperiod: { start: 2026, end: 2030 }\ncurrency: CNY\ntargets:\n' +
        target('big', '1e21', ', baseline: { at: 2025, money: { amount: 12345678901234567891 } }') +
        target('quoted-exp', '"2.5e22"') +
        target('small', '1.5e-3') +
        target('plain', '300000000000.0') +
        target('decimal', '"1250.50"') +
        target('inf', '.inf') +
        target('nan', '.nan') +
        target('huge', '1e400') +
        target('quoted-huge', '"1e400"') +
        target('quoted-tiny', '"1e-400"') +
        'sources: [{ id: src, title: A source }]\n',
    );
    const csv = parseCsv(run(['export', dir]).out);
    const col = (name: string) => csv[0].indexOf(name);
    const by = Object.fromEntries(csv.slice(1).map((r) => [r[col('target')], r]));
    const amount = (id: string) => by[id][col('amount')];
    assert.equal(amount('big'), '1000000000000000000000');
    assert.equal(by.big[col('baseline_amount')], '12345678901234567891');
    assert.equal(amount('quoted-exp'), '25000000000000000000000');
    assert.equal(amount('small'), '0.0015');
    assert.equal(amount('plain'), '300000000000');
    assert.equal(amount('decimal'), '1250.50');
    for (const id of ['inf', 'nan', 'huge', 'quoted-huge', 'quoted-tiny']) assert.equal(amount(id), '', `${id}: empty, not Infinity or 0`);
    // JSON: number tokens with the same digits (no 1e+21, no rounding through a double)
    const json = run(['export', dir, '--format', 'json']).out;
    assert.match(json, /"amount": 1000000000000000000000,/);
    assert.match(json, /"baseline_amount": 12345678901234567891,/);
    assert.doesNotMatch(json, /Infinity|e\+/);
    const rows = JSON.parse(json) as Array<{ target: string; amount: number | null }>;
    assert.equal(rows.find((r) => r.target === 'quoted-huge')!.amount, null);
    assert.equal(rows.find((r) => r.target === 'small')!.amount, 0.0015);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
