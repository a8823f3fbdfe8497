/**
 * The rule catalogue of PLAN-FORMAT.md, one fixture where each rule fires and one near miss where it
 * must stay silent, plus before/after tests for the quick fixes. Every fixture is a whole plan: the
 * helper fails on any finding that is not annotated, so the near misses also prove that nothing else
 * fires. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { rules } from '../server/src/core/rules';
import { check, findings, fix, parseAnnotations, yaml, type CheckOptions } from './helpers/fixture';

/** Codes that some firing fixture of this file annotates (checked against the catalogue at the end). */
const fired = new Set<string>();
function fires(fixture: string, options?: CheckOptions) {
  const list = check(fixture, options);
  for (const a of parseAnnotations(fixture)) fired.add(a.code);
  return list;
}

/** A small valid plan that the fixtures vary. */
const BASE = yaml`
  id: test-plan-2026
  title: Test plan
  jurisdiction: CN-GD
  published: 2026-01-15
  period: { start: 2026, end: 2030 }
  currency: CNY
  targets:
    - id: industry-2030
      metric: AI industry scale
      money: { amount: 100e9 }
      deadline: 2030
      sources: [src]
  sources:
    - id: src
      title: A source
      published: 2026-01-15
      accessed: 2026-11-01
`;

const REGIONS = yaml`
  regions:
    - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD }
    - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-MO] }
`;

test('the base plan is clean', () => {
  assert.deepEqual(findings(BASE), []);
  check(BASE);
});

describe('region/unknown', () => {
  test('fires on an unknown code and names the closest codes', () => {
    const list = fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-XX
      #             ^^^^^ error[region/unknown]: unknown region CN-XX; did you mean CN-GX (Guangxi), CN-JX (Jiangxi), CN-NX (Ningxia)?
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2030
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
    assert.deepEqual(
      list[0].suggestions?.map((s) => s.edits[0].newText),
      ['CN-GX', 'CN-JX', 'CN-NX'],
    );
  });

  test('fires in target and measure regions, suggesting by name, case and spelling', () => {
    fires(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN
        period: { start: 2026, end: 2030 }
        targets:
          - id: industry-2030
            metric: AI industry scale
            outcome: First in China
            deadline: 2030
            sources: [src]
            region: guangdong
        #           ^^^^^^^^^ error[region/unknown]: unknown region guangdong; did you mean CN-GD (Guangdong)?
        measures:
          - id: zones
            title: Pilot zones
            regions: [cn-gd, shenzen]
        #             ^^^^^ error[region/unknown]: did you mean CN-GD (Guangdong)?
        #                    ^^^^^^^ error[region/unknown]: unknown region shenzen; did you mean shenzhen (Shenzhen)?
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
  });

  test('near miss: ISO codes and the dataset’s own regions are known', () => {
    check(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        targets:
          - id: industry-2030
            metric: AI industry scale
            outcome: First in China
            deadline: 2030
            sources: [src]
            region: shenzhen
        measures:
          - { id: zones, title: Pilot zones, regions: [CN-GD, shenzhen] }
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
  });

  test('a dataset region is unknown when the dataset does not define it', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: shenzhen
      #             ^^^^^^^^ error[region/unknown]: unknown region shenzhen
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones }]
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('region/deprecated', () => {
  test('fires on a withdrawn numeric code and names the successor', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN
      period: { start: 2026, end: 2030 }
      measures:
        - id: zones
          title: Pilot zones
          regions: [CN-44, CN-GD]
      #             ^^^^^ warning[region/deprecated]: CN-44 (Guangdong) is a withdrawn code; use CN-GD
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: the current code', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [CN-GD, CN-SH] }]
      sources: [{ id: src, title: A source }]
    `);
  });

  // regression: isInside() once did not map a withdrawn *area* to its successor
  test('a withdrawn jurisdiction still contains its successor’s regions', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-44
      #             ^^^^^ warning[region/deprecated]: use CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [CN-GD, shenzhen] }]
      sources: [{ id: src, title: A source }]
    `, { regions: REGIONS });
  });
});

describe('region/outside-jurisdiction', () => {
  test('fires on a target region and a measure region outside the jurisdiction', () => {
    const list = fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2030
          metric: AI industry scale
          outcome: First in China
          deadline: 2030
          sources: [src]
          region: CN-ZJ
      #           ^^^^^ warning[region/outside-jurisdiction]: CN-ZJ (Zhejiang) is outside the plan's jurisdiction CN-GD (Guangdong)
      measures:
        - { id: zones, title: Pilot zones, regions: [CN-GD, CN-HK] }
      #                                                     ^^^^^ warning[region/outside-jurisdiction]: CN-HK (Hong Kong) is outside
      sources: [{ id: src, title: A source }]
    `);
    const jurisdiction = BASE.indexOf('CN-GD');
    assert.deepEqual(list[0].related?.map((r) => r.range), [{ start: jurisdiction, end: jurisdiction + 5 }]);
  });

  test('near miss: ISO hierarchy, dataset parents and groups, the EU and its members', () => {
    check(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN
        period: { start: 2026, end: 2030 }
        measures:
          - { id: zones, title: Pilot zones, regions: [CN, CN-GD, CN-HK, CN-MO, shenzhen, gba] }
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
    check(yaml`
      id: eu-plan-2026
      title: EU plan
      jurisdiction: EU
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [DE, FR, FR-75C] }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('a dataset region with a parent outside fires; an EU plan with a non-member fires', () => {
    fires(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-ZJ
        period: { start: 2026, end: 2030 }
        measures: [{ id: zones, title: Pilot zones, regions: [shenzhen] }]
        #                                                     ^^^^^^^^ warning[region/outside-jurisdiction]: shenzhen (Shenzhen) is outside the plan's jurisdiction CN-ZJ (Zhejiang)
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
    fires(yaml`
      id: eu-plan-2026
      title: EU plan
      jurisdiction: EU
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [GB] }]
      #                                                     ^^ warning[region/outside-jurisdiction]: GB (United Kingdom of Great Britain and Northern Ireland) is outside
      sources: [{ id: src, title: A source }]
    `);
  });
});

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
    assert.deepEqual(findings(plan('35.5e9')).map((f) => f.code), ['money/implausible-equivalent']); // 8.45
    assert.deepEqual(findings(plan('50e9')).map((f) => f.code), ['money/implausible-equivalent']); // 6.00
  });
});

