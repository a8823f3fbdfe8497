/**
 * Custom schemas as a feature: an organisation's stricter schema on top of ours for plan files, and a schema
 * of its choosing for any other YAML file of the dataset; picked by the dataset config's `schemas:`
 * associations or a `# $schema: ./x.json` comment. Drafts 7 and 2020-12 by `$schema`; local `$ref`s read
 * from disk relative to the schema; remote references never fetched (`schema/remote-ref`); findings mapped
 * like the built-in ones (`schema/<keyword>`, ranges on keys and values). Through the core (documents as
 * data), the node loader and the CLI.
 */
import { rng } from './fuzz/run';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { runCheck } from '../server/src/cli/check';
import { loneFile } from '../server/src/core/dataset';
import { Engine, parseDocument } from '../server/src/core/engine';
import {
  CustomSchemas,
  customSchemaCheck,
  defaultPatterns,
  findRefCycle,
  riskyPattern,
  schemaComment,
  type PatternEngine,
  type SchemaDoc,
} from '../server/src/core/schema/custom';
import type { Finding } from '../server/src/core/types';
import { checkWithSchema } from './helpers/hostile';
import { nodeCustomSchemas, timedPatterns } from '../server/src/node/schemas';

const ROOT = path.resolve(__dirname, '..');
const PLAN = fs.readFileSync(path.join(ROOT, 'samples', 'cn-gd-general-ai-2023.plan.yaml'), 'utf8');

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary folder with these files (objects are written as JSON). */
function folder(files: Record<string, string | object>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-custom-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** Checks one text as a file of a folder with the node loader (the CLI's and the server's path). */
function checkFile(dir: string, name: string, text?: string): Finding[] {
  const file = path.join(dir, name);
  const t = text ?? fs.readFileSync(file, 'utf8');
  const engine = new Engine({ extraChecks: [nodeCustomSchemas().check] });
  return engine.check(parseDocument(t, /\.plan\.ya?ml$/.test(name) ? 'plan' : 'other'), loneFile('2026-11-27'), file);
}

const codes = (fs: Finding[]) => fs.map((f) => f.code);
const at = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);

/** The core alone: one schema given as data. */
const checkWith = checkWithSchema;

describe('drafts by $schema', () => {
  test('draft 7: `dependencies`, tuple `items` and `additionalItems` mean what draft 7 says', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      dependencies: { a: ['b'] },
      properties: { t: { items: [{ type: 'string' }], additionalItems: false } },
    };
    const text = 'a: 1\nt: [x, 2]\n';
    const f = checkWith(schema, text);
    assert.deepEqual(codes(f).sort(), ['schema/additionalItems', 'schema/dependencies']);
  });

  test('2020-12 (and no $schema): `prefixItems`, `dependentRequired`, `unevaluatedProperties`', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      dependentRequired: { a: ['b'] },
      properties: { a: {}, t: { prefixItems: [{ type: 'string' }], items: false } },
      unevaluatedProperties: false,
    };
    const text = 'a: 1\nt: [x, 2]\nzz: 3\n';
    const f = checkWith(schema, text);
    assert.deepEqual(codes(f).sort(), ['schema/dependentRequired', 'schema/items', 'schema/unevaluatedProperties']);
    assert.equal(
      at(
        text,
        f.find((x) => x.code === 'schema/unevaluatedProperties')!,
      ),
      'zz',
      'on the unexpected key',
    );
    const { $schema: _, ...noDraft } = schema;
    assert.deepEqual(codes(checkWith(noDraft, text)).sort(), codes(f).sort(), 'no $schema: 2020-12');
  });

  test('draft 4 is refused with a clear diagnostic', () => {
    const f = checkWith({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object' }, 'a: 1\n');
    assert.deepEqual(codes(f), ['schema/unsupported-draft']);
  });

  test('format: asserted in draft 7; an annotation in 2020-12 (as the spec says)', () => {
    assert.deepEqual(
      codes(
        checkWith(
          { $schema: 'http://json-schema.org/draft-07/schema#', properties: { d: { format: 'date' } } },
          'd: 2025-02-30\n',
        ),
      ),
      ['schema/format'],
    );
    assert.deepEqual(
      codes(
        checkWith(
          { $schema: 'https://json-schema.org/draft/2020-12/schema', properties: { d: { format: 'date' } } },
          'd: 2025-02-30\n',
        ),
      ),
      [],
    );
  });
});

