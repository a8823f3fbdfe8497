/**
 * Reliability of the `policy-plans` command line on hostile and unlucky input (issue 11): each case runs the
 * command line in process (`main`, what dist/cli.js calls, with the output captured) on a temporary dataset,
 * so a crash fails the case. The built binary itself is tested in cli.test.ts ("the built binary dist/cli.js").
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { main } from '../server/src/cli/main';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary folder with these files (objects are written as JSON). */
function folder(files: Record<string, string | object>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-cli-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

interface Diagnostic {
  file: string;
  code: string;
  message: string;
  severity: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Runs the command line in `cwd` (English, no colour, today 2026-11-27 unless --today says); the json report parsed when there is one. */
function cli(
  cwd: string,
  args: string[],
): {
  status: number;
  stdout: string;
  stderr: string;
  report?: { files: number; diagnostics: Diagnostic[] };
} {
  let stdout = '';
  let stderr = '';
  const status = main(args, {
    cwd,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    today: '2026-11-27',
    env: { NO_COLOR: '1', LC_ALL: 'C.UTF-8' }, // English, whatever the developer's locale
  });
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = undefined;
  }
  return { status, stdout, stderr, report };
}

describe('custom-schema patterns are bounded (item 1)', () => {
  test('polynomial patterns on long values finish, and the value that does not match is reported', () => {
    const dir = folder({
      'policy-plans.config.yaml': 'reference-date: 2026-11-27\nschemas:\n  - { schema: ./s.json, files: ["*.yaml"] }\n',
      's.json': {
        properties: {
          slug: { type: 'string', pattern: '^[a-z0-9]+[a-z0-9-]*[a-z0-9]+$' },
          code: { type: 'string', pattern: '^a*a*a*a*b$' },
          ok: { type: 'string', pattern: '^a*a*a*a*b$' },
        },
      },
      'long.yaml': `slug: ${'a'.repeat(10_000)}-\ncode: ${'a'.repeat(3000)}\nok: ${'a'.repeat(3000)}b\n`,
    });
    const r = cli(dir, ['check', 'long.yaml', '--format', 'json']);
    assert.ok(r.report, `the check finished and printed its report: ${r.stderr}`);
    assert.equal(r.status, 1, r.stderr);
    const d = r.report!.diagnostics;
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line]),
      [
        ['schema/pattern', 0],
        ['schema/pattern', 1],
      ],
      JSON.stringify(d.map((x) => x.message)),
    );
  });

  test('a pattern the linear engine cannot take (a look-ahead) runs under the time limit, and schema/unsafe-pattern names it when stopped', () => {
    const dir = folder({
      'policy-plans.config.yaml': 'reference-date: 2026-11-27\nschemas:\n  - { schema: ./s.json, files: ["*.yaml"] }\n',
      's.json': { properties: { code: { type: 'string', pattern: '^(?=a)a*a*a*a*a*a*b$' } } },
      'long.yaml': `code: ${'a'.repeat(3000)}\n`,
    });
    const r = cli(dir, ['check', 'long.yaml', '--format', 'json']);
    assert.ok(r.report, `the check finished and printed its report: ${r.stderr}`);
    const d = r.report!.diagnostics;
    assert.deepEqual(
      d.map((x) => x.code),
      ['schema/unsafe-pattern'],
    );
    assert.match(d[0].message, /\^\(\?=a\)a\*a\*a\*a\*a\*a\*b\$.*is not checked/);
  });
});

describe('many unknown keys (item 2)', () => {
  const plan = (n: number) => `id: x\ntitle: t\n${Array.from({ length: n }, (_, i) => `zz${i}: 1\n`).join('')}`;

  // that the cost grows linearly with the keys: test/slow/growth.test.ts (npm run test:slow)

  test('at most 1,000 findings per file, then one "and N more" with the worst severity of the rest', () => {
    const dir = folder({ 'k.plan.yaml': plan(1500) });
    const r = cli(dir, ['check', 'k.plan.yaml', '--format', 'json']);
    assert.equal(r.status, 1);
    const d = r.report!.diagnostics;
    assert.equal(d.length, 1001);
    assert.ok(
      d.slice(0, 1000).every((x) => x.code === 'schema/additionalProperties' || x.code === 'schema/required'),
      'the first 1,000 as they were',
    );
    assert.ok(d.slice(0, 1000).filter((x) => x.code === 'schema/additionalProperties').length > 990);
    const last = d[1000];
    assert.equal(last.code, 'document/too-many-findings');
    assert.equal(last.severity, 'error');
    assert.match(
      last.message,
      /^and 5\d\d more findings \(5\d\d of them errors\); only the first 1,000 of a file are listed$/,
    );
    assert.ok(last.range.start.line >= d[999].range.start.line, 'placed where the first left-out finding was');
    // a file under the cap is untouched
    const few = cli(folder({ 'k.plan.yaml': plan(10) }), ['check', 'k.plan.yaml', '--format', 'json']);
    assert.ok(!few.report!.diagnostics.some((x) => x.code === 'document/too-many-findings'));
  });
});

