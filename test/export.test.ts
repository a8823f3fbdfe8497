/** policy-plans export: one row per target, CSV or JSON, from the sample dataset. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../server/src/cli/main';
import { csvCell } from '../server/src/core/exportRows';

const ROOT = path.resolve(__dirname, '..');

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, {
    cwd: ROOT,
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY: false,
    today: '2026-11-27',
    env: {},
  });
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
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

test('CSV: a header and one row per target, numbers as written, outcomes without comparator', () => {
  const r = run(['export', 'samples']);
  assert.equal(r.code, 0, r.err);
  const [header, ...rows] = parseCsv(r.out);
  assert.deepEqual(header.slice(0, 8), [
    'plan',
    'jurisdiction',
    'region',
    'target',
    'metric',
    'kind',
    'comparator',
    'amount',
  ]);
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
  const pick = (r: string[]) =>
    ['target', 'latest_amount', 'latest_at', 'latest_source', 'standing'].map((c) => r[header.indexOf(c)]);
  assert.deepEqual(rows.map(pick), [
    ['enterprises-2025', '1600', '2025-10-22', 'rep', 'behind'],
    // converted into the target's unit
    ['compute-2025', '1.5', '2025-12-31', 'rep', 'met'],
    ['hub-2027', '', '', '', 'not-yet-due'],
  ]);
  // the reference date moves the standing: on 2023-06-01 both observations are still in the future
  const early = parseCsv(run(['export', dir, '--today', '2023-06-01']).out)
    .slice(1)
    .map(pick);
  assert.deepEqual(early[0], ['enterprises-2025', '', '', '', 'not-yet-due']);
  const json = JSON.parse(run(['export', dir, '--format', 'json', '--today', '2026-11-27']).out) as Array<
    Record<string, unknown>
  >;
  assert.equal(json[0].latest_amount, 1600);
  assert.equal(json[2].latest_amount, null);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a bad export format is a usage error', () => {
  const r = run(['export', 'samples', '--format', 'xlsx']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown format xlsx; use csv or json/);
});

test('--rows measures|all: measures as rows of their own, with their funding', () => {
  const all = parseCsv(run(['export', 'samples', '--rows', 'all']).out);
  const targets = parseCsv(run(['export', 'samples']).out);
  const measures = parseCsv(run(['export', 'samples', '--rows', 'measures']).out);
  const header = all[0];
  const col = (name: string) => header.indexOf(name);
  assert.equal(all.length - 1, targets.length - 1 + measures.length - 1);
  assert.ok(measures.slice(1).every((r) => r[col('row')] === 'measure'));
  assert.ok(targets.slice(1).every((r) => r[col('row')] === 'target'));
  const fund = measures.find((r) => r[col('plan')] === 'cn-sz-ai-pioneer-2024' && r[col('target')] === 'fund-group');
  assert.ok(fund, 'the Shenzhen fund group is exported');
  assert.equal(fund[col('kind')], 'funding');
  assert.equal(fund[col('amount')], '100000000000');
  assert.equal(fund[col('currency_or_unit')], 'CNY');
  const bad = run(['export', 'samples', '--rows', 'everything']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown --rows everything; use targets, measures or all/);
});

test('plan columns and the region parent chain (a dataset region through its registry parent)', () => {
  const [header, ...rows] = parseCsv(run(['export', 'samples']).out);
  const col = (name: string) => header.indexOf(name);
  const gd = rows.find((x) => x[col('plan')] === 'cn-gd-general-ai-2023');
  assert.ok(gd);
  assert.equal(gd[col('document_number')], '粤府〔2023〕90号');
  assert.equal(gd[col('plan_status')], 'ended');
  assert.equal(gd[col('plan_published')], '2023-11-13');
  assert.equal(gd[col('period_start')], '2023-01-01');
  assert.equal(gd[col('period_end')], '2025-12-31');
  assert.equal(gd[col('region_parents')], 'CN');
  assert.ok(gd[col('plan_title')].length > 0);
  const sz = rows.find((x) => x[col('plan')] === 'cn-sz-ai-pioneer-2024');
  assert.equal(sz?.[col('region_parents')], 'CN-GD CN');
});

test('--bom starts the CSV with a byte-order mark; without it, none', () => {
  assert.equal(run(['export', 'samples', '--bom']).out.charCodeAt(0), 0xfeff);
  assert.notEqual(run(['export', 'samples']).out.charCodeAt(0), 0xfeff);
});

test('CSV injection: cells that begin with = + - @ tab or CR are neutralised (OWASP); exported numbers stay numbers', () => {
  assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  assert.equal(csvCell('+1 idea'), "'+1 idea");
  assert.equal(csvCell('-cmd'), "'-cmd");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\tx'), "'\tx");
  assert.equal(csvCell('\rx'), `"'\rx"`);
  assert.equal(csvCell('-2000', { number: true }), '-2000');
  assert.equal(csvCell('-2000'), "'-2000", 'text that looks like a number is still neutralised outside number columns');
  assert.equal(csvCell('Core AI industry'), 'Core AI industry');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-export-'));
  fs.writeFileSync(
    path.join(dir, 'x.plan.yaml'),
    'id: x\ntitle: "=cmd|\' /C calc\'!A0"\njurisdiction: CN\nperiod: { start: 2026, end: 2030 }\ntargets:\n  - { id: t, metric: "@risk", money: { amount: -5, currency: CNY }, deadline: 2030 }\nsources: [{ id: s, title: S }]\n',
  );
  const [header, row] = parseCsv(run(['export', dir]).out);
  assert.equal(row[header.indexOf('plan_title')], "'=cmd|' /C calc'!A0");
  assert.equal(row[header.indexOf('metric')], "'@risk");
  assert.equal(row[header.indexOf('amount')], '-5');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('exact decimal digits: 1e21 in full, integers above 2^53 as written, never rounded; non-finite amounts empty (issue 11 item 11)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-export-digits-'));
  try {
    const target = (id: string, money: string, extra = '') =>
      `  - { id: ${id}, metric: M, money: { amount: ${money} }, deadline: 2030, sources: [src]${extra} }\n`;
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
    for (const id of ['inf', 'nan', 'huge', 'quoted-huge', 'quoted-tiny'])
      assert.equal(amount(id), '', `${id}: empty, not Infinity or 0`);
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
