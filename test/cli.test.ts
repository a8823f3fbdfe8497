/**
 * The `policy-plans check` command: its three formats on a small fixture dataset, compared with golden
 * files (regenerate with `UPDATE_GOLDEN=1 node --import tsx --test test/cli.test.ts`), its exit codes,
 * the json and SARIF shapes, colour only on a terminal, and the built binary dist/cli.js.
 *
 * Paths in the output are relative to the repository root (the cwd given to main), so the goldens
 * are the same on every machine.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { golden as goldenFile, runCli } from './helpers/cli';
import { rules } from '../server/src/core/rules';
import { sourceOf } from '../server/src/node/codeCache';
import { displayWidth } from '../server/src/cli/format';
import { displayPath } from '../server/src/cli/check';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = 'test/fixtures/core/cli';
const GOLDEN = path.join(ROOT, 'test/golden');
const TODAY = '2026-11-27';

const run = (argv: string[], io: { isTTY?: boolean; env?: Record<string, string> } = {}) => runCli(argv, io);
const golden = (name: string, actual: string) =>
  goldenFile(name, actual, 'UPDATE_GOLDEN=1 node --import tsx --test test/cli.test.ts regenerates it');

interface Sarif {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }>;
      };
    };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }>;
    }>;
  }>;
}

/**
 * The SARIF golden keeps only the rules that the results use (and no ruleIndex): the full list names
 * every rule of the catalogue and would change whenever a rule is added. The full list and the
 * indexes are checked separately below.
 */
function stableSarif(text: string): string {
  const s = JSON.parse(text) as Sarif;
  for (const r of s.runs) {
    const used = new Set(r.results.map((x) => x.ruleId));
    r.tool.driver.rules = r.tool.driver.rules.filter((x) => used.has(x.id));
    for (const x of r.results) delete (x as Partial<typeof x>).ruleIndex;
  }
  return `${JSON.stringify(s, null, 2)}\n`;
}

const check = (format: string) => run(['check', FIXTURES, '--today', TODAY, '--format', format]);

describe('formats against golden files', () => {
  test('text', () => {
    const r = check('text');
    assert.equal(r.code, 1);
    assert.equal(r.err, '');
    golden('cli-check.txt', r.out);
  });

  test('json', () => {
    const r = check('json');
    assert.equal(r.code, 1);
    golden('cli-check.json', r.out);
  });

  test('sarif', () => {
    const r = check('sarif');
    assert.equal(r.code, 1);
    golden('cli-check.sarif.json', stableSarif(r.out));
  });

  test('the goldens hold no machine-specific path', () => {
    for (const f of ['cli-check.txt', 'cli-check.json', 'cli-check.sarif.json']) {
      const text = fs.readFileSync(path.join(GOLDEN, f), 'utf8');
      assert.ok(!text.includes(ROOT), `${f} holds the absolute path ${ROOT}`);
      assert.ok(text.includes(`${FIXTURES}/broken.plan.yaml`), `${f} names the file relative to the root`);
    }
  });
});

