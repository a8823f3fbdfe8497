/**
 * Where each JSON Schema keyword's finding lands (DESIGN.md: "One function maps ajv errors to
 * ranges"): `required` on the parent's key, `additionalProperties` on the unexpected key, `type`,
 * `enum`, `pattern`, `format` on the value, `minItems` on the list's key; `anyOf` collapsed into one
 * finding; messages one line, under 200 characters.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, findings, fix, yaml } from './helpers/fixture';

describe('required', () => {
  test('lands on the key of the mapping that misses the property', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period:
      #^^^^^ error[schema/required]: missing required property "start" in period
        end: 2026
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('lands on a flow mapping’s key too', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
          metric: Computing power
          quantity: { value: 20 }
      #   ^^^^^^^^ error[schema/required]: missing required property "unit" in quantity
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('a list item has no key: lands on the item’s first key', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures:
        - id: m
      #   ^^ error[schema/required]: missing required property "title" in measure m
        - { title: No id }
      #     ^^^^^ error[schema/required]: missing required property "id" in the 2nd measure
      sources: [{ id: src, title: A source }]
    `);
  });

  test('the document has no key: lands on its first key, once per missing property', () => {
    check(yaml`
      id: test-plan-2026
      #^ error[schema/required]: missing required property "title"
      #^ error[schema/required]: missing required property "period"
      jurisdiction: CN-GD
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('a plan with neither targets nor measures gives ONE finding naming both', () => {
    const list = check(yaml`
      id: test-plan-2026
      #^ error[schema/required]: missing property: add "targets" or "measures"
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      sources: [{ id: src, title: A source }]
    `);
    assert.deepEqual(
      list[0].suggestions?.map((s) => s.title),
      ['Add property "targets"', 'Add property "measures"'],
    );
  });

  test('the quick fix adds the property at the mapping’s indentation, after its last line', () => {
    const before = yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
          metric: Computing power
          outcome: First in China # a comment
        - { id: b, metric: M, outcome: O, deadline: 2030 }
      sources: [{ id: src, title: A source }]
    `;
    assert.equal(
      fix(before, 'schema/required'),
      before.replace(
        '    outcome: First in China # a comment\n',
        '    outcome: First in China # a comment\n    deadline: \n',
      ),
    );
  });
});

describe('additionalProperties', () => {
  test('lands on the unexpected key, with "did you mean" and a rename fix', () => {
    const list = check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      publisehd: 2026-01-15
      #^^^^^^^^ error[schema/additionalProperties]: unknown property "publisehd"; did you mean "published"?
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
          metric: M
          outcome: O
          deadline: 2030
          sources: [src]
          comparater: more-than
      #   ^^^^^^^^^^ error[schema/additionalProperties]: unknown property "comparater" in target a; did you mean "comparator"?
      sources: [{ id: src, title: A source, colour: red }]
      #                                     ^^^^^^ error[schema/additionalProperties]: unknown property "colour" in source src
    `);
    assert.equal(list[0].suggestions?.[0].title, 'Rename to "published"');
    assert.equal(list[list.length - 1].suggestions, undefined, 'no rename without a close name');
  });

  test('quick fix: rename to the closest property', () => {
    const before = 'id: a\npublisehd: 2026-01-15\n';
    assert.equal(fix(before, 'schema/additionalProperties'), 'id: a\npublished: 2026-01-15\n');
  });
});

describe('type, enum, pattern, format', () => {
  test('land on the value', () => {
    check(yaml`
      id: Test_Plan
      #   ^^^^^^^^^ error[schema/pattern]: id: "Test_Plan" is not in the expected form, e.g.
      title: 2030
      #      ^^^^ error[schema/type]: title: expected text, got 2030
      jurisdiction: CN-GD
      published: 2026-13-45
      #          ^^^^^^^^^^ error[schema/format]: published: "2026-13-45" is not a valid date (YYYY-MM-DD)
      period: { start: 2026, end: 2030 }
      status: active
      #       ^^^^^^ error[schema/enum]: status: "active" is not one of draft, proposed, in-force, ended, superseded, repealed
      measures: [{ id: m, title: A measure }]
      sources:
        - id: src
          title: A source
          url: not a url
      #        ^^^^^^^^^ error[schema/format]: url: "not a url" is not a valid URL
          type: offical-text
      #         ^^^^^^^^^^^^ error[schema/enum]: type: "offical-text" is not allowed; did you mean official-text?
    `);
  });

  test('a mapping where text is expected underlines the whole mapping, not into the next line', () => {
    check(yaml`
      id: test-plan-2026
      title:
        en: Test plan
      # ^^^^^^^^^^^^^ error[schema/type]: title: expected text, got a mapping
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('an empty value underlines its key', () => {
    check(yaml`
      id: test-plan-2026
      title:
      #^^^^ error[schema/type]: title: expected text, got an empty value
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('quick fix: the closest enum value', () => {
    assert.equal(fix('sources:\n  - type: offical-text\n', 'schema/enum'), 'sources:\n  - type: official-text\n');
  });
});

describe('minItems', () => {
  test('lands on the list’s key', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets: []
      #^^^^^^ error[schema/minItems]: targets needs at least 1 item
      sources: []
      #^^^^^^ error[schema/minItems]: sources needs at least 1 item
    `);
  });
});

describe('deadline (anyOf of a year or a string)', () => {
  const plan = (deadline: string) =>
    yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures:
        - id: m
          title: A measure
          deadline: DEADLINE
      sources: [{ id: src, title: A source }]
    `.replace('DEADLINE', deadline);

  for (const [value, message] of [
    ['true', 'deadline: expected a whole number or text, got true'],
    ['2025.5', 'deadline: expected a whole number or text, got 2025.5'],
    ['1800', 'deadline: 1800 must be >= 1900'],
    ['"soon"', 'deadline: "soon" is not in the expected form, e.g. 2025-Q4'],
    ['[2025]', 'deadline: expected a whole number or text, got a list'],
  ] as const) {
    test(`deadline: ${value} gives ONE schema finding, on the value`, () => {
      const text = plan(value);
      const list = findings(text).filter((f) => f.code.startsWith('schema/'));
      assert.equal(list.length, 1, `one finding, got:\n${list.map((f) => `${f.code}: ${f.message}`).join('\n')}`);
      assert.equal(list[0].message, message);
      assert.equal(text.slice(list[0].range.start, list[0].range.end), value);
    });
  }

  test('near miss: a year, a quarter, a month, a date', () => {
    for (const v of ['2025', '"2025-Q4"', '"2025-12"', '2025-12-31']) check(plan(v.replace('2025', '2027')));
  });
});

describe('messages', () => {
  const long = (c: string, n: number) => c.repeat(n);
  const broken = yaml`
    id: ${long('X', 300)}
    title: ${long('t', 300)}
    jurisdiction: ${long('Q', 250)}
    period: { start: ${long('9', 250)}, end: "${long('2', 250)}" }
    status: ${long('s', 300)}
    ${long('k', 300)}: 1
    relations: [{ type: supersedes, plan: ${long('p', 300)} }]
    targets:
      - id: ${long('a', 300)}
        metric: [1, 2]
        comparator: ${long('c', 300)}
        money: { amount: ${long('1_000', 60)}, currency: ${long('R', 250)} }
        deadline: "${long('2025-', 60)}"
        sources: [${long('s', 300)}]
        region: ${long('cn-', 100)}x
      - id: ${long('a', 300)}
        metric: M
        quantity: { value: 1, unit: ${long('u', 300)} }
        deadline: 2030
    measures: [{ id: m, title: t, regions: [${long('Z', 300)}] }]
    sources: [{ id: src, title: A source, url: ${long('u', 300)}, published: ${long('1', 300)} }]
  `;
  const tooLong = (codes: (code: string) => boolean) =>
    findings(broken, { plans: {} })
      .filter((f) => codes(f.code) && (f.message.length >= 200 || f.message.includes('\n')))
      .map((f) => `${f.code} (${f.message.length} characters)`);

  test('schema messages are one line under 200 characters, even for very long values', () => {
    const list = findings(broken).filter((f) => f.code.startsWith('schema/'));
    assert.ok(list.length >= 10, `the broken plan gives many schema findings (${list.length})`);
    assert.deepEqual(
      tooLong((c) => c.startsWith('schema/') || c.startsWith('yaml/')),
      [],
    );
    for (const f of list) assert.ok(f.message.length > 10, `${f.code}: says something`);
  });

  // regression: named rules once put long values into their messages unshortened (265 characters)
  test('rule messages are one line under 200 characters, even for very long values', () => {
    const codes = new Set(findings(broken, { plans: {} }).map((f) => f.code));
    for (const c of [
      'region/unknown',
      'ref/unknown-plan',
      'ref/unknown-source',
      'currency/unknown',
      'number/yaml11-style',
      'unit/unknown',
      'id/duplicate',
    ])
      assert.ok(codes.has(c), `the broken plan fires ${c}`);
    assert.deepEqual(
      tooLong(() => true),
      [],
    );
  });

  test('every finding has a code of a known family, a severity and a range inside the text', () => {
    for (const f of findings(broken)) {
      assert.match(f.code, /^(schema|yaml)\/[A-Za-z_]+$|^[a-z-]+\/[a-z0-9-]+$/, f.code);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), f.severity);
      assert.ok(f.range.start <= f.range.end && f.range.end <= broken.length, `${f.code}: range inside the text`);
    }
  });
});

describe('amounts and values', () => {
  test('numbers and decimal strings are accepted', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - { id: a, metric: M, money: { amount: 300e9 }, deadline: 2030, sources: [src] }
        - { id: b, metric: M, money: { amount: "1250.50" }, deadline: 2030, sources: [src] }
        - { id: c, metric: M, quantity: { value: 2.5, unit: GW }, deadline: 2030, sources: [src] }
      sources: [{ id: src, title: A source }]
    `);
  });

  test('an amount or value that is neither a number nor a decimal string is reported', () => {
    const text = yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        currency: CNY
        targets:
          - { id: a, metric: M, money: { amount: 300 billion }, deadline: 2030, sources: [src] }
          - { id: b, metric: M, quantity: { value: lots, unit: enterprises }, deadline: 2030, sources: [src] }
          - { id: c, metric: M, quantity: { value: "3,000", unit: enterprises }, deadline: 2030, sources: [src] }
        sources: [{ id: src, title: A source }]
      `;
    const at = findings(text)
      .filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(at, ['300 billion', 'lots', '"3,000"']);
  });
});

describe('noise', () => {
  // regression: target/value-count and source/missing once fired on non-mapping targets too
  test('a target that is not a mapping gives one finding, not three', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - just-a-string
      #   ^^^^^^^^^^^^^ error[schema/type]: the 1st target: expected a mapping, got "just-a-string"
        -
      #  | error[schema/type]: the 2nd target: expected a mapping, got an empty value
      sources: [{ id: src, title: A source }]
    `);
  });

  // regression: an empty plan once passed clean (no root, so no schema validation)
  test('an empty plan file, or one of comments only, is reported', () => {
    for (const text of ['', '# only a comment\n', '\n\n']) {
      assert.deepEqual(
        findings(text).map((f) => [f.code, f.severity, f.message]),
        [['schema/type', 'error', 'the document: expected a mapping, got an empty value']],
        JSON.stringify(text),
      );
    }
  });
});
