/**
 * Cross-file rules over small fixture datasets (test/fixtures/dataset/*): region registries,
 * plan relations, dataset-wide ids and the dataset config, through the same engine as the CLI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runCheck } from '../server/src/cli/check';
import { parseDocument } from '../server/src/core/engine';
import { perPlan } from '../server/src/core/model';

const ROOT = path.resolve(__dirname, 'fixtures', 'dataset');

/** "file:line code" for every finding of a fixture dataset, sorted. */
function findings(folder: string, today = '2026-11-27'): string[] {
  const result = runCheck({ paths: [path.join(ROOT, folder)], cwd: path.join(ROOT, folder), today });
  return result.files
    .flatMap((f) =>
      f.findings.map(
        (d) =>
          `${path.basename(f.file)}:${f.lines.position(d.range.start).line + 1} ${d.code} ${d.severity}: ${d.message}`,
      ),
    )
    .sort();
}

function codes(list: string[]): string[] {
  return list.map((l) => l.split(' ').slice(0, 2).join(' '));
}

test('a consistent dataset with regions, supersession and implementation is clean', () => {
  assert.deepEqual(findings('clean'), []);
});

test('cross-plan rules: duplicate plan ids, unknown plan, superseded still in force, relation order', () => {
  const got = findings('cross');
  assert.deepEqual(codes(got), [
    'a.plan.yaml:1 id/duplicate',
    'a.plan.yaml:5 status/period-ended',
    'a.plan.yaml:7 relation/inconsistent',
    'a.plan.yaml:8 ref/unknown-plan',
    'b.plan.yaml:5 plan/superseded-in-force',
    'c.plan.yaml:1 id/duplicate',
  ]);
  assert.ok(
    got.some((l) => l.includes('plan id plan-a is also used by c.plan.yaml')),
    got.join('\n'),
  );
  assert.ok(
    got.some((l) => l.includes('unknown plan plan-x; did you mean plan-a, plan-b?')),
    got.join('\n'),
  );
  assert.ok(
    got.some((l) => l.includes('supersedes plan-b, whose period starts later (2022-01-01)')),
    got.join('\n'),
  );
});

test('region registry checks: bad codes, cycles, duplicates (in a file, across files, against ISO), unknown parents', () => {
  const got = findings('registry');
  assert.deepEqual(codes(got), [
    'a.regions.yaml:2 region/bad-code',
    'a.regions.yaml:3 region/cycle',
    'a.regions.yaml:4 region/cycle',
    'a.regions.yaml:5 region/cycle',
    'a.regions.yaml:6 region/cycle',
    'a.regions.yaml:8 id/duplicate',
    'a.regions.yaml:8 region/unknown',
    'a.regions.yaml:9 id/duplicate',
    'b.regions.yaml:3 id/duplicate',
    'uses.plan.yaml:6 region/outside-jurisdiction',
    'uses.plan.yaml:6 region/unknown',
  ]);
  assert.ok(
    got.some((l) => l.includes('clashes with the ISO code CN-GD')),
    got.join('\n'),
  );
  assert.ok(
    got.some((l) => l.includes('region up-a is its own ancestor: up-a → parent up-b → parent up-a')),
    got.join('\n'),
  );
  assert.ok(
    got.some((l) => l.includes('region gba includes itself: gba → includes loop → includes gba')),
    got.join('\n'),
  );
  // a region whose parent is a group that does not list it is not a cycle
  assert.ok(!got.some((l) => l.includes('sz-district')), got.join('\n'));
  assert.ok(
    got.some((l) => l.includes('region id gba is also defined in a.regions.yaml')),
    got.join('\n'),
  );
  assert.ok(
    got.some((l) => l.includes('unknown region hangzhuo; did you mean hangzhou (Hangzhou)?')),
    got.join('\n'),
  );
  // hangzhou (parent CN-ZJ) is inside the jurisdiction; shenzhen (parent CN-GD) is not
  assert.ok(
    got.some((l) => l.includes('shenzhen (Shenzhen) is outside the plan')),
    got.join('\n'),
  );
});