describe('exit codes', () => {
  test('0: no errors', () => {
    const r = run(['check', `${FIXTURES}/clean.plan.yaml`, '--today', TODAY]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^1 file checked: 0 errors, 0 warnings\n$/);
  });

  test('1: errors found', () => {
    assert.equal(run(['check', FIXTURES, '--today', TODAY]).code, 1);
    assert.equal(run(['check', `${FIXTURES}/broken.plan.yaml`]).code, 1);
  });

  test('2: an unknown option, an unreadable path, a bad --today, a bad format', () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', FIXTURES, '--frobnicate'], /unknown option --frobnicate/],
      [['check', `${FIXTURES}/no-such.plan.yaml`], /cannot read .*no-such\.plan\.yaml/],
      [['check', FIXTURES, '--today', '2026-02-30'], /--today 2026-02-30 is not a date/],
      [['check', FIXTURES, '--today', 'tomorrow'], /--today tomorrow is not a date/],
      [['check', FIXTURES, '--today'], /--today needs a value/],
      [['check', FIXTURES, '--format', 'xml'], /unknown format xml/],
      [['frobnicate'], /unknown command frobnicate/],
    ];
    for (const [argv, message] of cases) {
      const r = run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, message, argv.join(' '));
      assert.equal(r.out, '', `${argv.join(' ')}: nothing on stdout`);
    }
  });

  test('warnings and information alone exit 0', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'test/fixtures/core/.tmp-'));
    try {
      fs.copyFileSync(
        path.join(ROOT, FIXTURES, 'policy-plans.config.yaml'),
        path.join(dir, 'policy-plans.config.yaml'),
      );
      const plan = fs.readFileSync(path.join(ROOT, FIXTURES, 'broken.plan.yaml'), 'utf8').replace('CN-XX', 'CN-GD');
      fs.writeFileSync(path.join(dir, 'warnings.plan.yaml'), plan);
      const r = run(['check', path.relative(ROOT, dir)]);
      // the plan and the dataset config are both checked
      assert.match(r.out, /2 files checked: 0 errors, 1 warning, 1 info/);
      assert.equal(r.code, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('json', () => {
  test('{ files, diagnostics: [{ file, range: { start: { line, character }, end }, severity, code, message }] }', () => {
    const j = JSON.parse(check('json').out) as { files: number; diagnostics: Array<Record<string, unknown>> };
    assert.deepEqual(Object.keys(j).sort(), ['diagnostics', 'files']);
    assert.equal(j.files, 3); // two plans and the dataset config
    assert.ok(j.diagnostics.length >= 3);
    for (const d of j.diagnostics) {
      assert.deepEqual(Object.keys(d).sort(), ['code', 'file', 'message', 'range', 'severity']);
      const r = d.range as { start: { line: number; character: number }; end: { line: number; character: number } };
      assert.deepEqual(Object.keys(r).sort(), ['end', 'start']);
      for (const p of [r.start, r.end]) {
        assert.deepEqual(Object.keys(p).sort(), ['character', 'line']);
        assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0);
      }
      assert.equal(d.file, `${FIXTURES}/broken.plan.yaml`);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity as string));
    }
  });

  test('positions are 0-based, with UTF-16 columns after Chinese text and an emoji', () => {
    const j = JSON.parse(check('json').out) as { diagnostics: Array<{ code: string; range: unknown }> };
    const text = fs.readFileSync(path.join(ROOT, FIXTURES, 'broken.plan.yaml'), 'utf8');
    const line = text.split('\n')[7];
    const col = line.indexOf('300_000_000_000');
    assert.equal(col, 57, 'the fixture line: 6 Chinese characters and one emoji (2 UTF-16 units) before the value');
    assert.deepEqual(j.diagnostics.find((d) => d.code === 'number/yaml11-style')?.range, {
      start: { line: 7, character: 57 },
      end: { line: 7, character: 72 },
    });
    assert.deepEqual(j.diagnostics.find((d) => d.code === 'region/unknown')?.range, {
      start: { line: 2, character: 14 },
      end: { line: 2, character: 19 },
    });
  });
});

