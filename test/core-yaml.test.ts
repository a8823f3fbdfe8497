/**
 * The YAML adapter (server/src/core/yaml): the project's own tree with pointers and ranges, the yaml
 * library's errors with their codes, documents, aliases and their budget, prototype safety, and the
 * offset ↔ line/character conversion (CRLF, UTF-16).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Engine, parseDocument } from '../server/src/core/engine';
import { loneFile } from '../server/src/core/dataset';
import { LineIndex } from '../server/src/core/text';
import { parseYaml, parseYamlStream } from '../server/src/core/yaml/parse';
import {
  atPointer,
  get,
  items,
  nodeAt,
  pathOf,
  pointerOf,
  resolved,
  walk,
  type YNode,
} from '../server/src/core/yaml/tree';
import { check, findings, fix, yaml } from './helpers/fixture';
import { aliasBomb } from './helpers/hostile';

const slice = (text: string, r: { start: number; end: number } | null | undefined) =>
  r ? text.slice(r.start, r.end) : null;

describe('tree: pointers and ranges', () => {
  const text = yaml`
    id: test-plan-2026
    period: { start: 2026, end: "2030" }
    targets:
      - id: industry-2030
        money: { amount: 100e9 }   # a comment
        quote: |
          核心产业规模
    a/b: 1
    m~n: 2
  `;
  const parsed = parseYaml(text);

  test('parses without findings into the plain value schema validation sees', () => {
    assert.deepEqual(parsed.findings, []);
    assert.deepEqual(parsed.value, {
      id: 'test-plan-2026',
      period: { start: 2026, end: '2030' },
      targets: [{ id: 'industry-2030', money: { amount: 100e9 }, quote: '核心产业规模\n' }],
      'a/b': 1,
      'm~n': 2,
    });
  });

  test('every node has its JSON pointer, value range, key range and parent', () => {
    const amount = atPointer(parsed.root, '/targets/0/money/amount').node;
    assert.ok(amount && amount.kind === 'scalar');
    assert.equal(pointerOf(amount), '/targets/0/money/amount');
    assert.equal(slice(text, amount.range), '100e9');
    assert.equal(slice(text, amount.keyRange), 'amount');
    assert.equal(amount.value, 100e9);
    assert.equal(amount.source, '100e9');
    assert.equal(amount.style, 'plain');
    assert.equal(amount.parent && pointerOf(amount.parent), '/targets/0/money');
    assert.equal(amount.parent?.parent && pointerOf(amount.parent.parent), '/targets/0');
    assert.equal(amount.parent?.parent?.keyRange, null, 'a list item has no key');
    assert.equal(amount.parent?.parent?.segment, 0);
    const money = atPointer(parsed.root, '/targets/0/money').node;
    assert.equal(slice(text, money?.range), '{ amount: 100e9 }', 'the value range leaves out the comment');
    const end = atPointer(parsed.root, '/period/end').node;
    assert.equal(slice(text, end?.range), '"2030"', 'a quoted scalar’s range includes its quotes');
    assert.equal(end?.kind === 'scalar' && end.style, 'double');
  });

  test('pointer segments escape / and ~ (RFC 6901)', () => {
    const pointers: string[] = [];
    walk(parsed.root, (n) => pointers.push(pointerOf(n)));
    assert.ok(pointers.includes('/a~1b'), pointers.join(' '));
    assert.ok(pointers.includes('/m~0n'), pointers.join(' '));
    assert.equal(slice(text, atPointer(parsed.root, '/a~1b').node?.range), '1');
    assert.equal(slice(text, atPointer(parsed.root, '/m~0n').node?.keyRange), 'm~n');
    // the path is the same keys and indexes unescaped, the root's empty
    assert.deepEqual(pathOf(atPointer(parsed.root, '/a~1b').node!), ['a/b']);
    assert.deepEqual(pathOf(atPointer(parsed.root, '/targets/0/money/amount').node!), [
      'targets',
      '0',
      'money',
      'amount',
    ]);
    assert.deepEqual(pathOf(parsed.root!), []);
    assert.equal(pointerOf(parsed.root!), '');
  });

  test('a pointer that leaves the tree gives the deepest node reached', () => {
    const r = atPointer(parsed.root, '/targets/0/money/currency');
    assert.equal(r.node, null);
    assert.equal(r.deepest && pointerOf(r.deepest), '/targets/0/money');
    assert.equal(pointerOf(atPointer(parsed.root, '/targets/7').deepest!), '/targets');
  });

  test('nodeAt finds the innermost node under an offset (key or value)', () => {
    assert.equal(pointerOf(nodeAt(parsed.root, text.indexOf('e9'))!), '/targets/0/money/amount');
    assert.equal(pointerOf(nodeAt(parsed.root, text.indexOf('amount') + 1)!), '/targets/0/money/amount');
    assert.equal(pointerOf(nodeAt(parsed.root, text.indexOf('industry') + 2)!), '/targets/0/id');
  });

  test('a block scalar keeps its source and style', () => {
    const quote = atPointer(parsed.root, '/targets/0/quote').node;
    assert.ok(quote && quote.kind === 'scalar');
    assert.equal(quote.style, 'block-literal');
    assert.equal(quote.value, '核心产业规模\n');
  });
});

describe('YAML 1.2 core schema', () => {
  test('dates stay strings, years are integers, 300_000 and 0o17 / 017 are read the 1.2 way', () => {
    const { value, findings: f } = parseYaml(
      'a: 2025-12-31\nb: 2025\nc: 300_000\nd: 0o17\ne: 017\nf: yes\ng: ~\nh: 1e3\n',
    );
    assert.deepEqual(f, []);
    assert.deepEqual(value, { a: '2025-12-31', b: 2025, c: '300_000', d: 15, e: 17, f: 'yes', g: null, h: 1000 });
  });
});

describe('errors from the yaml library keep its codes', () => {
  // regression: the range was once the yaml library's one character ("t")
  test('a duplicate key is yaml/DUPLICATE_KEY on the whole second key', () => {
    const text = 'id: a\ntitle: b\ntitle: c\nnested: { k: 1, k: 2 }\n';
    const f = parseYaml(text).findings;
    assert.deepEqual(
      f.map((x) => [x.code, x.severity, x.range.start, slice(text, x.range)]),
      [
        ['yaml/DUPLICATE_KEY', 'error', text.lastIndexOf('title'), 'title'],
        ['yaml/DUPLICATE_KEY', 'error', text.lastIndexOf('k'), 'k'],
      ],
    );
  });

  test('a syntax error has a code, a position and a message without "at line …"', () => {
    const cases: Array<[string, string, { line: number; character: number }]> = [
      ['key: value: other\n', 'yaml/BLOCK_AS_IMPLICIT_KEY', { line: 0, character: 5 }],
      ['id: a\n\ttitle: b\n', 'yaml/TAB_AS_INDENT', { line: 1, character: 0 }],
      ['id: [a, b\ntitle: c\n', 'yaml/BAD_INDENT', { line: 1, character: 0 }],
      ['id: "abc\n', 'yaml/MISSING_CHAR', { line: 1, character: 0 }],
    ];
    for (const [text, code, at] of cases) {
      const f = parseYaml(text).findings.filter((x) => x.severity === 'error');
      assert.ok(f.length >= 1, `${JSON.stringify(text)}: an error`);
      assert.equal(f[0].code, code, JSON.stringify(text));
      assert.deepEqual(new LineIndex(text).position(f[0].range.start), at, `${JSON.stringify(text)}: ${code} position`);
      assert.doesNotMatch(
        f[0].message,
        /at line \d+|\n/,
        'prettyErrors is off: the position is in the range, not the message',
      );
    }
  });

  test('the engine stops the rules on a syntax error but still reports it', () => {
    const text = yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-XX
      period: { start: 2030, end: 2026 }
      measures: [{ id: m, title: "A measure }]
      sources: [{ id: src, title: A source }]
    `;
    const codes = findings(text).map((f) => f.code);
    assert.ok(
      codes.some((c) => c.startsWith('yaml/')),
      codes.join(' '),
    );
    assert.ok(
      !codes.includes('region/unknown') && !codes.includes('period/order'),
      `no rule findings: ${codes.join(' ')}`,
    );
  });
});

describe('documents', () => {
  test('a second document is yaml/MULTIPLE_DOCS at its start; the first is still checked', () => {
    const text = 'id: a\n---\nid: b\n';
    const p = parseYaml(text);
    assert.deepEqual(p.value, { id: 'a' });
    assert.deepEqual(
      p.findings.map((f) => [f.code, new LineIndex(text).position(f.range.start)]),
      [['yaml/MULTIPLE_DOCS', { line: 2, character: 0 }]],
    );
    assert.equal(parseYamlStream(text).length, 2);
    assert.deepEqual(
      parseYamlStream(text).map((d) => d.value),
      [{ id: 'a' }, { id: 'b' }],
    );
  });

  test('near miss: a leading --- and a trailing ... make one document', () => {
    assert.deepEqual(parseYaml('---\nid: a\n...\n').findings, []);
    assert.deepEqual(parseYaml('---\nid: a\n...\n').value, { id: 'a' });
  });

  test('an empty text and a text of comments have no document and no error', () => {
    for (const t of ['', '# just a comment\n', '\n\n']) {
      const p = parseYaml(t);
      assert.equal(p.root, null, JSON.stringify(t));
      assert.deepEqual(p.findings, [], JSON.stringify(t));
    }
  });
});

describe('aliases', () => {
  test('an alias shares its anchor’s value and points at the anchor’s node', () => {
    const text = 'a: &x { k: [1, 2] }\nb: *x\n';
    const p = parseYaml(text);
    assert.deepEqual(p.findings, []);
    const v = p.value as { a: unknown; b: unknown };
    assert.deepEqual(v.b, { k: [1, 2] });
    assert.equal(v.a, v.b, 'one shared value, not a copy');
    const b = get(p.root, 'b') as YNode;
    assert.equal(b.kind, 'alias');
    assert.equal(resolved(b), get(p.root, 'a'), 'the alias resolves to the anchor’s node');
    assert.equal(slice(text, b.range), '*x');
    assert.equal(items(get(b, 'k')).length, 2, 'tree helpers follow aliases');
  });

  const shared = yaml`
    id: test-plan-2026
    title: Test plan
    jurisdiction: CN-GD
    period: { start: 2026, end: 2030 }
    measures:
      - { id: a, title: A, funding: &f { amount: 1.005, currency: CNY } }
      - { id: b, title: B, funding: *f }
    sources: [{ id: src, title: A source }]
  `;

  test('rules see through aliases: a shared money mapping is checked, on the anchor’s text', () => {
    const f = findings(shared);
    assert.ok(f.length >= 1, 'the aliased use is checked too');
    for (const x of f) {
      assert.equal(x.code, 'currency/precision');
      assert.equal(slice(shared, x.range), '1.005');
      assert.equal(x.range.start, shared.indexOf('1.005'), 'on the anchor, where the text is');
    }
  });

  // regression: the aliased use once gave a second, identical finding
  test('a finding inside an anchor used twice is reported once', () => {
    assert.equal(findings(shared).length, 1);
  });

  test('an alias bomb is reported as yaml/ALIAS_EXPANSION and not expanded', () => {
    const bomb = aliasBomb;
    const text = bomb(10); // 10^10 values once expanded
    const p = parseYaml(text);
    assert.deepEqual(
      p.findings.map((f) => [f.code, f.severity, slice(text, f.range)]),
      [['yaml/ALIAS_EXPANSION', 'error', '*l0']],
    );
    assert.equal((p.value as Record<string, unknown[]>).l9[0], null, 'aliases are left unexpanded');
    const engine = new Engine();
    const all = engine.check(parseDocument(text, 'plan'), loneFile('2026-11-27'));
    assert.ok(all.some((f) => f.code === 'yaml/ALIAS_EXPANSION'));
    // that the cost follows the text, not the expansion (10× the levels, under 20× the time): test/slow/growth.test.ts
  });

  test('near miss: aliases under the budget are expanded without a finding', () => {
    const p = parseYaml('a: &a [1, 2, 3]\nb: [*a, *a, *a]\n', { maxExpandedNodes: 100 });
    assert.deepEqual(p.findings, []);
    assert.deepEqual((p.value as { b: unknown }).b, [
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
    assert.equal(
      parseYaml('a: &a [1, 2, 3]\nb: [*a, *a, *a]\n', { maxExpandedNodes: 10 }).findings[0]?.code,
      'yaml/ALIAS_EXPANSION',
    );
  });

  // regression: an unresolved alias was once read as null without a word
  test('an alias to an anchor that does not exist is yaml/UNRESOLVED_ALIAS, on the alias', () => {
    const text = 'a: 1\nb: *nope\n';
    assert.deepEqual(
      parseYaml(text).findings.map((f) => [f.code, f.severity, slice(text, f.range)]),
      [['yaml/UNRESOLVED_ALIAS', 'error', '*nope']],
    );
    assert.match(parseYaml(text).findings[0].message, /nope/);
  });
});

describe('keys such as __proto__', () => {
  test('stay plain data and pollute nothing', () => {
    const p = parseYaml('__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 2 } }\nx: 1\n');
    const v = p.value as Record<string, unknown>;
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(v), Object.prototype, 'the value’s prototype is untouched');
    assert.deepEqual(Object.keys(v), ['__proto__', 'constructor', 'x']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(v, '__proto__')?.value, { polluted: 1 });
  });

  test('in a plan, __proto__ is an unknown property like any other', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure, __proto__: { id: x } }]
      #                                     ^^^^^^^^^ error[schema/additionalProperties]: unknown property "__proto__" in measure m
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('LineIndex', () => {
  test('LF: offsets ↔ 0-based line/character', () => {
    const text = 'ab\ncd\n\nef';
    const li = new LineIndex(text);
    assert.equal(li.lineCount, 4);
    assert.deepEqual(li.position(text.indexOf('d')), { line: 1, character: 1 });
    assert.deepEqual(li.position(text.indexOf('e')), { line: 3, character: 0 });
    assert.deepEqual(li.position(text.length), { line: 3, character: 2 });
    assert.equal(li.offset({ line: 1, character: 1 }), text.indexOf('d'));
    assert.equal(li.offset({ line: 0, character: 99 }), 2, 'a character past the end stops at the line end');
    assert.equal(li.offset({ line: 99, character: 0 }), text.length);
    assert.deepEqual(li.position(-5), { line: 0, character: 0 });
    // breaks at the very start and end, and runs of them
    const edges = new LineIndex('\nab\n\n');
    assert.equal(edges.lineCount, 4);
    assert.deepEqual(edges.position(1), { line: 1, character: 0 });
    assert.deepEqual(edges.position(4), { line: 2, character: 0 });
    assert.deepEqual(edges.position(5), { line: 3, character: 0 });
  });

  test('CRLF and lone CR line breaks', () => {
    const text = 'ab\r\ncd\rxy\r\n';
    const li = new LineIndex(text);
    assert.equal(li.lineCount, 4);
    assert.deepEqual(li.position(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(li.position(text.indexOf('y')), { line: 2, character: 1 });
    assert.equal(li.lineText(0), 'ab');
    assert.equal(li.lineText(1), 'cd');
    assert.equal(li.offset({ line: 0, character: 10 }), 2, 'the line end is before \\r\\n');
    assert.equal(li.offset({ line: 2, character: 1 }), text.indexOf('y'));
  });

  test('columns are UTF-16 code units: a Chinese character is 1, an emoji 2', () => {
    const text = 'title: 广东😀x\n';
    const li = new LineIndex(text);
    assert.deepEqual(li.position(text.indexOf('x')), { line: 0, character: 11 });
    assert.equal(li.offset({ line: 0, character: 11 }), text.indexOf('x'));
  });

  test('a finding after Chinese and emoji text is at its UTF-16 column', () => {
    const text = yaml`
      id: test-plan-2026
      title: 测试计划
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: 广东😀, regions: [CN-XX] }]
      sources: [{ id: src, title: A source }]
    `;
    const f = findings(text);
    assert.deepEqual(
      f.map((x) => x.code),
      ['region/unknown'],
    );
    // "measures: [{ id: m, title: " is 27 units, 广东 2, 😀 2 (a surrogate pair), ", regions: [" 12: 43 (42 in code points)
    assert.deepEqual(new LineIndex(text).range(f[0].range), {
      start: { line: 4, character: 43 },
      end: { line: 4, character: 48 },
    });
  });

  test('a CRLF plan gives the same lines and columns as its LF twin', () => {
    const lf = yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-XX
      period: { start: 2030, end: 2026 }
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `;
    const crlf = lf.replace(/\n/g, '\r\n');
    const at = (t: string) => findings(t).map((f) => [f.code, new LineIndex(t).range(f.range)]);
    assert.equal(at(lf).length, 2);
    assert.deepEqual(at(crlf), at(lf));
  });

  // regression: insertProperty once inserted a bare "\n" into CRLF files
  test('a quick fix in a CRLF file inserts CRLF line breaks', () => {
    const before =
      'id: test-plan-2026\r\ntitle: Test plan\r\njurisdiction: CN-GD\r\nperiod: { start: 2026, end: 2030 }\r\nmeasures:\r\n  - id: m\r\nsources: [{ id: src, title: A source }]\r\n';
    assert.equal(fix(before, 'schema/required'), before.replace('  - id: m\r\n', '  - id: m\r\n    title: \r\n'));
    const target = 'targets:\r\n  - id: t\r\n    metric: M\r\nsources: [{ id: src, title: A source }]\r\n';
    assert.equal(
      fix(target, 'source/missing'),
      target.replace('    metric: M\r\n', '    metric: M\r\n    sources: [src]\r\n'),
    );
  });
});