describe('deadline/invalid', () => {
  test('fires on dates that do not exist and malformed quarters and months', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: "2030-02-30" }
      #                           ^^^^^^^^^^^^ error[deadline/invalid]: invalid deadline: 2030-02-30 does not exist (February 2030 has 28 days)
      targets:
        - id: industry-2027
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: 2027-02-29
      #             ^^^^^^^^^^ error[deadline/invalid]: February 2027 has 28 days
          sources: [src]
      measures:
        - { id: a, title: A, deadline: "2027-Q5" }
      #                                ^^^^^^^^^ error[deadline/invalid]: invalid deadline: quarter Q5 does not exist (Q1–Q4)
        - { id: b, title: B, deadline: "2027-13" }
      #                                ^^^^^^^^^ error[deadline/invalid]: invalid deadline: month 13 does not exist
        - { id: c, title: C, deadline: "2027-6" }
      #                                ^^^^^^^^ error[deadline/invalid]: invalid deadline: write the month with two digits (2027-06)
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: a leap day, quarters, months and dates that exist', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: "2026-Q1", end: "2030-12-31" }
      targets:
        - id: industry-2028
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: 2028-02-29
          sources: [src]
      measures:
        - { id: a, title: A, deadline: "2027-Q4" }
        - { id: b, title: B, deadline: "2027-12" }
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('deadline/outside-period', () => {
  test('fires after the end and before the start, pointing at the period', () => {
    const text = yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2031
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: "2031-Q1"
      #             ^^^^^^^^^ warning[deadline/outside-period]: deadline "2031-Q1" (2031-03-31) is outside the plan's period 2026-01-01 – 2030-12-31
          sources: [src]
      measures:
        - { id: a, title: A, deadline: 2025 }
      #                                ^^^^ warning[deadline/outside-period]: deadline 2025 (2025-12-31) is outside
      sources: [{ id: src, title: A source }]
    `;
    const list = fires(text);
    const at = list[0].related?.[0].range;
    assert.ok(at, 'the finding points at the period');
    assert.equal(text.slice(at.start, at.end), '{ start: 2026, end: 2030 }');
  });

  test('near miss: the first and last day of the period', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2030
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: "2030-12-31"
          sources: [src]
      measures:
        - { id: a, title: A, deadline: "2026-01-01" }
        - { id: b, title: B, deadline: "2026-Q4" }
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('deadline/before-published', () => {
  test('fires on a deadline that ended before the plan was published', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      published: 2026-06-15
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2026
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: "2026-05"
      #             ^^^^^^^^^ warning[deadline/before-published]: deadline "2026-05" ends on 2026-05-31, before the plan was published (2026-06-15)
          sources: [src]
          status: achieved
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: a deadline whose period ends after publication', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      published: 2026-06-15
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2026
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: "2026-06"
          sources: [src]
          status: achieved
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('deadline/passed', () => {
  /** The plan with one target; `status` adds a status line to it. */
  const plan = (deadline: string, status?: string) =>
    yaml`
      id: test-plan-2024
      title: Test plan
      jurisdiction: CN-GD
      published: 2024-01-15
      period: { start: 2024, end: 2030 }
      targets:
        - id: industry
          metric: AI industry scale
          outcome: First in China
          deadline: ${deadline}
          sources: [src]
      sources: [{ id: src, title: A source }]
    `.replace('sources: [src]\n', status ? `sources: [src]\n    status: ${status}\n` : 'sources: [src]\n');

  test('fires (information) on an active target whose deadline has passed', () => {
    fires(yaml`
      id: test-plan-2024
      title: Test plan
      jurisdiction: CN-GD
      published: 2024-01-15
      period: { start: 2024, end: 2030 }
      targets:
        - id: industry
          metric: AI industry scale
          outcome: First in China
          deadline: 2025
      #             ^^^^ information[deadline/passed]: industry: deadline 2025-12-31 passed 11 months ago with no observation after it; record progress or set its status
          sources: [src]
          status: active
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: not yet passed, the deadline is today, or the target is no longer active', () => {
    check(plan('2026'));
    check(plan('"2026-11-27"'));
    check(plan('2025', 'achieved'));
    check(plan('2025', 'missed'));
    check(plan('2025'), { today: '2025-12-31' });
  });

  test('the reference date comes from the dataset context', () => {
    assert.deepEqual(findings(plan('2025'), { today: '2026-01-01' }).map((f) => f.code), ['deadline/passed']);
    assert.deepEqual(findings(plan('2025'), { today: '2025-06-01' }).map((f) => f.code), []);
  });

  test('quick fix: mark the target achieved or missed (recording progress is tested in rules-progress.test.ts)', () => {
    const before = plan('2025', 'active');
    assert.equal(fix(before, 'deadline/passed', { pick: 'Mark achieved' }), plan('2025', 'achieved'));
    assert.equal(fix(before, 'deadline/passed', { pick: 'Mark missed' }), plan('2025', 'missed'));
  });

  test('quick fix on a target without a status line: adds one', () => {
    assert.equal(fix(plan('2025'), 'deadline/passed', { pick: 'Mark achieved' }), plan('2025', 'achieved'));
    assert.equal(fix(plan('2025'), 'deadline/passed', { pick: 'Mark missed' }), plan('2025', 'missed'));
  });
});

describe('period/order', () => {
  test('fires when the period starts after it ends', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2030, end: 2026 }
      #                ^^^^ error[period/order]: period starts (2030-01-01) after it ends (2026-12-31)
      measures: [{ id: a, title: A }]
      sources: [{ id: src, title: A source }]
    `);
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: "2026-Q3", end: "2026-06" }
      #                ^^^^^^^^^ error[period/order]: period starts (2026-07-01) after it ends (2026-06-30)
      measures: [{ id: a, title: A }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: a period of one year, or of one quarter given as its months', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2026 }
      measures: [{ id: a, title: A }]
      sources: [{ id: src, title: A source }]
    `);
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: "2026-07", end: "2026-Q3" }
      measures: [{ id: a, title: A }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('quick fix: swap start and end', () => {
    assert.equal(fix('period: { start: 2030, end: "2026-06" }\n', 'period/order'), 'period: { start: "2026-06", end: 2030 }\n');
  });
});

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
    assert.equal(fix('targets:\n  - quantity: { value: 40, unit: "%" }\n', 'unit/unknown'), 'targets:\n  - quantity: { value: 40, unit: percent }\n');
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

describe('id/duplicate', () => {
  test('fires in a plan: targets and measures share one namespace, sources another', () => {
    const list = fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - { id: scale, metric: M, outcome: O, deadline: 2030, sources: [src] }
        - { id: scale, metric: M, outcome: O, deadline: 2030, sources: [src] }
      #         ^^^^^ error[id/duplicate]: duplicate target/measure id scale
      measures:
        - { id: scale, title: A measure }
      #         ^^^^^ error[id/duplicate]: duplicate target/measure id scale
      sources:
        - { id: src, title: A source }
        - { id: src, title: The same source }
      #         ^^^ error[id/duplicate]: duplicate source id src
    `);
    const first = list.find((f) => f.code === 'id/duplicate')!;
    assert.equal(first.related?.length, 1, 'points at the first one');
  });

  test('near miss: a target and a source may share an id', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - { id: src, metric: M, outcome: O, deadline: 2030, sources: [src] }
      sources:
        - { id: src, title: A source }
    `);
  });

  test('fires across the dataset when another file has the same plan id', () => {
    const list = fires(
      yaml`
        id: test-plan-2026
        #   ^^^^^^^^^^^^^^ error[id/duplicate]: plan id test-plan-2026 is also used by other.plan.yaml
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'other.plan.yaml': 'id: test-plan-2026\ntitle: The other one\n' } },
    );
    assert.deepEqual(list[0].related?.map((r) => r.file), ['other.plan.yaml']);
  });

  test('near miss: the dataset holds this plan itself and others with other ids', () => {
    check(BASE, { plans: { 'other.plan.yaml': 'id: other-plan-2026\n' } });
    check(BASE, { plans: {} });
  });
});

describe('ref/unknown-source', () => {
  test('fires on a target or measure citing a source the plan does not define', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
          metric: M
          outcome: O
          deadline: 2030
          sources: [gd-gov-2023, gd-press]
      #             ^^^^^^^^^^^ error[ref/unknown-source]: unknown source gd-gov-2023; did you mean gd-gov-2024?
      #                          ^^^^^^^^ error[ref/unknown-source]: unknown source gd-press; the plan's sources are gd-gov-2024
      measures:
        - { id: m, title: A measure, sources: [xinhua] }
      #                                        ^^^^^^ error[ref/unknown-source]: unknown source xinhua
      sources:
        - { id: gd-gov-2024, title: A source }
    `);
  });

  test('near miss: defined sources', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - { id: a, metric: M, outcome: O, deadline: 2030, sources: [gd-gov-2024, xinhua] }
      measures:
        - { id: m, title: A measure, sources: [xinhua] }
      sources:
        - { id: gd-gov-2024, title: A source }
        - { id: xinhua, title: A news report }
    `);
  });

  test('quick fix: the closest source id', () => {
    assert.equal(fix('targets: [{ sources: [srcc] }]\nsources: [{ id: src }]\n', 'ref/unknown-source'), 'targets: [{ sources: [src] }]\nsources: [{ id: src }]\n');
  });
});

describe('ref/unknown-plan', () => {
  const plan = yaml`
    id: cn-gd-general-ai-2023
    title: Test plan
    jurisdiction: CN-GD
    period: { start: 2023, end: 2025 }
    relations:
      - { type: supersedes, plan: cn-gd-ai-2019 }
    measures: [{ id: m, title: A measure }]
    sources: [{ id: src, title: A source }]
  `;

  test('fires when the dataset has no plan with that id', () => {
    fires(
      yaml`
        id: cn-gd-general-ai-2023
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2023, end: 2025 }
        relations:
          - { type: supersedes, plan: cn-gd-ai-2019 }
        #                             ^^^^^^^^^^^^^ error[ref/unknown-plan]: unknown plan cn-gd-ai-2019; did you mean cn-gd-ai-2018?
          - { type: implements, plan: nowhere-2017 }
        #                             ^^^^^^^^^^^^ error[ref/unknown-plan]: unknown plan nowhere-2017 (no plan in the dataset has this id)
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'cn-gd-ai-2018.plan.yaml': 'id: cn-gd-ai-2018\n' } },
    );
  });

  test('near miss: the plan exists; and a lone file says nothing about other plans', () => {
    check(plan, { plans: { 'x.plan.yaml': 'id: cn-gd-ai-2019\n' } });
    check(plan);
  });

  test('quick fix: the closest plan id', () => {
    assert.equal(fix(plan, 'ref/unknown-plan', { plans: { 'x.plan.yaml': 'id: cn-gd-ai-2018\n' } }), plan.replace('cn-gd-ai-2019', 'cn-gd-ai-2018'));
  });
});

