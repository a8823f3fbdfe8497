/**
 * The quick fixes of the rules, before → after, and the base plan the rule fixtures vary.
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, findings, fix, yaml } from './helpers/fixture';
import { BASE } from './helpers/rules';

test('the base plan is clean', () => {
  assert.deepEqual(findings(BASE), []);
  check(BASE);
});

describe('quick fixes (before → after)', () => {
  test('the closest region', () => {
    assert.equal(fix('jurisdiction: CN-GF\n', 'region/unknown'), 'jurisdiction: CN-GD\n');
    assert.equal(fix('jurisdiction: guangdong\n', 'region/unknown'), 'jurisdiction: CN-GD\n');
  });

  test('a withdrawn code → its successor', () => {
    assert.equal(fix('jurisdiction: CN-44\n', 'region/deprecated'), 'jurisdiction: CN-GD\n');
    assert.equal(fix('jurisdiction: CN-31\n', 'region/deprecated'), 'jurisdiction: CN-SH\n');
  });

  test('RMB → CNY', () => {
    assert.equal(fix('currency: RMB\n', 'currency/unknown'), 'currency: CNY\n');
    assert.equal(
      fix('measures:\n  - funding: { amount: 1e9, currency: yuan }\n', 'currency/unknown'),
      'measures:\n  - funding: { amount: 1e9, currency: CNY }\n',
    );
  });

  test('300_000_000_000 → 300000000000', () => {
    assert.equal(
      fix('targets:\n  - money: { amount: 300_000_000_000 }\n', 'number/yaml11-style'),
      'targets:\n  - money: { amount: 300000000000 }\n',
    );
  });

  test('add a missing required property', () => {
    const before = yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures:
        - id: m
      sources: [{ id: src, title: A source }]
    `;
    assert.equal(fix(before, 'schema/required'), before.replace('  - id: m\n', '  - id: m\n    title: \n'));
  });

  // regression: the fix once gave `{ start: 2026 , end: }`
  test('add a missing required property to a flow mapping', () => {
    const before = yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src }]
      `;
    // (a period without an end is open-ended, so the missing property here is a source's title)
    assert.equal(fix(before, 'schema/required'), before.replace('[{ id: src }]', '[{ id: src, title:  }]'));
  });

  test('after the fix the finding is gone', () => {
    const before = BASE.replace('jurisdiction: CN-GD', 'jurisdiction: CN-44');
    assert.deepEqual(
      findings(before).map((f) => f.code),
      ['region/deprecated'],
    );
    assert.deepEqual(findings(fix(before, 'region/deprecated')), []);
  });
});