describe('findings are mapped like the built-in ones', () => {
  test('required on the parent key, additionalProperties on the key, type and enum on the value', () => {
    const schema = {
      type: 'object',
      properties: {
        unit: { enum: ['percent', 'people'] },
        n: { type: 'integer' },
        inner: { type: 'object', required: ['x'] },
      },
      additionalProperties: false,
    };
    const text = 'unit: percnt\nn: "7"\ninner:\n  y: 1\nextra: 2\n';
    const f = checkWith(schema, text);
    const by = (c: string) => f.find((x) => x.code === c)!;
    assert.equal(at(text, by('schema/enum')), 'percnt');
    assert.match(by('schema/enum').message, /did you mean percent/);
    assert.equal(at(text, by('schema/type')), '"7"');
    assert.equal(at(text, by('schema/required')), 'inner');
    assert.equal(at(text, by('schema/additionalProperties')), 'extra');
    assert.ok(f.every((x) => x.severity === 'error'));
  });
});

describe('references', () => {
  test('local $refs are read from disk relative to the schema, through folders', () => {
    const dir = folder({
      'schemas/indicator.schema.json': {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: { unit: { $ref: '../common/units.json#/definitions/unit' }, id: { $ref: 'ids.json' } },
      },
      'schemas/ids.json': { type: 'string', pattern: '^[a-z]+$' },
      'common/units.json': { definitions: { unit: { enum: ['percent'] } } },
      'data/a.yaml': '# $schema: ../schemas/indicator.schema.json\nid: Bad1\nunit: metres\n',
    });
    const text = fs.readFileSync(path.join(dir, 'data/a.yaml'), 'utf8');
    const f = checkFile(dir, 'data/a.yaml');
    assert.deepEqual(codes(f).sort(), ['schema/enum', 'schema/pattern']);
    assert.equal(
      at(
        text,
        f.find((x) => x.code === 'schema/pattern')!,
      ),
      'Bad1',
    );
  });

  test('a schema with an https $id finds the documents it names next to its own file, not on the network', () => {
    const dir = folder({
      's/root.json': {
        $id: 'https://example.org/schemas/root.json',
        properties: { a: { $ref: 'defs.json#/$defs/a' } },
      },
      's/defs.json': { $id: 'https://example.org/schemas/defs.json', $defs: { a: { type: 'integer' } } },
      'x.yaml': '# $schema: s/root.json\na: text\n',
    });
    assert.deepEqual(codes(checkFile(dir, 'x.yaml')), ['schema/type']);
  });

  test('a remote $ref is never fetched: schema/remote-ref, and the rest of the schema still checks', () => {
    const text = 'id: 5\nsource: anything\n';
    const f = checkWith(
      { properties: { id: { type: 'string' }, source: { $ref: 'http://192.0.2.1/never.json' } } },
      text,
    );
    assert.deepEqual(codes(f).sort(), ['schema/remote-ref', 'schema/type']);
    const remote = f.find((x) => x.code === 'schema/remote-ref')!;
    assert.equal(remote.severity, 'warning');
    assert.match(remote.message, /http:\/\/192\.0\.2\.1\/never\.json.*never fetched/);
  });

  test('a `# $schema:` comment with an http(s) URL: schema/remote-ref on the comment', () => {
    const dir = folder({ 'x.yaml': '# $schema: https://example.org/x.schema.json\na: 1\n' });
    const text = fs.readFileSync(path.join(dir, 'x.yaml'), 'utf8');
    const f = checkFile(dir, 'x.yaml');
    assert.deepEqual(codes(f), ['schema/remote-ref']);
    assert.equal(at(text, f[0]), 'https://example.org/x.schema.json');
  });

  test('our own schemas can be referenced by their ids: a stricter plan schema on top of ours', () => {
    const strict = {
      allOf: [{ $ref: 'https://policy-plans.dev/schemas/plan.schema.json' }],
      required: ['status'],
      properties: { title: { maxLength: 60 } },
    };
    const dir = folder({
      'strict.json': strict,
      'gd.plan.yaml': `# $schema: ./strict.json\n${PLAN.replace(/^status:.*\n/m, '')}`,
    });
    const f = checkFile(dir, 'gd.plan.yaml');
    assert.deepEqual(codes(f.filter((x) => x.code.startsWith('schema/'))).sort(), [
      'schema/maxLength',
      'schema/required',
    ]);
  });

  test('the `# $schema:` comment is found among the first comment lines only', () => {
    assert.equal(schemaComment('# a plan\n\n# $schema: ./x.json\nid: a\n')?.ref, './x.json');
    assert.equal(schemaComment('# yaml-language-server: $schema=../s.json\n')?.ref, '../s.json');
    assert.equal(schemaComment('id: a\n# $schema: ./x.json\n'), null);
  });

  test('the header is read line by line as before on every kind of line: breaks, spaces, markers, 50 lines', () => {
    // the reading before the header-only search: every line, up to 50, until one that is not blank, a comment,
    // `---` or a directive
    const exact = (text: string) => {
      let pos = 0;
      for (let n = 0; n < 50 && pos < text.length; n++) {
        let end = pos;
        while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
        const line = text.slice(pos, end);
        const trimmed = line.trim();
        if (trimmed !== '' && !trimmed.startsWith('#') && trimmed !== '---' && !trimmed.startsWith('%')) return null;
        const m = /^(\s*#\s*(?:\$schema\s*:\s*|yaml-language-server\s*:\s*\$schema=))(\S+)/.exec(line);
        if (m) return { ref: m[2]!, range: { start: pos + m[1]!.length, end: pos + m[1]!.length + m[2]!.length } };
        pos = end + (text.startsWith('\r\n', end) ? 2 : 1);
      }
      return null;
    };
    const lines = [
      '# a plan',
      '',
      '   ',
      '\t# tabbed',
      '\u3000# wide space',
      '\ufeff# bom',
      '---',
      '%YAML 1.2',
      '-- x',
      'id: a',
      '  key: v',
      '# $schema: ./x.json',
      '  #   $schema :   ../y.json',
      '# yaml-language-server: $schema=z.json',
      '# a schema is mentioned',
      'schema: 1',
      '\v# vt',
      '\x1c# control',
    ];
    const breaks = ['\n', '\r\n', '\r'];
    const rand = rng(20261129);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    let found = 0;
    for (let i = 0; i < 5000; i++) {
      const n = Math.floor(rand() * 8);
      let text = '';
      // sometimes a long header of comments first (past the 50 lines)
      if (rand() < 0.1) text += '# c\n'.repeat(45 + Math.floor(rand() * 10));
      for (let j = 0; j < n; j++) text += pick(lines) + pick(breaks);
      if (rand() < 0.5) text += pick(lines);
      const want = exact(text);
      assert.deepStrictEqual(schemaComment(text), want, JSON.stringify(text));
      if (want) found++;
    }
    assert.ok(found > 500, `${found} found`);
  });
});

describe('hostile schemas', () => {
  test('a schema file that is not JSON: schema/unreadable, no crash', () => {
    const dir = folder({ 'bad.json': '{ "type": "object", ', 'x.yaml': '# $schema: ./bad.json\na: 1\n' });
    const f = checkFile(dir, 'x.yaml');
    assert.deepEqual(codes(f), ['schema/unreadable']);
    assert.match(f[0].message, /not JSON/);
  });

  test('$ref cycles that never reach the data are found before ajv recurses: schema/ref-cycle', () => {
    const cycles = [
      { $ref: '#' },
      { $defs: { a: { $ref: '#/$defs/b' }, b: { allOf: [{ $ref: '#/$defs/a' }] } }, $ref: '#/$defs/a' },
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        definitions: { a: { $ref: '#/definitions/a' } },
        properties: { x: { $ref: '#/definitions/a' } },
      },
    ];
    // (ajv recursing into a cycle overflows the stack or never returns: the finding is the proof it did not)
    for (const schema of cycles)
      assert.deepEqual(codes(checkWith(schema, 'x: 1\n')), ['schema/ref-cycle'], JSON.stringify(schema));
    // across documents
    const f = checkWith({ $ref: 'other.json' }, 'x: 1\n', { 'file:///schemas/other.json': { $ref: 'root.json' } });
    assert.deepEqual(codes(f), ['schema/ref-cycle']);
    // recursion through the data is no cycle
    assert.equal(
      findRefCycle({ type: 'object', properties: { child: { $ref: '#' } } }, 'file:///t.json', new Map(), '2020-12'),
      null,
    );
    assert.deepEqual(
      codes(
        checkWith({ properties: { child: { $ref: '#' }, n: { type: 'integer' } } }, 'child:\n  child:\n    n: x\n'),
      ),
      ['schema/type'],
    );
  });

  test('a catastrophic pattern is stopped by the time limit: schema/unsafe-pattern', () => {
    // the look-ahead keeps it off the linear-time engine, so it runs on the backtracking one, under the limit
    const schema = {
      properties: { a: { type: 'string', pattern: '^(?=a)(a+)+$' }, b: { pattern: '^[a-z]+(-[a-z]+)*$' } },
    };
    const input = (n: number) => `a: ${'a'.repeat(n)}!
b: not-ok-X
`;
    const text = input(40);
    const f = checkWith(schema, text);
    // backtracking doubles the time with each character; that the limit keeps it flat (10× the string, under
    // 20× the time): test/slow/growth.test.ts
    assert.deepEqual(codes(f).sort(), ['schema/pattern', 'schema/unsafe-pattern']);
    assert.equal(
      at(
        text,
        f.find((x) => x.code === 'schema/pattern')!,
      ),
      'not-ok-X',
      'a safe pattern of the same shape family still checks',
    );
    assert.match(f.find((x) => x.code === 'schema/unsafe-pattern')!.message, /\^\(\?=a\)\(a\+\)\+\$.*took over 100 ms/);
  });

  test('a pattern the linear-time engine takes is enforced, however it is shaped and however long the value', () => {
    const schema = {
      properties: {
        a: { pattern: '^(a+)+$' },
        b: { pattern: '^a*a*a*a*b$' },
        c: { pattern: '^[a-z0-9]+[a-z0-9-]*[a-z0-9]+$' },
      },
    };
    const text = `a: ${'a'.repeat(40)}!\nb: ${'a'.repeat(3000)}\nc: ${'a'.repeat(10_000)}-\n`;
    const f = checkWith(schema, text);
    assert.deepEqual(codes(f), ['schema/pattern', 'schema/pattern', 'schema/pattern']);
    assert.deepEqual(
      f.map((x) => text.slice(x.range.start, x.range.start + 3)),
      ['aaa', 'aaa', 'aaa'],
    );
    assert.deepEqual(codes(checkWith(schema, `a: aaa\nb: aaab\nc: a-b\n`)), [], 'matching values pass');
  });

  test('a pattern that ran out of time is not tried again on the next versions of the text', () => {
    const schema = { properties: { a: { type: 'string', pattern: '^(?=a)(a+)+$' } } };
    const uri = 'file:///schemas/root.json';
    const docs = new Map<string, SchemaDoc>([[uri, { json: schema }]]);
    const timeouts: string[] = [];
    const counting: PatternEngine = (unsafe) =>
      timedPatterns()((pattern, reason) => {
        timeouts.push(pattern);
        unsafe(pattern, reason);
      });
    const engine = new Engine({
      extraChecks: [
        customSchemaCheck(
          () => [{ uri, via: 'a test', range: { start: 0, end: 1 }, docs }],
          new CustomSchemas({ patterns: counting }),
        ),
      ],
    });
    for (let v = 1; v <= 5; v++) {
      const f = engine.check(parseDocument(`a: ${'a'.repeat(40)}!\n# edit ${v}\n`, 'other'), loneFile('2026-11-27'));
      assert.deepEqual(codes(f), ['schema/unsafe-pattern'], `version ${v}`);
    }
    assert.deepEqual(timeouts, ['^(?=a)(a+)+$'], 'one time-out for the pattern, not one per version');
  });

  test('the pure default pattern engine refuses risky shapes up front', () => {
    assert.equal(riskyPattern('^[a-z]+$'), null);
    assert.equal(riskyPattern('^\\d{4}-\\d{2}$'), null);
    assert.equal(riskyPattern('^(foo|bar)?$'), null);
    assert.match(riskyPattern('^(a+)+$') ?? '', /nested/);
    assert.match(riskyPattern('(x|xx)*y') ?? '', /alternatives/);
    assert.match(riskyPattern('(\\w+\\s?)*$') ?? '', /nested/);
    assert.match(riskyPattern('(a)\\1') ?? '', /back-reference/);
    const unsafe: string[] = [];
    const re = defaultPatterns((p) => unsafe.push(p))('^(?=a)(a+)+$', 'u');
    assert.equal(re.test(`${'a'.repeat(40)}!`), true, 'not enforced, and returns at once');
    assert.deepEqual(unsafe, ['^(?=a)(a+)+$']);
    // what the linear-time engine takes is enforced by the pure engine too
    const linear = defaultPatterns((p) => unsafe.push(p))('^a*a*a*a*b$', 'u');
    assert.equal(linear.test('a'.repeat(3000)), false);
    assert.equal(linear.test(`${'a'.repeat(3000)}b`), true);
    assert.deepEqual(unsafe, ['^(?=a)(a+)+$']);
  });
});

