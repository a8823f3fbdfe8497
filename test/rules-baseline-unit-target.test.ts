/**
 * Baseline, unit and target-value rules.
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, fix, yaml } from './helpers/fixture';
import { fires } from './helpers/rules';

describe('baseline/after-deadline', () => {
  test('fires when the baseline is not before the deadline', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: industry-2030
          metric: AI industry scale
          money: { amount: 100e9 }
          baseline: { money: { amount: 50e9 }, at: 2030 }
      #                                            ^^^^ error[baseline/after-deadline]: baseline at 2030-12-31 is not before the deadline 2030-12-31
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: a baseline that ends before the deadline ends', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: industry-2030
          metric: AI industry scale
          money: { amount: 100e9 }
          baseline: { money: { amount: 50e9 }, at: "2030-06" }
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('baseline/already-met', () => {
  test('fires on an at-least / more-than target whose baseline already meets it', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: industry-2030
          metric: AI industry scale
          comparator: more-than
          money: { amount: 100e9 }
          baseline: { money: { amount: 150e9 }, at: 2025 }
      #                      ^^^^^^^^^^^^^^^^^ warning[baseline/already-met]: the baseline (150 billion CNY) already meets the target of more than 100 billion CNY
          deadline: 2030
          sources: [src]
        - id: power-2030
          metric: Data centre power
          quantity: { value: 1, unit: GW }
          baseline: { quantity: { value: 1000, unit: MW }, at: 2025 }
      #                         ^^^^^^^^^^^^^^^^^^^^^^^^^ warning[baseline/already-met]: the baseline (1,000 MW) already meets the target of at least 1 GW
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: a lower baseline, an equal one for more-than, an at-most target, another currency', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: a
          metric: AI industry scale
          money: { amount: 100e9 }
          baseline: { money: { amount: 99e9 }, at: 2025 }
          deadline: 2030
          sources: [src]
        - id: b
          metric: AI industry scale
          comparator: more-than
          money: { amount: 100e9 }
          baseline: { money: { amount: 100e9 }, at: 2025 }
          deadline: 2030
          sources: [src]
        - id: c
          metric: Energy use
          comparator: at-most
          quantity: { value: 1, unit: GW }
          baseline: { quantity: { value: 2, unit: GW }, at: 2025 }
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('unit/mismatch', () => {
  test('fires on money against quantity, incomparable units and other currencies', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: a
          metric: AI industry scale
          money: { amount: 100e9 }
          baseline: { quantity: { value: 900, unit: enterprises }, at: 2025 }
      #                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error[unit/mismatch]: baseline is a quantity in enterprises but the target is money in CNY
          deadline: 2030
          sources: [src]
        - id: b
          metric: AI enterprises
          quantity: { value: 2000, unit: enterprises }
          baseline: { quantity: { value: 900, unit: people }, at: 2025 }
      #                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error[unit/mismatch]: baseline is a quantity in people but the target is a quantity in enterprises
          deadline: 2030
          sources: [src]
        - id: c
          metric: AI industry scale
          money: { amount: 100e9 }
          baseline: { money: { amount: 5e9, currency: USD }, at: 2025 }
      #                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error[unit/mismatch]: baseline is money in USD but the target is money in CNY
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: units of one dimension, the plan currency written out', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: a
          metric: Computing power
          quantity: { value: 20, unit: EFLOPS }
          baseline: { quantity: { value: 5000, unit: PFLOPS }, at: 2025 }
          deadline: 2030
          sources: [src]
        - id: b
          metric: AI industry scale
          money: { amount: 100e9 }
          baseline: { money: { amount: 50e9, currency: CNY }, at: 2025 }
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  // regression: comparable() once ignored aliases and reported "%" against "percent" as a mismatch
  test('a documented alias (%) is comparable with its unit (percent)', () => {
    check(yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        targets:
          - id: a
            metric: Cloud adoption
            quantity: { value: 75, unit: percent }
            baseline: { quantity: { value: 40, unit: "%" }, at: 2025 }
        #                                            ^^^ information[unit/unknown]: another spelling of the unit percent
            deadline: 2030
            sources: [src]
        sources: [{ id: src, title: A source }]
      `);
  });
});

describe('unit/unknown', () => {
  test('fires (information) on a unit outside the built-in list, suggesting the closest', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
          metric: Incubators
          quantity: { value: 20, unit: incubators }
      #                                ^^^^^^^^^^ information[unit/unknown]: unknown unit incubators (add it to the dataset config under units)
          deadline: 2030
          sources: [src]
        - id: b
          metric: AI enterprises
          quantity: { value: 2000, unit: enterprise }
      #                                  ^^^^^^^^^^ information[unit/unknown]: unknown unit enterprise; did you mean enterprises?
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: built-in units and units from the dataset config', () => {
    check(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        targets:
          - id: a
            metric: Incubators
            quantity: { value: 20, unit: incubators }
            deadline: 2030
            sources: [src]
          - id: b
            metric: Computing power
            quantity: { value: 20, unit: EFLOPS }
            deadline: 2030
            sources: [src]
        sources: [{ id: src, title: A source }]
      `,
      { config: { units: [{ id: 'incubators', dimension: 'count' }] } },
    );
  });

  test('quick fix: an alias becomes the unit id', () => {
    assert.equal(
      fix('targets:\n  - quantity: { value: 40, unit: "%" }\n', 'unit/unknown'),
      'targets:\n  - quantity: { value: 40, unit: percent }\n',
    );
  });
});

describe('target/value-count', () => {
  test('fires on a target with two values (on the second key) or none (on the id key)', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - id: a
          metric: AI industry scale
          money: { amount: 100e9 }
          outcome: First in China
      #   ^^^^^^^ error[target/value-count]: a target takes only one of money, quantity or outcome; keep money or outcome
          deadline: 2030
          sources: [src]
        - id: b
      #   ^^ error[target/value-count]: a target needs one of money, quantity or outcome
          metric: AI industry scale
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: exactly one of money, quantity, outcome', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      targets:
        - { id: a, metric: M, money: { amount: 100e9 }, deadline: 2030, sources: [src] }
        - { id: b, metric: M, quantity: { value: 2, unit: GW }, deadline: 2030, sources: [src] }
        - { id: c, metric: M, outcome: First in China, deadline: 2030, sources: [src] }
      sources: [{ id: src, title: A source }]
    `);
  });
});