describe('SARIF 2.1.0', () => {
  const sarif = () => JSON.parse(check('sarif').out) as Sarif;

  test('version, schema and the tool with every rule of the catalogue', () => {
    const s = sarif();
    assert.equal(s.version, '2.1.0');
    assert.match(s.$schema, /sarif-2\.1\.0/);
    assert.equal(s.runs.length, 1);
    const driver = s.runs[0].tool.driver;
    assert.equal(driver.name, 'policy-plans');
    const ids = driver.rules.map((r) => r.id);
    for (const r of rules) assert.ok(ids.includes(r.id), `driver.rules has ${r.id}`);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const r of driver.rules) assert.ok(r.shortDescription.text.length > 0, `${r.id} has a description`);
    assert.equal(driver.rules.find((r) => r.id === 'deadline/passed')?.defaultConfiguration.level, 'note');
  });

  test('results: ruleId, ruleIndex, level, message and a 1-based location', () => {
    const s = sarif();
    const { results } = s.runs[0];
    const { rules: driverRules } = s.runs[0].tool.driver;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level]),
      [
        ['region/unknown', 'error'],
        ['number/yaml11-style', 'warning'],
        ['deadline/passed', 'note'],
      ],
    );
    for (const r of results) {
      assert.equal(driverRules[r.ruleIndex]?.id, r.ruleId, 'ruleIndex points at the rule');
      assert.ok(r.message.text.length > 0);
      assert.equal(r.locations.length, 1);
      assert.equal(r.locations[0].physicalLocation.artifactLocation.uri, `${FIXTURES}/broken.plan.yaml`);
    }
    assert.deepEqual(results[0].locations[0].physicalLocation.region, {
      startLine: 3,
      startColumn: 15,
      endLine: 3,
      endColumn: 20,
    });
  });

  test('a schema finding gets a rule entry of its own', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'test/fixtures/core/.tmp-'));
    try {
      fs.writeFileSync(path.join(dir, 'x.plan.yaml'), 'id: x\n');
      const s = JSON.parse(
        run(['check', path.relative(ROOT, dir), '--format', 'sarif', '--today', TODAY]).out,
      ) as Sarif;
      const { results } = s.runs[0];
      assert.ok(results.length > 0 && results.every((r) => r.ruleId === 'schema/required'));
      for (const r of results) assert.equal(s.runs[0].tool.driver.rules[r.ruleIndex]?.id, 'schema/required');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('colour', () => {
  const ESC = '\u001b[';

  test('no ANSI colour when stdout is not a terminal', () => {
    assert.ok(!check('text').out.includes(ESC));
  });

  test('colour on a terminal, unless NO_COLOR or --no-color', () => {
    const argv = ['check', FIXTURES, '--today', TODAY];
    assert.ok(run(argv, { isTTY: true }).out.includes(ESC), 'coloured on a terminal');
    assert.ok(!run(argv, { isTTY: true, env: { NO_COLOR: '1' } }).out.includes(ESC), 'NO_COLOR');
    assert.ok(!run([...argv, '--no-color'], { isTTY: true }).out.includes(ESC), '--no-color');
  });

  test('json and SARIF never carry colour', () => {
    for (const format of ['json', 'sarif']) {
      const r = run(['check', FIXTURES, '--today', TODAY, '--format', format], { isTTY: true });
      assert.ok(!r.out.includes(ESC), format);
      JSON.parse(r.out);
    }
  });
});

describe('the built binary dist/cli.js', () => {
  const bin = path.join(ROOT, 'dist/cli.js');

  before(() => {
    if (!fs.existsSync(bin)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
  });

  const spawn = (args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LC_ALL: 'C.UTF-8' }, // English, whatever the developer's locale
    });

  test('exits 1 on the fixture folder and prints the same json as main()', () => {
    const r = spawn(['check', FIXTURES, '--today', TODAY, '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const j = JSON.parse(r.stdout) as { files: number; diagnostics: Array<{ code: string }> };
    assert.equal(j.files, 3); // two plans and the dataset config
    assert.deepEqual(
      j.diagnostics.map((d) => d.code),
      ['region/unknown', 'number/yaml11-style', 'deadline/passed'],
    );
  });

  test('exits 0 on a clean plan and 2 on an unknown option', () => {
    assert.equal(spawn(['check', `${FIXTURES}/clean.plan.yaml`, '--today', TODAY]).status, 0);
    const bad = spawn(['check', '--frobnicate']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown option --frobnicate/);
  });

  test('the Node bundles are ASCII, and the Chinese words of their regular expressions still read quotes', () => {
    for (const f of ['cli-main.js', 'server-main.js', 'extension.js']) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8');
      assert.equal(text.search(/[^\0-\x7f]/), -1, `${f} has a character outside ASCII`);
    }
    // 亿 (10^8) is read by a regular expression of quoteNumbers.ts, escaped in the bundle
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-ascii-'));
    try {
      const plan = fs.readFileSync(path.join(ROOT, FIXTURES, 'clean.plan.yaml'), 'utf8').replace('300e9', '200e9');
      fs.writeFileSync(path.join(dir, 'q.plan.yaml'), plan);
      const r = spawn(['check', path.join(dir, 'q.plan.yaml'), '--today', '2026-12-01', '--format', 'json']);
      const j = JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; message: string }> };
      assert.deepEqual(j.diagnostics, [
        {
          ...j.diagnostics[0],
          code: 'quote/amount-mismatch',
          message: 'target industry-2030: quote says 3000亿元 = 300,000,000,000 CNY; amount is 200,000,000,000',
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the CLI bundle reads the large JSON tables with JSON.parse, and a region of the ISO table is still known', () => {
    const text = fs.readFileSync(path.join(ROOT, 'dist', 'cli-main.js'), 'utf8');
    assert.match(text, /JSON\.parse\(`\{"source":\{"package":"iso-3166"/, 'the ISO table is one string');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-json-'));
    try {
      const plan = fs.readFileSync(path.join(ROOT, FIXTURES, 'clean.plan.yaml'), 'utf8');
      fs.writeFileSync(path.join(dir, 'r.plan.yaml'), plan.replace('jurisdiction: CN-GD', 'jurisdiction: CN-GDX'));
      const r = spawn(['check', path.join(dir, 'r.plan.yaml'), '--today', TODAY, '--format', 'json']);
      const j = JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; message: string }> };
      const unknown = j.diagnostics.find((d) => d.code === 'region/unknown');
      assert.match(unknown?.message ?? '', /CN-GDX.*CN-GD \(Guangdong\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('columns under a finding: wide characters and emoji take two, a pair of surrogates is one character', () => {
    const cases: Array<[string, number]> = [
      ['abc', 3],
      ['北京市', 6],
      ['3000亿元', 8],
      ['a😀b', 4],
      ['𠀀', 2],
      ['\ud800', 1],
      ['\udc00x', 2],
      ['\ud800\ud800', 2],
      ['ｱ', 1],
      ['Ａ', 2],
      ['ᄀ', 2],
      ['\t', 1],
      ['', 0],
    ];
    for (const [s, w] of cases) assert.equal(displayWidth(s), w, JSON.stringify(s));
  });

  test('files are named relative to the working folder when inside it, as path.relative names them', () => {
    const slow = (file: string, cwd: string) => {
      const rel = path.relative(cwd, file);
      return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
    };
    const cwds = ['/', '/work', '/work/', '/work/ds', '/work/./ds', '/work//ds', '/work/ds/..', 'work', '/wo'];
    const files = [
      '/work/ds/a.plan.yaml',
      '/work/ds/sub/b.plan.yaml',
      '/work/ds',
      '/work/ds/',
      '/work/dsx/a.plan.yaml',
      '/work/ds/../a.plan.yaml',
      '/work/ds/./a.plan.yaml',
      '/work/ds//a.plan.yaml',
      '/work/ds/..a.plan.yaml',
      '/work/ds/.hidden/a.yaml',
      '/work/ds/北京.plan.yaml',
      '/other/a.plan.yaml',
      '/a',
      '/',
      '/work/ds..',
      '/work/..x/a.plan.yaml',
      'relative/a.plan.yaml',
    ];
    let fast = 0;
    for (const cwd of cwds)
      for (const file of files) {
        assert.equal(displayPath(file, cwd), slow(file, cwd), `${file} from ${cwd}`);
        if (displayPath(file, cwd) !== file) fast++;
      }
    assert.ok(fast > 10, 'some files were inside their working folder');
  });

  test('the launchers read an ASCII bundle as Latin-1 and any other as UTF-8, to the same text', () => {
    for (const text of ['var a = "x";\n', 'var a = "\\u4ebf";\n', 'var a = "亿"; // é\n'])
      assert.equal(sourceOf(Buffer.from(text, 'utf8')), text);
  });

  test("the language server's launcher runs its bundle with the code cache the build wrote", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/server.js'), '--version'], {
      encoding: 'utf8',
      env: { ...process.env, POLICY_PLANS_CODE_CACHE: 'report' },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^code cache: accepted$/m);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  test('runs with the code cache the build wrote, and the same without it or with a broken one', () => {
    const run = (launcher: string) =>
      spawnSync(process.execPath, [launcher, 'check', FIXTURES, '--today', TODAY, '--format', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', LC_ALL: 'C.UTF-8', POLICY_PLANS_CODE_CACHE: 'report' },
      });
    const built = run(bin);
    assert.match(built.stderr, /^code cache: accepted$/m, 'the build wrote a cache this Node takes');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cache-'));
    try {
      for (const f of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, f));
      const missing = run(path.join(dir, 'cli.js'));
      assert.match(missing.stderr, /^code cache: missing$/m);
      fs.writeFileSync(path.join(dir, 'cli-main.cache'), 'not a code cache');
      const broken = run(path.join(dir, 'cli.js'));
      assert.match(broken.stderr, /^code cache: rejected$/m);
      for (const r of [missing, broken]) {
        assert.equal(r.status, built.status);
        assert.equal(r.stdout, built.stdout, 'the same report');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--output (issue 11 item 10)', () => {
  /** A copy of the fixture dataset in a temporary folder under the root, removed afterwards. */
  function dataset(fn: (rel: string, abs: string) => void): void {
    const abs = fs.mkdtempSync(path.join(ROOT, 'test/fixtures/core/.tmp-out-'));
    try {
      for (const f of fs.readdirSync(path.join(ROOT, FIXTURES)))
        fs.copyFileSync(path.join(ROOT, FIXTURES, f), path.join(abs, f));
      fn(path.relative(ROOT, abs), abs);
    } finally {
      fs.rmSync(abs, { recursive: true, force: true });
    }
  }
  const snapshot = (abs: string) =>
    Object.fromEntries(
      fs
        .readdirSync(abs)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(abs, f), 'utf8')]),
    );

  test('never over a dataset file or an input: one line, exit 2, nothing changed', () => {
    dataset((rel, abs) => {
      fs.writeFileSync(path.join(abs, 'notes.yaml'), '# $schema: s.json\nx: 1\n');
      fs.writeFileSync(path.join(abs, 's.json'), '{"type": "object"}');
      fs.symlinkSync('notes.yaml', path.join(abs, 'link.txt'));
      fs.linkSync(path.join(abs, 'notes.yaml'), path.join(abs, 'hard.txt'));
      fs.symlinkSync(abs, `${abs}-folder-link`);
      const before = snapshot(abs);
      const cases: Array<[string[], RegExp]> = [
        [['export', rel, '--output', `${rel}/clean.plan.yaml`], /--output .*clean\.plan\.yaml is a dataset file/],
        [
          ['check', rel, '--output', `${rel}/policy-plans.config.yaml`],
          /--output .*policy-plans\.config\.yaml is a dataset file/,
        ],
        [['check', rel, '--output', `${rel}/other.regions.yaml`], /is a dataset file/],
        [
          ['check', `${rel}/notes.yaml`, '--output', `${rel}/notes.yaml`],
          /--output .*notes\.yaml is one of the files being read/,
        ],
        // the same file through a symbolic link
        [
          ['check', `${rel}/notes.yaml`, '--output', `${rel}/link.txt`],
          /--output .*link\.txt is one of the files being read/,
        ],
        // another hard link of it, and its own name through a linked folder
        [
          ['check', `${rel}/notes.yaml`, '--output', `${rel}/hard.txt`],
          /--output .*hard\.txt is one of the files being read/,
        ],
        [
          ['check', `${rel}/notes.yaml`, '--output', `${rel}-folder-link/notes.yaml`],
          /--output .*notes\.yaml is one of the files being read/,
        ],
      ];
      try {
        for (const [argv, message] of cases) {
          const r = run(argv);
          assert.equal(r.code, 2, argv.join(' '));
          assert.match(r.err, message);
          assert.equal(r.err.trim().split('\n').length, 1, 'one line');
        }
        assert.deepEqual(snapshot(abs), before);
        // a file of the dataset's folder that is not read is written
        const written = run(['check', rel, '--output', `${rel}/report.txt`]);
        assert.ok(written.code === 0 || written.code === 1, written.err);
        assert.ok(fs.existsSync(path.join(abs, 'report.txt')));
      } finally {
        fs.rmSync(`${abs}-folder-link`, { force: true });
      }
    });
  });

  test('a missing folder or a folder as the output: one line, exit 2', () => {
    dataset((rel) => {
      for (const [out, message] of [
        [`${rel}/no-such-folder/report.txt`, /the folder .*no-such-folder does not exist/],
        [rel, /is a folder/],
      ] as const) {
        const r = run(['check', rel, '--output', out]);
        assert.equal(r.code, 2);
        assert.match(r.err, message);
        assert.equal(r.err.trim().split('\n').length, 1);
      }
    });
  });

  test('written whole: a write or rename that fails part-way leaves the old report and no temporary file', () => {
    dataset((rel, abs) => {
      const out = path.join(abs, 'report.csv');
      assert.equal(run(['export', rel, '--output', `${rel}/report.csv`]).code, 0);
      const complete = fs.readFileSync(out, 'utf8');
      assert.match(complete, /^plan,jurisdiction,/);
      const files = () => fs.readdirSync(abs).sort();
      const listed = files();
      // the fs module object itself (the `import * as` view of it is read-only)
      const nodeFs = require('node:fs') as typeof fs;
      const realWrite = nodeFs.writeFileSync;
      const realRename = nodeFs.renameSync;
      try {
        // the disk fills up half-way through the write
        (nodeFs as { writeFileSync: unknown }).writeFileSync = (
          f: fs.PathOrFileDescriptor,
          data: string,
          o?: fs.WriteFileOptions,
        ) => {
          realWrite(f, data.slice(0, data.length / 2), o);
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        };
        const r = run(['export', rel, '--format', 'json', '--output', `${rel}/report.csv`]);
        assert.equal(r.code, 2);
        assert.match(r.err, /cannot write --output .*report\.csv: ENOSPC/);
        (nodeFs as { writeFileSync: unknown }).writeFileSync = realWrite;
        // killed between the write and the rename
        (nodeFs as { renameSync: unknown }).renameSync = () => {
          throw Object.assign(new Error('interrupted'), { code: 'EINTR' });
        };
        assert.equal(run(['export', rel, '--format', 'json', '--output', `${rel}/report.csv`]).code, 2);
      } finally {
        (nodeFs as { writeFileSync: unknown }).writeFileSync = realWrite;
        (nodeFs as { renameSync: unknown }).renameSync = realRename;
      }
      assert.equal(fs.readFileSync(out, 'utf8'), complete, 'the old report is intact');
      assert.deepEqual(files(), listed, 'no temporary file is left');
      // and a good run replaces it
      assert.equal(run(['export', rel, '--format', 'json', '--output', `${rel}/report.csv`]).code, 0);
      assert.ok(Array.isArray(JSON.parse(fs.readFileSync(out, 'utf8'))));
      assert.deepEqual(files(), listed);
    });
  });
});