describe('source/missing', () => {
  test('fires on a target without sources or with an empty list', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
      #       ^ warning[source/missing]: target a names no source
          metric: M
          outcome: O
          deadline: 2030
        - id: b
          metric: M
          outcome: O
          deadline: 2030
          sources: []
      #   ^^^^^^^ warning[source/missing]: target b names no source
      measures: [{ id: m, title: Measures need no source }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: a target with a source', () => {
    check(BASE);
  });

  test('quick fix: cite the plan’s only source', () => {
    const before = yaml`
      targets:
        - id: a
          metric: M
      sources: [{ id: src, title: A source }]
    `;
    assert.equal(fix(before, 'source/missing'), before.replace('metric: M\n', 'metric: M\n    sources: [src]\n'));
  });
});

describe('source/accessed-before-published', () => {
  test('fires when accessed before publication or after the reference date', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources:
        - id: a
          title: A source
          published: 2026-01-15
          accessed: 2026-01-14
      #             ^^^^^^^^^^ warning[source/accessed-before-published]: accessed 2026-01-14, before the source was published (2026-01-15)
        - id: b
          title: Another source
          accessed: 2026-11-28
      #             ^^^^^^^^^^ warning[source/accessed-before-published]: accessed 2026-11-28 is in the future (today is 2026-11-27)
    `);
  });

  test('near miss: accessed on the day of publication, or today', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources:
        - { id: a, title: A source, published: 2026-01-15, accessed: 2026-01-15 }
        - { id: b, title: Another source, accessed: 2026-11-27 }
    `);
  });
});

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

