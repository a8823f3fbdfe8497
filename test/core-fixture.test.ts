/**
 * The fixture helper itself (test/helpers/fixture.ts): the annotation syntax, the exact-set
 * comparison and its diff, the `only` filter, and `fix`. A helper that cannot fail would make every
 * fixture test worthless, so these tests make it fail on purpose.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { annotate, applyEdits, assertContract, check, findings, fix, parseAnnotations, yaml } from './helpers/fixture';

const PLAN = yaml`
  id: test-plan-2026
  title: Test plan
  jurisdiction: CN-XX
  #             ^^^^^ error[region/unknown]: did you mean CN-GX
  period: { start: 2026, end: 2030 }
  measures: [{ id: m, title: A measure }]
  sources: [{ id: src, title: A source }]
`;

describe('annotation syntax', () => {
  test('carets give the columns on the line above, skipping other annotations', () => {
    const a = parseAnnotations('ab: cdef\n#   ^^ error[x/y]: one\n#     ^^ warning[x/z]\n');
    assert.deepEqual(
      a.map((x) => [x.start, x.end, x.severity, x.code, x.message]),
      [
        [{ line: 0, character: 4 }, { line: 0, character: 6 }, 'error', 'x/y', 'one'],
        [{ line: 0, character: 6 }, { line: 0, character: 8 }, 'warning', 'x/z', null],
      ],
    );
  });

  test('`#^^` starts at column 0 (the # is the first caret); `#|` and `|` are empty ranges; `…+N:C` ends N lines down', () => {
    const a = parseAnnotations(
      'targets: []\n#^^^^^^ error[a/b]\n#| error[a/c]\n#  | hint[a/d]\n#  ^^…+2:4 information[a/e]\n#|…+0:1 error[a/f]\nx\n# ^ error[a/g]\ny\n',
    );
    assert.deepEqual(
      a.map((x) => [x.code, x.start.line, x.start.character, x.end.line, x.end.character]),
      [
        ['a/b', 0, 0, 0, 7],
        ['a/c', 0, 0, 0, 0],
        ['a/d', 0, 3, 0, 3],
        ['a/e', 0, 3, 8, 4],
        ['a/f', 0, 0, 0, 1],
        ['a/g', 6, 2, 6, 3],
      ],
    );
  });

  test('indented annotations count from the line start', () => {
    const a = parseAnnotations('  - id: x\n  #     ^ error[a/b]\n');
    assert.deepEqual([a[0].start.character, a[0].end.character], [8, 9]);
  });

  test('a malformed annotation or one without a line above is an error in the fixture', () => {
    assert.throws(() => parseAnnotations('a: 1\n#  ^^ error(a/b): x\n'), /malformed annotation/);
    assert.throws(() => parseAnnotations('a: 1\n#  ^^ fatal[a/b]: x\n'), /malformed annotation/);
    assert.throws(() => parseAnnotations('#  ^^ error[a/b]: x\na: 1\n'), /needs a line above/);
    assert.throws(() => parseAnnotations('a: 1\n#  ^^…+1:0 error[a/b]: x'), /past the end/);
  });
});

describe('check()', () => {
  test('passes when the findings are exactly the annotated ones', () => {
    const list = check(PLAN);
    assert.equal(list.length, 1);
  });

  test('fails on a finding that is not annotated, showing the fixture annotated with what was found', () => {
    const text = PLAN.replace(/^#.*\n/m, '');
    assert.throws(
      () => check(text),
      (e: Error) => {
        assert.match(
          e.message,
          /found but not expected:\n {2}\+ 3:14-3:19 error\[region\/unknown\]: unknown region CN-XX/,
        );
        assert.match(e.message, /jurisdiction: CN-XX\n#\s{13}\^{5} error\[region\/unknown\]/);
        return true;
      },
    );
  });

  test('fails on an annotation with no finding, a wrong column, severity or message', () => {
    const variants = [
      PLAN.replace('jurisdiction: CN-XX', 'jurisdiction: CN-GD'),
      PLAN.replace('#             ^^^^^', '#              ^^^^'),
      PLAN.replace('#             ^^^^^', '#             ^^^^^^'),
      PLAN.replace('error[region/unknown]', 'warning[region/unknown]'),
      PLAN.replace('did you mean CN-GX', 'did you mean CN-GD'),
      PLAN.replace('region/unknown', 'region/deprecated'),
    ];
    for (const v of variants) assert.throws(() => check(v), /expected but not found/, v);
  });

  test('only: compares the named codes (or code families) and ignores the rest', () => {
    const text = yaml`
      jurisdiction: CN-XX
      #             ^^^^^ error[region/unknown]
    `;
    assert.throws(() => check(text), /found but not expected:[\s\S]*schema\/required/);
    check(text, { only: 'region/unknown' });
    check(text, { only: ['region/', 'currency/unknown'] });
    assert.throws(() => check(text, { only: 'schema/' }), /filters out/);
  });

  test('every finding must keep the contract: a code, a severity, one line under 200 characters', () => {
    const ok = {
      code: 'region/unknown',
      severity: 'error' as const,
      message: 'unknown region CN-XX',
      range: { start: 0, end: 1 },
    };
    assertContract([ok]);
    assert.throws(() => assertContract([{ ...ok, message: 'x'.repeat(200) }]), /one line under 200 characters/);
    assert.throws(() => assertContract([{ ...ok, message: 'two\nlines' }]), /one line/);
    assert.throws(() => assertContract([{ ...ok, message: '' }]), /one line/);
    assert.throws(() => assertContract([{ ...ok, code: '' }]), /needs a code/);
    assert.throws(() => assertContract([{ ...ok, severity: 'fatal' as never }]), /unknown severity/);
  });

  test('the dataset options reach the engine: reference date, regions, plans, config', () => {
    const plan = yaml`
      id: a-plan
      jurisdiction: shenzhen
      relations: [{ type: implements, plan: b-plan }]
      targets: [{ deadline: 2026, quantity: { value: 1, unit: incubators } }]
    `;
    const codes = (o: Parameters<typeof findings>[1]) =>
      findings(plan, o)
        .map((f) => f.code)
        .filter((c) => !c.startsWith('schema/'))
        .sort();
    assert.deepEqual(codes({}), ['region/unknown', 'source/missing', 'unit/unknown']);
    assert.deepEqual(codes({ today: '2027-01-01' }), [
      'deadline/passed',
      'region/unknown',
      'source/missing',
      'unit/unknown',
    ]);
    assert.deepEqual(codes({ regions: [{ id: 'shenzhen', name: 'Shenzhen', includes: [] }] }), [
      'source/missing',
      'unit/unknown',
    ]);
    assert.deepEqual(codes({ plans: {} }), ['ref/unknown-plan', 'region/unknown', 'source/missing', 'unit/unknown']);
    assert.deepEqual(codes({ plans: { 'b.plan.yaml': 'id: b-plan\n' } }), [
      'region/unknown',
      'source/missing',
      'unit/unknown',
    ]);
    assert.deepEqual(codes({ config: { rules: { 'source/missing': 'off' }, units: [{ id: 'incubators' }], fx: {} } }), [
      'region/unknown',
    ]);
  });
});

describe('annotate() and check() agree', () => {
  test('every broken sample, annotated with its own findings, passes check()', () => {
    const dir = path.resolve(__dirname, '../samples/broken');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.plan.yaml'));
    assert.ok(files.length > 10);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const annotated = annotate(text, findings(text, { plans: {} }));
      check(annotated, { plans: {} });
    }
  });

  test('findings at column 0, one character wide, empty and over several lines round-trip', () => {
    const texts = [
      'title: x\n', // required at column 0
      'id: a\n\ttitle: b\n', // one character at column 0 (the tab)
      '- a\n', // over two lines
      'targets:\n  -\n  - x\n', // empty at column 3
      'a: b\n---\nc: d\n', // empty at column 0
    ];
    for (const t of texts) {
      const annotated = annotate(t, findings(t));
      assert.notEqual(annotated, t.replace(/\n$/, ''), 'there is something to annotate');
      check(annotated);
    }
  });
});

describe('fix()', () => {
  test('applies the first suggestion of the first finding with the code', () => {
    assert.equal(fix('jurisdiction: CN-XX\n', 'region/unknown'), 'jurisdiction: CN-GX\n');
    assert.equal(fix('jurisdiction: CN-XX\n', 'region/unknown', { pick: 2 }), 'jurisdiction: CN-NX\n');
    assert.equal(
      fix('jurisdiction: CN-XX\n', 'region/unknown', { pick: 'Change to CN-JX (Jiangxi)' }),
      'jurisdiction: CN-JX\n',
    );
  });

  test('fails without such a finding or suggestion', () => {
    assert.throws(() => fix('jurisdiction: CN-GD\n', 'region/unknown'), /no region\/unknown finding/);
    assert.throws(() => fix('jurisdiction: CN-XX\n', 'region/unknown', { pick: 9 }), /has no suggestion 9/);
    assert.throws(() => fix('jurisdiction: shenzhen\n', 'region/unknown'), /has no suggestion 0/);
  });

  test('applyEdits applies several edits from the end', () => {
    assert.equal(
      applyEdits('abcdef', [
        { range: { start: 0, end: 1 }, newText: 'X' },
        { range: { start: 4, end: 6 }, newText: 'YZW' },
      ]),
      'XbcdYZW',
    );
  });
});