test('the dataset config sets the reference date, rule severities, extra units and FX overrides', () => {
  const got = findings('config');
  // source/missing is off, unit/unknown raised to error, incubators is a unit, CNY 2023 = 5.0 makes 500e9/100e9 plausible,
  // and with the config's reference date 2020-06-01 no 2025 deadline has passed
  assert.deepEqual(codes(got), ['p.plan.yaml:14 unit/unknown']);
  assert.ok(got[0].includes('error: unknown unit robotz'), got[0]);
});

test('without a dataset config, the folder a file sits in is its dataset', () => {
  const file = path.join(ROOT, 'noconfig', 'a.plan.yaml');
  const result = runCheck({ paths: [file], cwd: ROOT, today: '2026-11-27' });
  assert.equal(result.files.length, 1);
  // lone-b is defined by the sibling file, so the relation is known
  assert.deepEqual(
    result.files[0].findings.map((f) => f.code),
    [],
  );
});

test('exclude skips a folder in a dataset walk, but a folder named explicitly is still checked', () => {
  assert.deepEqual(findings('excluded'), []);
  const result = runCheck({ paths: [path.join(ROOT, 'excluded', 'drafts')], cwd: ROOT, today: '2026-11-27' });
  assert.deepEqual(
    result.files.flatMap((f) => f.findings.map((d) => d.code)),
    ['region/unknown'],
  );
});

test('rule severities accept exact codes and families (schema/*), the exact code winning', async () => {
  const { applySeverities } = await import('../server/src/core/engine');
  const f = (code: string) => ({ code, severity: 'error' as const, message: code, range: { start: 0, end: 0 } });
  const out = applySeverities(
    [f('schema/type'), f('schema/additionalProperties'), f('region/unknown'), f('yaml/DUPLICATE_KEY')],
    {
      'schema/*': 'warning',
      'schema/additionalProperties': 'off',
      'yaml/DUPLICATE_KEY': 'hint',
    },
  );
  assert.deepEqual(
    out.map((x) => `${x.code}:${x.severity}`),
    ['schema/type:warning', 'region/unknown:error', 'yaml/DUPLICATE_KEY:hint'],
  );
});

test('a nested dataset (a folder with its own config) shares nothing with the outer one', () => {
  // both datasets have a plan with id same-id; each resolves its own relations
  assert.deepEqual(findings('nested'), []);
});

test('a per-plan reading is computed once per model and kept on the model, not in a table of its own', () => {
  let calls = 0;
  const count = perPlan((plan) => {
    calls++;
    return plan.targets.length;
  });
  const text = 'id: p\ntargets:\n  - { id: a }\n  - { id: b }\n';
  const a = parseDocument(text, 'plan').plan;
  assert.equal(count(a), 2);
  assert.equal(count(a), 2);
  assert.equal(calls, 1, 'once per model');
  assert.deepEqual([...a.derived.values()], [2], 'kept on the model');
  const b = parseDocument(text, 'plan').plan;
  assert.equal(count(b), 2);
  assert.equal(calls, 2, 'a new model, read again');
});

test("a file's summary keeps none of its text alive once the text is let go", () => {
  // twenty plans of 5 MB (a long comment) whose summaries are kept: held whole, their texts would stay (~100 MB)
  const core = (m: string) => JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'core', m));
  const script = `
    const { parseDocument } = require(${core('engine')});
    const { factsOf } = require(${core('workspace/facts')});
    const { StringPool } = require(${core('strings')});
    const pool = new StringPool();
    const kept = [];
    for (let i = 0; i < 20; i++) {
      const text = 'id: plan-with-a-long-id-' + i + '\\ntitle: A title longer than thirteen characters ' + i +
        '\\n# ' + 'x'.repeat(5e6) + '\\n';
      kept.push(factsOf(parseDocument(text, 'plan'), '/d/p' + i + '.plan.yaml', pool));
    }
    global.gc();
    process.stdout.write(JSON.stringify({ mb: process.memoryUsage().heapUsed / 1e6, title: kept[3].plan.title }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { mb: number; title: string };
  assert.equal(out.title, 'A title longer than thirteen characters 3');
  assert.ok(out.mb < 60, `${out.mb.toFixed(0)} MB of heap after the texts went (held, they are ~100 MB)`);
});