describe('dataset rules: plans that supersede each other', () => {
  const OLD = yaml`
    id: cn-gd-ai-2018
    title: Old plan
    jurisdiction: CN-GD
    period: { start: 2018, end: 2020 }
    status: superseded
    measures: [{ id: m, title: A measure }]
    sources: [{ id: src, title: A source }]
  `;
  const NEW = 'id: cn-gd-general-ai-2023\nperiod: { start: 2023, end: 2025 }\nrelations:\n  - { type: supersedes, plan: cn-gd-ai-2018 }\n';

  test('plan/superseded-in-force fires on the status of a plan another one supersedes', () => {
    const list = fires(
      yaml`
        id: cn-gd-ai-2018
        title: Old plan
        jurisdiction: CN-GD
        period: { start: 2018, end: 2020 }
        status: in-force
        #       ^^^^^^^^ warning[plan/superseded-in-force]: cn-gd-ai-2018 is superseded by cn-gd-general-ai-2023 but still marked in-force
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'new.plan.yaml': NEW } },
    );
    assert.deepEqual(list[0].related?.map((r) => r.file), ['new.plan.yaml']);
  });

  test('near miss: marked superseded, not superseded by anyone, or a lone file', () => {
    check(OLD, { plans: { 'new.plan.yaml': NEW } });
    // (these two still get status/period-ended: the period 2018–2020 has ended)
    check(OLD.replace('status: superseded', 'status: in-force'), { plans: { 'new.plan.yaml': NEW.replace('supersedes', 'implements') }, only: 'plan/superseded-in-force' });
    check(OLD.replace('status: superseded', 'status: in-force'), { only: 'plan/superseded-in-force' });
  });

  test('quick fix: mark the plan superseded', () => {
    const inForce = OLD.replace('status: superseded', 'status: in-force');
    assert.equal(fix(inForce, 'plan/superseded-in-force', { plans: { 'new.plan.yaml': NEW } }), OLD);
  });

  test('relation/inconsistent fires when a plan supersedes a later one, or two supersede each other', () => {
    fires(
      yaml`
        id: cn-gd-ai-2018
        title: Old plan
        jurisdiction: CN-GD
        period: { start: 2018, end: 2020 }
        relations:
          - { type: supersedes, plan: cn-gd-general-ai-2023 }
        #                             ^^^^^^^^^^^^^^^^^^^^^ warning[relation/inconsistent]: cn-gd-ai-2018 (from 2018-01-01) supersedes cn-gd-general-ai-2023, whose period starts later (2023-01-01)
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'new.plan.yaml': 'id: cn-gd-general-ai-2023\nperiod: { start: 2023, end: 2025 }\n' } },
    );
    fires(
      yaml`
        id: cn-gd-ai-2018
        title: Old plan
        jurisdiction: CN-GD
        period: { start: 2023, end: 2025 }
        relations:
          - { type: supersedes, plan: cn-gd-general-ai-2023 }
        #                             ^^^^^^^^^^^^^^^^^^^^^ warning[relation/inconsistent]: cn-gd-ai-2018 and cn-gd-general-ai-2023 supersede each other
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'new.plan.yaml': NEW } },
    );
  });

  test('near miss: a later plan supersedes an earlier one', () => {
    check(
      yaml`
        id: cn-gd-general-ai-2023
        title: New plan
        jurisdiction: CN-GD
        period: { start: 2023, end: 2025 }
        relations:
          - { type: supersedes, plan: cn-gd-ai-2018 }
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'old.plan.yaml': OLD } },
    );
  });
});