describe('a remote $ref with a fragment (item 12)', () => {
  test('warns schema/remote-ref and keeps the rest of the custom schema: its required still enforced', () => {
    const remote = 'https://example.org/schemas/base.json';
    const dir = folder({
      'policy-plans.config.yaml': 'reference-date: 2026-11-27\nschemas:\n  - { schema: ./s.json, files: ["*.yaml"] }\n',
      's.json': {
        $schema: 'http://json-schema.org/draft-07/schema#',
        required: ['name'],
        properties: {
          a: { $ref: `${remote}#/definitions/string` },
          b: { $ref: `${remote}#/definitions/int` },
          c: { $ref: `${remote}#anchor` },
          n: { type: 'integer' },
        },
      },
      'doc.yaml': 'a: 1\nb: x\nc: 2\nn: not a number\n',
    });
    const r = cli(dir, ['check', 'doc.yaml', '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const d = r.report!.diagnostics;
    assert.deepEqual(d.map((x) => x.code).sort(), [
      'schema/remote-ref',
      'schema/remote-ref',
      'schema/remote-ref',
      'schema/required',
      'schema/type',
    ]);
    assert.ok(!d.some((x) => x.code === 'schema/invalid-schema'));
    assert.match(d.find((x) => x.code === 'schema/required')!.message, /"name"/);
    assert.equal(d.find((x) => x.code === 'schema/type')!.range.start.line, 3, 'the local part still checks');
  });
});

describe('minor defects (item 14)', () => {
  const PLAN =
    'id: p-2026\ntitle: P\njurisdiction: CN-GD\nperiod: { start: 2020, end: 2030 }\ncurrency: CNY\ntargets:\n  - { id: t, metric: M, money: { amount: 5 }, deadline: 2021, sources: [s] }\nsources: [{ id: s, title: S }]\n';

  test('SARIF artifactLocation.uri is percent-encoded', () => {
    const dir = folder({ 'my plans/a#1 100%.plan.yaml': PLAN });
    const r = cli(dir, ['check', '.', '--format', 'sarif', '--today', '2026-11-27']);
    const sarif = JSON.parse(r.stdout) as {
      runs: Array<{
        results: Array<{
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }>;
        }>;
      }>;
    };
    const uris = new Set(sarif.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['my%20plans/a%231%20100%25.plan.yaml']);
    assert.equal(decodeURIComponent([...uris][0]), 'my plans/a#1 100%.plan.yaml');
  });

  test('schema/unreadable names the file and the reason, never its content', () => {
    const dir = folder({
      'secret.json': 'root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n',
      'doc.yaml': '# $schema: ./secret.json\na: 1\n',
      'half.json': '{ "type": "object", "properties": {',
      'doc2.yaml': '# $schema: ./half.json\na: 1\n',
    });
    for (const [file, schema] of [
      ['doc.yaml', 'secret.json'],
      ['doc2.yaml', 'half.json'],
    ]) {
      const r = cli(dir, ['check', file, '--format', 'json']);
      const d = r.report!.diagnostics;
      assert.deepEqual(
        d.map((x) => x.code),
        ['schema/unreadable'],
      );
      assert.match(d[0].message, new RegExp(`${schema.replace('.', '\\.')} is not JSON`));
      assert.doesNotMatch(d[0].message, /root|salt|hash|"type"|properties/, d[0].message);
    }
  });

  test('an impossible reference-date in the config is a finding on the config, and the checks use today', () => {
    const findings = (config: string | null) => {
      const dir = folder({ 'a.plan.yaml': PLAN, ...(config === null ? {} : { 'policy-plans.config.yaml': config }) });
      return cli(dir, ['check', '.', '--format', 'json', '--today', '2026-11-27']).report!.diagnostics.map(
        (x) => `${x.file} ${x.code} ${x.message}`,
      );
    };
    const none = findings(null);
    assert.ok(none.some((x) => x.includes('deadline/passed')));
    for (const date of ['2025-13-45', '"0000-00-00"', '2025-02-29']) {
      const got = findings(`reference-date: ${date}\n`);
      assert.deepEqual(
        got.filter((x) => x.startsWith('a.plan.yaml')),
        none,
        date,
      );
      const onConfig = got.filter((x) => x.startsWith('policy-plans.config.yaml'));
      assert.equal(onConfig.length, 1, date);
      assert.match(onConfig[0], /schema\/format reference-date: ".*" is not a valid date \(YYYY-MM-DD\)/);
    }
  });
});
