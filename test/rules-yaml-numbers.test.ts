/**
 * YAML-level rules: YAML 1.1 number styles and the yaml library's own errors (duplicate keys, …).
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import { describe, test } from 'node:test';
import { check, yaml } from './helpers/fixture';
import { fires } from './helpers/rules';

describe('number/yaml11-style', () => {
  test('fires on underscores and thousands separators in amounts and values', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: a
          metric: M
          money: { amount: 300_000_000_000 }
      #                    ^^^^^^^^^^^^^^^ warning[number/yaml11-style]: 300_000_000_000 is text in YAML 1.2, not a number; write 300000000000
          deadline: 2030
          sources: [src]
        - id: b
          metric: M
          quantity:
            value: 3,000
      #            ^^^^^ warning[number/yaml11-style]: write 3000
            unit: enterprises
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: plain numbers, exponents, quoted text and other keys', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      notes: 1_000 of them
      targets:
        - { id: a, metric: M, money: { amount: 300e9 }, deadline: 2030, sources: [src] }
        - { id: b, metric: M, money: { amount: 300000000000 }, deadline: 2030, sources: [src] }
        - { id: c, metric: M, money: { amount: "1250.50" }, deadline: 2030, sources: [src] }
      sources: [{ id: src, title: "1_000" }]
    `);
  });
});

describe('number/not-finite', () => {
  test('fires on .inf, -.inf, .nan and 1e400, quoted "1e400" and "1e-400", in amounts, values, baselines and stated equivalents', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: a
          metric: M
          money: { amount: .inf }
      #                    ^^^^ error[number/not-finite]: amount .inf in a is infinite; write the figure in digits (such as 300e9 or 300000000000)
          stated-equivalent: { amount: 1e400, currency: USD }
      #                                ^^^^^ error[number/not-finite]: amount 1e400 in a is infinite
          deadline: 2030
          sources: [src]
        - id: b
          metric: M
          quantity: { value: .nan, unit: enterprises }
      #                      ^^^^ error[number/not-finite]: value .nan in b is not a number
          baseline: { at: 2025, quantity: { value: -.inf, unit: enterprises } }
      #                                            ^^^^^ error[number/not-finite]: value -.inf in b is infinite
          deadline: 2030
          sources: [src]
        - id: c
          metric: M
          money: { amount: "1e400" }
      #                    ^^^^^^^ error[number/not-finite]: amount "1e400" in c is infinite
          deadline: 2030
          sources: [src]
        - id: d
          metric: M
          money: { amount: "1e-400" }
      #                    ^^^^^^^^ error[number/not-finite]: amount "1e-400" in d is too small to tell from 0
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: large and small finite numbers, zero, and text under other keys', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      notes: "1e400"
      targets:
        - { id: a, metric: M, money: { amount: 1e300 }, deadline: 2030, sources: [src] }
        - { id: b, metric: M, money: { amount: "1.5e21" }, deadline: 2030, sources: [src] }
        - { id: c, metric: M, quantity: { value: 0, unit: enterprises }, deadline: 2030, sources: [src] }
        - { id: d, metric: M, quantity: { value: 1e-300, unit: enterprises }, deadline: 2030, sources: [src] }
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('yaml/*', () => {
  test('a duplicate key is yaml/DUPLICATE_KEY, and the rules still run', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      title: Test plan again
      #^^^^ error[yaml/DUPLICATE_KEY]: duplicate key "title"
      jurisdiction: CN-XX
      #             ^^^^^ error[region/unknown]: unknown region CN-XX
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('a syntax error is reported with its position, and the rules do not run on the broken tree', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-XX
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
      	notes: tab
      #|…+0:1 error[yaml/TAB_AS_INDENT]: Tabs are not allowed as indentation
    `);
  });

  test('near miss: the same keys at different levels are not duplicates', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `);
  });
});