describe('region registries (*.regions.yaml)', () => {
  test('region/unknown, id/duplicate, region/cycle and region/bad-code fire in a registry', () => {
    fires(
      yaml`
        regions:
          - { id: shenzhen, name: Shenzhen, parent: CN-GD, codes: { GB/T-2260: "44030" } }
        #                                                                      ^^^^^^^ warning[region/bad-code]: GB/T-2260 code 44030 is not in the form six digits, e.g. 440300
          - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-XX] }
        #                                                               ^^^^^ error[region/unknown]: unknown region CN-XX
          - { id: zone-a, name: Zone A, parent: zone-b }
        #         ^^^^^^ error[region/cycle]: region zone-a is its own ancestor: zone-a → parent zone-b → parent zone-a
          - { id: zone-b, name: Zone B, parent: zone-a }
        #         ^^^^^^ error[region/cycle]: region zone-b is its own ancestor: zone-b → parent zone-a → parent zone-b
          - { id: shenzhen, name: Shenzhen again }
        #         ^^^^^^^^ error[id/duplicate]: duplicate region id shenzhen
          - { id: cn-gd, name: Guangdong }
        #         ^^^^^ error[id/duplicate]: region id cn-gd clashes with the ISO code CN-GD (Guangdong); use CN-GD instead
      `,
      { kind: 'regions' },
    );
  });

  test('near miss: a clean registry with parents, groups and well-formed codes', () => {
    check(
      yaml`
        regions:
          - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD, codes: { GB/T-2260: "440300", UN/LOCODE: CN SZX } }
          - { id: nanshan, name: Nanshan, parent: shenzhen }
          - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-MO, shenzhen] }
      `,
      { kind: 'regions' },
    );
  });
});

