/**
 * Deadline and period rules: invalid deadlines, deadlines outside the period or before publication, passed deadlines, and the period order.
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, findings, fix, yaml } from './helpers/fixture';
import { fires } from './helpers/rules';

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
    assert.deepEqual(
      findings(plan('2025'), { today: '2026-01-01' }).map((f) => f.code),
      ['deadline/passed'],
    );
    assert.deepEqual(
      findings(plan('2025'), { today: '2025-06-01' }).map((f) => f.code),
      [],
    );
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
    assert.equal(
      fix('period: { start: 2030, end: "2026-06" }\n', 'period/order'),
      'period: { start: "2026-06", end: 2030 }\n',
    );
  });
});