describe('the CLI', () => {
  test('config associations: plan files get the stricter schema on top of ours; other YAML files their own schema', () => {
    const dir = folder({
      'policy-plans.config.yaml':
        'reference-date: 2026-11-27\nschemas:\n  - schema: ./schemas/strict-plan.json\n    files: ["*.plan.yaml"]\n  - schema: ./schemas/indicator.json\n    files: ["indicators/*.yaml"]\n',
      'schemas/strict-plan.json': {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        required: ['status', 'summary'],
      },
      'schemas/indicator.json': {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: { id: { type: 'string' } },
      },
      'gd.plan.yaml': PLAN,
      'indicators/a.yaml': 'id: a\nextra: 1\n',
      'notes/b.yaml': 'anything: [1, 2\n',
    });
    const r = runCheck({ paths: [dir], cwd: dir, today: '2026-11-27' });
    const by = (name: string) => r.files.find((x) => x.file === path.join(dir, name));
    assert.deepEqual(
      r.files.map((x) => path.relative(dir, x.file)).sort(),
      ['gd.plan.yaml', 'indicators/a.yaml', 'policy-plans.config.yaml'],
      'associated files are walked; others (notes/) are not',
    );
    const plan = by('gd.plan.yaml')!.findings.filter((f) => f.code.startsWith('schema/'));
    assert.deepEqual(
      plan.map((f) => f.message),
      ['missing required property "summary"'],
    );
    const ind = by('indicators/a.yaml')!;
    assert.deepEqual(codes(ind.findings), ['schema/additionalProperties']);
    assert.equal(at(ind.text, ind.findings[0]), 'extra');
  });

  test('a file named on the command line with a `# $schema:` comment', () => {
    const dir = folder({
      's.json': { type: 'array', items: { type: 'integer' } },
      'list.yaml': '# $schema: s.json\n- 1\n- two\n',
    });
    const r = runCheck({ paths: [path.join(dir, 'list.yaml')], cwd: dir, today: '2026-11-27' });
    assert.deepEqual(codes(r.files[0].findings), ['schema/type']);
    assert.equal(at(r.files[0].text, r.files[0].findings[0]), 'two');
  });

  test('a schema file changed on disk is read again', () => {
    const dir = folder({ 's.json': { type: 'object' }, 'x.yaml': '# $schema: ./s.json\na: 1\n' });
    const check = nodeCustomSchemas();
    const engine = new Engine({ extraChecks: [check.check] });
    const text = fs.readFileSync(path.join(dir, 'x.yaml'), 'utf8');
    const run = () =>
      codes(engine.check(parseDocument(text, 'other'), loneFile('2026-11-27'), path.join(dir, 'x.yaml')));
    assert.deepEqual(run(), []);
    fs.writeFileSync(
      path.join(dir, 's.json'),
      JSON.stringify({ type: 'object', required: ['b'], properties: { pad: { description: 'x'.repeat(10) } } }),
    );
    assert.deepEqual(run(), ['schema/required']);
    void pathToFileURL;
  });
});