describe('config/bad-glob', () => {
  test('fires on each malformed glob of the config, on the entry', () => {
    fires(
      yaml`
        reference-date: 2026-11-27
        exclude: ["{drafts", archive/**]
        #         ^^^^^^^^^ error[config/bad-glob]: "{drafts" in exclude is not a valid glob (a { without its }); it matches nothing until it is fixed
        plan-files:
          - "plans/*.yml}"
        #   ^^^^^^^^^^^^^^ error[config/bad-glob]: "plans/*.yml}" in plan-files is not a valid glob (a } without its {); it matches nothing until it is fixed
        schemas:
          - schema: ./extra.schema.json
            files: ["{a,{b,c}}.yaml"]
        #           ^^^^^^^^^^^^^^^^ error[config/bad-glob]: "{a,{b,c}}.yaml" in schemas[].files is not a valid glob (a { inside another {); it matches nothing until it is fixed
      `,
      { kind: 'config' },
    );
  });

  test('near miss: braces, stars and question marks that are well formed', () => {
    check(
      yaml`
        reference-date: 2026-11-27
        exclude: ["{drafts,old}/**", "tmp?/*"]
        plan-files: ["plans/*.{yaml,yml}"]
        region-files: ["**/regions/*.yaml"]
      `,
      { kind: 'config' },
    );
  });
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
    assert.equal(fix('measures:\n  - funding: { amount: 1e9, currency: yuan }\n', 'currency/unknown'), 'measures:\n  - funding: { amount: 1e9, currency: CNY }\n');
  });

  test('300_000_000_000 → 300000000000', () => {
    assert.equal(fix('targets:\n  - money: { amount: 300_000_000_000 }\n', 'number/yaml11-style'), 'targets:\n  - money: { amount: 300000000000 }\n');
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
    assert.deepEqual(findings(before).map((f) => f.code), ['region/deprecated']);
    assert.deepEqual(findings(fix(before, 'region/deprecated')), []);
  });
});

