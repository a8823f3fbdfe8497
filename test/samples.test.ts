/**
 * The sample dataset, checked through the CLI as CI would: every `samples/*.plan.yaml` is clean (no
 * error, no warning; `deadline/passed` is information), and every `samples/broken/*.yaml` fires
 * exactly the rule named on its first line (`# expect: <rule-id>`), once.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { runCheck, type FileResult } from '../server/src/cli/check';
import { main } from '../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..');
const SAMPLES = path.join(ROOT, 'samples');
const BROKEN = path.join(SAMPLES, 'broken');
const TODAY = '2026-11-27';

/** Information findings that a broken sample may be about (the others are ignored). */
const INFORMATION_RULES = new Set([
  'deadline/passed',
  'unit/unknown',
  'quote/comparator-mismatch',
  'rollup/exceeds-parent',
  'source/homepage-url',
]);

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

function check(paths: string[]): FileResult[] {
  return runCheck({ paths, cwd: ROOT, today: TODAY, todayOverride: TODAY }).files;
}

function runMain(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, {
    cwd: ROOT,
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY: false,
    today: TODAY,
    env: {},
  });
  return { code, out, err };
}

describe('samples/*.plan.yaml are clean', () => {
  const planFiles = fs.readdirSync(SAMPLES).filter((f) => /\.(plan|regions)\.ya?ml$/.test(f));
  const results = check(['samples']).filter((r) => path.dirname(r.file) === SAMPLES);

  test('the folder walk finds every plan and region file of samples/', () => {
    assert.ok(planFiles.length >= 5, `samples/ holds plans (${planFiles.length})`);
    // the walk also checks the dataset config itself
    assert.deepEqual(
      results.map((r) => path.basename(r.file)).sort(),
      [...planFiles, 'policy-plans.config.yaml'].sort(),
    );
    const config = results.find((r) => path.basename(r.file) === 'policy-plans.config.yaml');
    assert.deepEqual(config?.findings, [], 'the samples config is valid');
  });

  for (const name of planFiles) {
    test(`${name}: no error or warning`, (t) => {
      const r = results.find((x) => path.basename(x.file) === name);
      assert.ok(r, `${name} was checked`);
      const loud = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      const at = (f: (typeof loud)[number]) => {
        const p = r.lines.position(f.range.start);
        return `samples/${name}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}`;
      };
      for (const f of r.findings.filter((x) => !loud.includes(x))) t.diagnostic(at(f));
      assert.deepEqual(loud.map(at), []);
    });
  }

  test('`check samples --today 2026-11-27` exits 0 with no errors or warnings', () => {
    const { code, out, err } = runMain(['check', 'samples', '--today', TODAY]);
    assert.equal(err, '');
    assert.match(out, /files? checked: 0 errors, 0 warnings/);
    assert.equal(
      code,
      0,
      out
        .split('\n')
        .filter((l) => / (error|warning) /.test(l))
        .join('\n'),
    );
  });
});

describe('the samples record their evidence', () => {
  type Item = { id: string; status?: string; revises?: string; progress?: Array<{ source?: string; quote?: string }> };
  type Plan = {
    id: string;
    targets?: Item[];
    measures?: Item[];
    sources: Array<{ id: string; url?: string; published?: string; accessed?: string }>;
  };
  const plans: Plan[] = fs
    .readdirSync(SAMPLES)
    .filter((f) => /\.plan\.ya?ml$/.test(f))
    .map((f) => parse(fs.readFileSync(path.join(SAMPLES, f), 'utf8')) as Plan);
  const items = (p: Plan) => [...(p.targets ?? []), ...(p.measures ?? [])];

  test('every revises link names an item of another sample plan, and that item is marked revised', () => {
    const links = plans.flatMap((p) =>
      items(p)
        .filter((i) => i.revises)
        .map((i) => ({ from: `${p.id}#${i.id}`, to: i.revises! })),
    );
    assert.ok(links.length >= 5, `the AI Act, CHIPS and Guangdong revisions are linked (${links.length})`);
    for (const { from, to } of links) {
      const [planId, itemId] = to.split('#');
      const target = plans.find((p) => p.id === planId);
      assert.ok(target && !from.startsWith(`${planId}#`), `${from} → ${to}: another sample plan`);
      const item = items(target).find((i) => i.id === itemId);
      assert.equal(item?.status, 'revised', `${from} → ${to}: the revised item is marked revised`);
    }
  });

  test('every progress observation cites a source of its plan that has a URL and an access date, and quotes it', () => {
    let count = 0;
    for (const p of plans) {
      for (const t of p.targets ?? []) {
        for (const o of t.progress ?? []) {
          count++;
          const src = p.sources.find((s) => s.id === o.source);
          assert.ok(src?.url && src.accessed, `${p.id}#${t.id}: source ${o.source} with url and accessed`);
          assert.ok(o.quote, `${p.id}#${t.id}: observation from ${o.source} quotes it`);
        }
      }
    }
    assert.ok(count >= 10, `observations recorded (${count})`);
  });
});

describe('samples/broken/*.yaml fire exactly their rule', () => {
  const files = fs
    .readdirSync(BROKEN)
    .filter((f) => /\.ya?ml$/.test(f) && !/^policy-plans\.config\.ya?ml$/.test(f))
    .sort();
  // checked as one folder (the folder is a dataset of its own, with its own config)
  const results = check(['samples/broken']);

  test('every broken sample names its rule on line 1 and is checked', () => {
    assert.ok(files.length >= 20, `one file per rule (${files.length})`);
    for (const f of files) assert.match(fs.readFileSync(path.join(BROKEN, f), 'utf8'), /^# expect: \S+\r?\n/, f);
    assert.deepEqual(
      results
        .map((r) => path.basename(r.file))
        .filter((f) => f !== 'policy-plans.config.yaml')
        .sort(),
      files,
    );
  });

  for (const name of files) {
    const text = fs.readFileSync(path.join(BROKEN, name), 'utf8');
    const expected = /^# expect: (\S+)/.exec(text)?.[1] ?? '(no "# expect:" line)';
    test(`${name}: exactly one ${expected}`, (t) => {
      const r = results.find((x) => path.basename(x.file) === name);
      assert.ok(r, `${name} was checked`);
      const counted = r.findings.filter(
        (f) =>
          f.severity === 'error' ||
          f.severity === 'warning' ||
          (f.severity === 'information' && INFORMATION_RULES.has(f.code)),
      );
      const shown = counted.map((f) => {
        const p = r.lines.position(f.range.start);
        return `${rel(r.file)}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}`;
      });
      for (const s of shown) t.diagnostic(s);
      assert.deepEqual(
        counted.map((f) => f.code),
        [expected],
        `expected exactly one ${expected}, found:\n${shown.join('\n') || '(nothing)'}`,
      );
    });
  }

  test('each broken sample gives the same findings checked alone as in its folder', () => {
    for (const r of results) {
      const [alone] = check([rel(r.file)]);
      assert.deepEqual(
        alone.findings.map((f) => [f.code, f.range]),
        r.findings.map((f) => [f.code, f.range]),
        rel(r.file),
      );
    }
  });
});
