/**
 * Currency and money rules: unknown and missing currencies, precision, and implausible stated equivalents.
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, findings, yaml } from './helpers/fixture';
import { fires } from './helpers/rules';

describe('currency/unknown', () => {
  test('fires on everyday words and symbols, mapping them to codes', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: RMB
      #         ^^^ error[currency/unknown]: unknown currency RMB; did you mean CNY (Yuan Renminbi)?
      targets:
        - id: industry-2030
          metric: AI industry scale
          money: { amount: 100e9, currency: ¥ }
      #                                     ^ error[currency/unknown]: did you mean CNY (Yuan Renminbi), JPY (Yen)?
          deadline: 2030
          sources: [src]
      measures:
        - { id: fund, title: AI fund, funding: { amount: 10e9, currency: usd } }
      #                                                                  ^^^ error[currency/unknown]: unknown currency usd; did you mean USD
        - { id: fund-2, title: AI fund, funding: { amount: 10e9, currency: XYZQ } }
      #                                                                    ^^^^ error[currency/unknown]: unknown currency XYZQ (use an ISO 4217 code such as CNY, USD, EUR)
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: ISO 4217 codes', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      measures:
        - { id: fund, title: AI fund, funding: { amount: 10e9, currency: EUR } }
        - { id: fund-2, title: AI fund, funding: { amount: 10e9, currency: JPY } }
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('currency/missing', () => {
  test('fires on money without a currency in a plan without a default currency', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures:
        - id: fund
          title: AI fund
          funding: { amount: 10e9 }
      #   ^^^^^^^ error[currency/missing]: this money has no currency
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: the money names its currency, or the plan has one', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures:
        - { id: fund, title: AI fund, funding: { amount: 10e9, currency: CNY } }
      sources: [{ id: src, title: A source }]
    `);
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      currency: CNY
      measures:
        - { id: fund, title: AI fund, funding: { amount: 10e9 } }
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('currency/precision', () => {
  test('fires on more decimals than the minor units (JPY none, CNY two)', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: JP
      period: { start: 2026, end: 2030 }
      currency: JPY
      measures:
        - { id: fund, title: AI fund, funding: { amount: 1500.5 } }
      #                                                  ^^^^^^ warning[currency/precision]: 1500.5 has 1 decimal
        - { id: fund-2, title: AI fund, funding: { amount: 0.125, currency: CNY } }
      #                                                    ^^^^^ warning[currency/precision]: 0.125 has 3 decimals; CNY has 2 decimals
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: as many decimals as allowed, trailing zeros, exponents, decimal strings', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: JP
      period: { start: 2026, end: 2030 }
      currency: JPY
      measures:
        - { id: fund, title: AI fund, funding: { amount: 1500.0 } }
        - { id: fund-2, title: AI fund, funding: { amount: 1.5e3 } }
        - { id: fund-3, title: AI fund, funding: { amount: 1250.25, currency: CNY } }
        - { id: fund-4, title: AI fund, funding: { amount: "1250.50", currency: CNY } }
      sources: [{ id: src, title: A source }]
    `);
  });

  // regression: the message once said "1 decimals"
  test('the message says "1 decimal", not "1 decimals"', () => {
    const f = findings(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: JP
      period: { start: 2026, end: 2030 }
      currency: JPY
      measures: [{ id: fund, title: AI fund, funding: { amount: 1500.5 } }]
      sources: [{ id: src, title: A source }]
    `);
    assert.equal(f[0].message, '1500.5 has 1 decimal; JPY has no minor units');
  });
});

describe('money/implausible-equivalent', () => {
  const plan = (equivalent: string) => yaml`
    id: test-plan-2024
    title: Test plan
    jurisdiction: CN
    published: 2024-03-01
    period: { start: 2024, end: 2030 }
    currency: CNY
    targets:
      - id: industry-2030
        metric: AI industry scale
        money: { amount: 300e9 }
        stated-equivalent: { amount: ${equivalent}, currency: USD }
        deadline: 2030
        sources: [src]
    sources: [{ id: src, title: A source }]
  `;

  test('fires when the implied rate is more than 15% off the year’s reference', () => {
    fires(yaml`
      id: test-plan-2024
      title: Test plan
      jurisdiction: CN
      published: 2024-03-01
      period: { start: 2024, end: 2030 }
      currency: CNY
      targets:
        - id: industry-2030
          metric: AI industry scale
          money: { amount: 300e9 }
          stated-equivalent: { amount: 100e9, currency: USD }
      #                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[money/implausible-equivalent]: stated equivalent implies 3.00 CNY per USD; the 2024 reference is 7.20 (58% off)
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: within the band (7.20 ± 15%), either side', () => {
    check(plan('41.6e9')); // 7.21
    check(plan('36.6e9')); // 8.20, 14% off
    check(plan('49e9')); // 6.12, 15% off
  });

  test('just outside the band either side fires', () => {
    assert.deepEqual(
      findings(plan('35.5e9')).map((f) => f.code),
      ['money/implausible-equivalent'],
    ); // 8.45
    assert.deepEqual(
      findings(plan('50e9')).map((f) => f.code),
      ['money/implausible-equivalent'],
    ); // 6.00
  });
});