/** The named rules of the catalogue in PLAN-FORMAT.md (format v1). */
const CATALOGUE = [
  'region/unknown',
  'region/deprecated',
  'region/outside-jurisdiction',
  'currency/unknown',
  'currency/precision',
  'money/implausible-equivalent',
  'deadline/invalid',
  'deadline/outside-period',
  'deadline/before-published',
  'deadline/passed',
  'period/order',
  'baseline/after-deadline',
  'baseline/already-met',
  'unit/mismatch',
  'unit/unknown',
  'id/duplicate',
  'ref/unknown-source',
  'ref/unknown-plan',
  'source/missing',
  'source/accessed-before-published',
  'number/yaml11-style',
];

test('every rule of the catalogue is in the engine with its severity, and has a fixture where it fires', () => {
  const severities: Record<string, string> = {
    'region/unknown': 'error',
    'region/deprecated': 'warning',
    'region/outside-jurisdiction': 'warning',
    'currency/unknown': 'error',
    'currency/precision': 'warning',
    'money/implausible-equivalent': 'warning',
    'deadline/invalid': 'error',
    'deadline/outside-period': 'warning',
    'deadline/before-published': 'warning',
    'deadline/passed': 'information',
    'period/order': 'error',
    'baseline/after-deadline': 'error',
    'baseline/already-met': 'warning',
    'unit/mismatch': 'error',
    'unit/unknown': 'information',
    'id/duplicate': 'error',
    'ref/unknown-source': 'error',
    'ref/unknown-plan': 'error',
    'source/missing': 'warning',
    'source/accessed-before-published': 'warning',
    'number/yaml11-style': 'warning',
  };
  const engine = Object.fromEntries(rules.map((r) => [r.id, r.severity]));
  assert.deepEqual(Object.fromEntries(CATALOGUE.map((id) => [id, engine[id]])), severities);
  assert.deepEqual(
    CATALOGUE.filter((id) => !fired.has(id)),
    [],
    'catalogue rules without a firing fixture in this file',
  );
  assert.ok(fired.has('target/value-count') && fired.has('yaml/DUPLICATE_KEY'));
  // and the rules added since format v1 too: every rule the engine has (the progress/ and status/
  // rules of issue 12 have theirs in rules-progress.test.ts)
  // the cross-checks of issue 13 have their fixtures in test/rules-crosscheck.test.ts (which checks that each fires)
  const crosscheck = new Set([...readFileSync(join(__dirname, 'rules-crosscheck.test.ts'), 'utf8').matchAll(/#\s*[\^|]+\S*\s+\w+\[([^\]]+)\]/g)].map((m) => m[1]));
  assert.deepEqual(
    rules.map((r) => r.id).filter((id) => !fired.has(id) && !crosscheck.has(id) && !/^(progress|status)\//.test(id)),
    [],
    'engine rules without a firing fixture in this file',
  );
});
