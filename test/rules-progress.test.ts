/**
 * Progress (issue 12): the standing of a target (core/domain/standing.ts), and the rules that read
 * observations: each fires on a fixture and stays silent on a near miss. The reference date is
 * 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineAt, meets, standingOf, type StandingInput } from '../server/src/core/domain/standing';
import { parseDocument } from '../server/src/core/engine';
import { rules } from '../server/src/core/rules';
import { describeStanding, targetStanding } from '../server/src/core/rules/targetProgress';
import {
  check,
  dataset,
  findings,
  fix,
  parseAnnotations,
  suggestionTitles,
  yaml,
  type CheckOptions,
} from './helpers/fixture';

const fired = new Set<string>();
function fires(fixture: string, options?: CheckOptions) {
  const list = check(fixture, options);
  for (const a of parseAnnotations(fixture)) fired.add(a.code);
  return list;
}

describe('standing', () => {
  const base: StandingInput = {
    comparator: 'more-than',
    level: 2000,
    deadline: '2025-12-31',
    baseline: { value: 900, date: '2022-12-31' },
    observations: [],
    referenceDate: '2026-11-27',
  };
  const at = (value: number, date: string) => ({ value, date });

  test('no observation: not-yet-due before the deadline, no-data after it', () => {
    assert.equal(standingOf({ ...base, referenceDate: '2025-06-01' }).standing, 'not-yet-due');
    assert.equal(standingOf(base).standing, 'no-data');
    // the deadline day itself is not yet passed
    assert.equal(standingOf({ ...base, referenceDate: '2025-12-31' }).standing, 'not-yet-due');
  });

  test('met: the latest observation reaches the level, before or after the deadline', () => {
    assert.equal(standingOf({ ...base, observations: [at(2100, '2024-12-31')] }).standing, 'met');
    assert.equal(standingOf({ ...base, observations: [at(2100, '2026-03-05')] }).standing, 'met');
  });

  test('more-than is strict; at-least is not', () => {
    assert.equal(standingOf({ ...base, observations: [at(2000, '2025-12-31')] }).standing, 'missed');
    assert.equal(
      standingOf({ ...base, comparator: 'at-least', observations: [at(2000, '2025-12-31')] }).standing,
      'met',
    );
  });

  test('missed: the latest observation, dated on or after the deadline, falls short', () => {
    const r = standingOf({ ...base, observations: [at(2100, '2024-06-30'), at(1950, '2025-12-31')] });
    assert.equal(r.standing, 'missed');
    assert.deepEqual(r.latest, at(1950, '2025-12-31'));
  });

  test('on-track / behind: against the straight line from the baseline to the level at the observation’s date', () => {
    // 2022-12-31 → 2025-12-31 is 1096 days; 2024-06-30 is 547 days in: the line is at 900 + 1100 × 547/1096 ≈ 1449
    assert.ok(Math.abs(lineAt(base.baseline!, 2000, base.deadline, '2024-06-30') - 1449) < 1);
    const track = standingOf({ ...base, referenceDate: '2024-07-01', observations: [at(1500, '2024-06-30')] });
    assert.equal(track.standing, 'on-track');
    assert.ok(track.expected !== null && Math.abs(track.expected - 1449) < 1);
    assert.equal(
      standingOf({ ...base, referenceDate: '2024-07-01', observations: [at(1400, '2024-06-30')] }).standing,
      'behind',
    );
    // the example: 1,600 on 2025-10-22 against a line at about 1,930
    assert.equal(standingOf({ ...base, observations: [at(1600, '2025-10-22')] }).standing, 'behind');
  });

  test('the latest observation decides, in any order', () => {
    assert.equal(
      standingOf({
        ...base,
        referenceDate: '2025-01-01',
        observations: [at(1800, '2024-12-31'), at(1000, '2023-06-30')],
      }).standing,
      'on-track',
    );
    assert.equal(
      standingOf({
        ...base,
        referenceDate: '2025-01-01',
        observations: [at(1000, '2023-06-30'), at(1000, '2024-12-31')],
      }).standing,
      'behind',
    );
  });

  test('a downward goal (at-most, less-than) is on track at or below the line', () => {
    const down: StandingInput = {
      comparator: 'at-most',
      level: 50,
      deadline: '2030-12-31',
      baseline: { value: 100, date: '2020-12-31' },
      observations: [],
      referenceDate: '2026-01-01',
    };
    // half way (2025-12-31): the line is at 75
    assert.equal(standingOf({ ...down, observations: [at(70, '2025-12-31')] }).standing, 'on-track');
    assert.equal(standingOf({ ...down, observations: [at(80, '2025-12-31')] }).standing, 'behind');
    assert.equal(standingOf({ ...down, observations: [at(50, '2025-12-31')] }).standing, 'met');
    // less-than is strict: 50 does not reach "less than 50", but it is below the line
    assert.equal(
      standingOf({ ...down, comparator: 'less-than', observations: [at(50, '2025-12-31')] }).standing,
      'on-track',
    );
  });

  test('exactly and about: reached at the level (about within 5 %); the direction comes from the baseline', () => {
    assert.ok(meets('exactly', 100, 100) && !meets('exactly', 100.5, 100));
    assert.ok(meets('about', 96, 100) && meets('about', 104, 100) && !meets('about', 94, 100));
    const exact: StandingInput = {
      comparator: 'exactly',
      level: 50,
      deadline: '2030-12-31',
      baseline: { value: 100, date: '2020-12-31' },
      observations: [at(70, '2025-12-31')],
      referenceDate: '2026-01-01',
    };
    assert.equal(standingOf(exact).standing, 'on-track');
  });

  test('without a baseline: not-yet-due while the deadline is ahead, behind once it has passed', () => {
    assert.equal(
      standingOf({ ...base, baseline: null, referenceDate: '2025-01-01', observations: [at(1500, '2024-12-31')] })
        .standing,
      'not-yet-due',
    );
    assert.equal(standingOf({ ...base, baseline: null, observations: [at(1500, '2025-10-22')] }).standing, 'behind');
  });

  test('an outcome target (no level): not-yet-due or no-data, with or without observations', () => {
    assert.equal(standingOf({ ...base, level: null, observations: [at(0, '2025-12-31')] }).standing, 'no-data');
    assert.equal(
      standingOf({ ...base, level: null, referenceDate: '2025-01-01', observations: [at(0, '2024-12-31')] }).standing,
      'not-yet-due',
    );
  });
});

/** A plan with the Guangdong enterprise target; `progress` is the text of its observations (or none). */
const gd = (progress: string, extra = '') =>
  yaml`
  id: test-plan-2023
  title: Test plan
  jurisdiction: CN-GD
  period: { start: 2023, end: 2027 }
  currency: CNY
  targets:
    - id: enterprises-2025
      metric: AI enterprises
      comparator: more-than
      quantity: { value: 2000, unit: enterprises }
      baseline: { quantity: { value: 900, unit: enterprises }, at: 2022 }
      deadline: 2025
      sources: [src]
  PROGRESS
  EXTRA
  sources:
    - { id: src, title: A source }
    - { id: rep, title: A report }
`
    .replace('PROGRESS\n', progress ? `${progress.replace(/^/gm, '    ').replace(/^ +$/gm, '')}\n` : '')
    .replace('EXTRA\n', extra ? `${extra.replace(/^/gm, '    ')}\n` : '');

describe('targetStanding reads the tree', () => {
  test('the issue’s example: behind, with the figures', () => {
    const text = gd('progress:\n  - { at: 2025-10-22, quantity: { value: 1600, unit: enterprises }, source: rep }');
    const doc = parseDocument(text, 'plan');
    const s = targetStanding(doc.plan.targets[0], doc.plan, dataset());
    assert.ok(s);
    assert.equal(s.standing, 'behind');
    assert.equal(
      describeStanding(s),
      'behind: 1,600 of more than 2,000 enterprises on 2025-10-22 (rep); the straight line is at 1,929.74 then; 2022 baseline 900',
    );
  });

  test('converts units of one dimension and takes the target’s currency by default', () => {
    const text = yaml`
      id: test-plan-2023
      title: Test plan
      jurisdiction: CN
      period: { start: 2023, end: 2030 }
      currency: CNY
      targets:
        - id: compute
          metric: Computing power
          quantity: { value: 300, unit: EFLOPS }
          deadline: 2025
          progress: [{ at: 2025, quantity: { value: 310000, unit: PFLOPS }, source: src }]
          sources: [src]
        - id: scale
          metric: Scale
          money: { amount: 1e12 }
          deadline: 2030
          progress: [{ at: "2025-12", money: { amount: 1.2e12 }, source: src, estimate: true }]
          sources: [src]
      sources: [{ id: src, title: A source }]
    `;
    const doc = parseDocument(text, 'plan');
    const [a, b] = doc.plan.targets.map((t) => targetStanding(t, doc.plan, dataset()));
    assert.equal(a?.standing, 'met');
    assert.equal(a?.latest?.value, 310);
    assert.equal(b?.standing, 'met');
    assert.equal(describeStanding(b!), 'met: 1.2 trillion of at least 1 trillion CNY on "2025-12" (src), estimated');
  });

  test('observations after the reference date or in other units do not count', () => {
    const text = gd(
      'progress:\n  - { at: 2027, quantity: { value: 2500, unit: enterprises }, source: rep }\n  - { at: 2025, money: { amount: 3000 }, source: rep }',
    );
    const doc = parseDocument(text, 'plan');
    assert.equal(targetStanding(doc.plan.targets[0], doc.plan, dataset())?.standing, 'no-data');
  });
});

describe('progress/unit-mismatch', () => {
  test('fires on an observation in another unit, currency or kind', () => {
    fires(
      gd(
        'progress:\n  - at: 2025\n    quantity: { value: 1600, unit: GW }\n#             ^^^^^^^^^^^^^^^^^^^^^^^^^ error[progress/unit-mismatch]: observation at 2025 is a quantity in GW but target enterprises-2025 is a quantity in enterprises\n    source: rep',
      ),
      { only: 'progress/unit-mismatch' },
    );
    fires(
      gd(
        'progress:\n  - { at: 2025, money: { amount: 3000 }, source: rep }\n#                      ^^^^^^^^^^^^^^^^ error[progress/unit-mismatch]: is money in CNY but target enterprises-2025 is a quantity in enterprises',
      ),
      { only: 'progress/unit-mismatch' },
    );
  });

  test('near miss: the same unit, an alias of it, or a comparable unit', () => {
    check(gd('progress:\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: rep }'));
    check(yaml`
      id: test-plan-2023
      title: Test plan
      jurisdiction: CN
      period: { start: 2023, end: 2030 }
      currency: CNY
      targets:
        - id: compute
          metric: Computing power
          quantity: { value: 300, unit: EFLOPS }
          deadline: 2025
          progress: [{ at: 2025, quantity: { value: 310000, unit: PFLOPS }, source: src }]
          sources: [src]
        - id: scale
          metric: Scale
          money: { amount: 1e12 }
          deadline: 2030
          progress: [{ at: 2025, money: { amount: 1.2e12, currency: CNY }, source: src }]
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('progress/in-future', () => {
  test('fires on an observation whose period ends after the reference date', () => {
    fires(
      gd(
        'progress:\n  - { at: 2026, quantity: { value: 2100, unit: enterprises }, source: rep }\n#         ^^^^ warning[progress/in-future]: observation at 2026 (to 2026-12-31) is after the reference date 2026-11-27',
      ),
    );
    fires(
      gd(
        'progress:\n  - { at: 2026-11-28, quantity: { value: 2100, unit: enterprises }, source: rep }\n#         ^^^^^^^^^^ warning[progress/in-future]: observation at 2026-11-28 is after the reference date',
      ),
    );
  });

  test('near miss: dated on the reference date, or a month that has ended', () => {
    check(gd('progress:\n  - { at: 2026-11-27, quantity: { value: 2100, unit: enterprises }, source: rep }'));
    check(gd('progress:\n  - { at: "2026-10", quantity: { value: 2100, unit: enterprises }, source: rep }'));
  });
});

describe('progress/before-baseline', () => {
  test('fires on an observation dated before the baseline', () => {
    fires(
      gd(
        'progress:\n  - { at: 2021, quantity: { value: 800, unit: enterprises }, source: rep }\n#         ^^^^ warning[progress/before-baseline]: observation at 2021-12-31 is before the baseline (2022-01-01 – 2022-12-31)\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: rep }',
      ),
    );
  });

  test('near miss: inside the baseline’s year, or a target without a baseline', () => {
    check(
      gd(
        'progress:\n  - { at: "2022-06", quantity: { value: 900, unit: enterprises }, source: rep }\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: rep }',
      ),
    );
    check(
      gd(
        'progress:\n  - { at: 2021, quantity: { value: 800, unit: enterprises }, source: rep }\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: rep }',
      ).replace(/ +baseline: .*\n/, ''),
    );
  });
});

describe('progress/unknown-source', () => {
  test('fires on a source id the plan does not define, with a did-you-mean fix', () => {
    const text = gd(
      'progress:\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: repp }\n#                                                                     ^^^^ error[progress/unknown-source]: unknown source repp; did you mean rep?',
    );
    fires(text);
    assert.equal(fix(text, 'progress/unknown-source'), text.replace('source: repp', 'source: rep'));
  });

  test('near miss: a source of the plan', () => {
    check(gd('progress:\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: src }'));
  });
});

describe('progress/duplicate-date', () => {
  test('fires on the second observation of the same day or period', () => {
    fires(
      gd(
        'progress:\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: src }\n  - { at: 2025, quantity: { value: 2300, unit: enterprises }, source: rep }\n#         ^^^^ warning[progress/duplicate-date]: enterprises-2025 has two observations at 2025; keep one',
      ),
    );
  });

  test('near miss: a year and the last day of that year are different dates', () => {
    check(
      gd(
        'progress:\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: src }\n  - { at: 2025-12-31, quantity: { value: 2300, unit: enterprises }, source: rep }',
      ),
    );
  });
});

describe('status/contradicts-progress', () => {
  test('fires on achieved while the latest observation after the deadline falls short, with a fix', () => {
    const text = gd(
      'progress:\n  - { at: 2025, quantity: { value: 1900, unit: enterprises }, source: rep }',
      'status: achieved\n#       ^^^^^^^^ warning[status/contradicts-progress]: enterprises-2025 is marked achieved but the latest observation (1,900 on 2025-12-31) does not meet the level 2,000',
    );
    fires(text);
    assert.deepEqual(suggestionTitles(text, 'status/contradicts-progress'), ['Mark missed']);
    assert.equal(fix(text, 'status/contradicts-progress'), text.replace('status: achieved', 'status: missed'));
  });

  test('fires on missed while the latest observation meets the target', () => {
    fires(
      gd(
        'progress:\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: rep }',
        'status: missed\n#       ^^^^^^ warning[status/contradicts-progress]: is marked missed but the latest observation (2,100 on 2025-12-31) meets',
      ),
    );
  });

  test('near miss: the status agrees, or the latest observation is before the deadline', () => {
    check(
      gd('progress:\n  - { at: 2025, quantity: { value: 2100, unit: enterprises }, source: rep }', 'status: achieved'),
    );
    check(
      gd('progress:\n  - { at: 2025, quantity: { value: 1900, unit: enterprises }, source: rep }', 'status: missed'),
    );
    check(
      gd(
        'progress:\n  - { at: 2025-10-22, quantity: { value: 1600, unit: enterprises }, source: rep }',
        'status: achieved',
      ),
    );
  });
});

describe('status/period-ended', () => {
  const plan = (period: string, status: string) => yaml`
    id: test-plan-2023
    title: Test plan
    jurisdiction: CN-GD
    period: ${period}
    status: ${status}
    measures: [{ id: m, title: A measure, deadline: 2024 }]
    sources: [{ id: src, title: A source }]
  `;

  test('fires on an in-force plan whose period has ended, with a fix to ended', () => {
    const text = plan('{ start: 2023, end: 2025 }', 'in-force').replace(
      'in-force\n',
      'in-force\n#       ^^^^^^^^ warning[status/period-ended]: plan is in-force but its period ended 2025-12-31\n',
    );
    fires(text);
    assert.equal(fix(text, 'status/period-ended'), text.replace('status: in-force', 'status: ended'));
  });

  test('near miss: an open-ended period, a period that has not ended, or another status', () => {
    check(plan('{ start: 2023 }', 'in-force'));
    check(plan('{ start: 2023, end: 2026 }', 'in-force'));
    check(plan('{ start: 2023, end: 2025 }', 'ended'));
  });

  test('an open-ended period is not "outside" for deadline/outside-period, but a deadline before its start is', () => {
    check(plan('{ start: 2023 }', 'in-force').replace('deadline: 2024', 'deadline: 2040'));
    check(
      plan('{ start: 2023 }', 'in-force').replace(
        'deadline: 2024 }]\n',
        "deadline: 2020 }]\n#                                               ^^^^ warning[deadline/outside-period]: outside the plan's period 2023-01-01 – open-ended\n",
      ),
    );
  });
});

describe('deadline/passed', () => {
  test('fires when the deadline passed with no observation after it', () => {
    fires(
      gd('progress:\n  - { at: 2025-10-22, quantity: { value: 1600, unit: enterprises }, source: rep }').replace(
        'deadline: 2025\n',
        'deadline: 2025\n#             ^^^^ information[deadline/passed]: enterprises-2025: deadline 2025-12-31 passed 11 months ago with no observation after it; record progress or set its status\n',
      ),
    );
  });

  test('near miss: an observation on or after the deadline, a status, or a later plan revises the target', () => {
    check(gd('progress:\n  - { at: 2025, quantity: { value: 1600, unit: enterprises }, source: rep }'));
    check(gd('progress:\n  - { at: 2026-03-05, quantity: { value: 2600, unit: enterprises }, source: rep }'));
    check(gd('', 'status: missed'));
    const later = yaml`
      id: test-plan-2026
      title: A later plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2028 }
      targets:
        - id: enterprises-2027
          metric: AI enterprises
          quantity: { value: 2000, unit: enterprises }
          deadline: 2027
          revises: test-plan-2023#enterprises-2025
          sources: [src]
      sources: [{ id: src, title: A source }]
    `;
    check(gd(''), { plans: { 'later.plan.yaml': later } });
    // without the later plan in the dataset, the reminder stays
    assert.deepEqual(
      findings(gd('')).map((f) => f.code),
      ['deadline/passed'],
    );
  });

  test('quick fixes: record progress (block and flow, as the target is written), mark achieved or missed', () => {
    const before = gd('');
    assert.deepEqual(suggestionTitles(before, 'deadline/passed'), ['Record progress', 'Mark achieved', 'Mark missed']);
    assert.equal(
      fix(before, 'deadline/passed'),
      gd('progress:\n  - at: 2025\n    quantity: { value: , unit: enterprises }\n    source: '),
    );
    assert.equal(fix(before, 'deadline/passed', { pick: 'Mark achieved' }), gd('', 'status: achieved'));
    assert.equal(fix(gd('', 'status: active'), 'deadline/passed', { pick: 'Mark missed' }), gd('', 'status: missed'));
    // an existing list of observations gets one more item
    const one = gd('progress:\n  - at: 2025-10-22\n    quantity: { value: 1600, unit: enterprises }\n    source: rep');
    assert.equal(
      fix(one, 'deadline/passed'),
      gd(
        'progress:\n  - at: 2025-10-22\n    quantity: { value: 1600, unit: enterprises }\n    source: rep\n  - at: 2025\n    quantity: { value: , unit: enterprises }\n    source: ',
      ),
    );
    const flow = yaml`
      id: test-plan-2023
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2023, end: 2027 }
      currency: CNY
      targets:
        - { id: scale-2025, metric: Scale, money: { amount: 300e9 }, deadline: 2025, sources: [src] }
        - { id: hub-2025, metric: Hub, outcome: A hub, deadline: 2025, sources: [src], progress: [] }
      sources: [{ id: src, title: A source }]
    `;
    assert.equal(
      fix(flow, 'deadline/passed'),
      flow.replace(
        'sources: [src] }',
        'sources: [src], progress: [{ at: 2025, money: { amount: , currency: CNY }, source: }] }',
      ),
    );
    assert.equal(
      fix(flow, 'deadline/passed', { pick: 'Mark missed' }),
      flow.replace('sources: [src] }', 'sources: [src], status: missed }'),
    );
    const hub = flow.replace(/ +- \{ id: scale.*\n/, '');
    assert.equal(
      fix(hub, 'deadline/passed'),
      hub.replace('progress: []', 'progress: [{ at: 2025, outcome: "", source: }]'),
    );
  });
});

test('every progress/ and status/ rule of the engine has a firing fixture in this file', () => {
  const ours = rules.map((r) => r.id).filter((id) => id.startsWith('progress/') || id.startsWith('status/'));
  assert.deepEqual(ours.sort(), [
    'progress/before-baseline',
    'progress/duplicate-date',
    'progress/in-future',
    'progress/unit-mismatch',
    'progress/unknown-source',
    'status/contradicts-progress',
    'status/period-ended',
  ]);
  assert.deepEqual(
    ours.filter((id) => !fired.has(id)),
    [],
  );
});

describe('an observation reported as a bound', () => {
  const base: StandingInput = {
    comparator: 'more-than',
    level: 300,
    deadline: '2025-12-31',
    baseline: { value: 150, date: '2022-12-31' },
    observations: [],
    referenceDate: '2026-11-27',
  };

  test('"more than 300" meets a target of more than 300; a plain 300 misses it', () => {
    assert.equal(
      standingOf({ ...base, observations: [{ value: 300, date: '2025-12-31', bound: 'more-than' }] }).standing,
      'met',
    );
    assert.equal(standingOf({ ...base, observations: [{ value: 300, date: '2025-12-31' }] }).standing, 'missed');
  });

  test('"more than 250" after the deadline still misses a target of more than 300', () => {
    assert.equal(
      standingOf({ ...base, observations: [{ value: 250, date: '2025-12-31', bound: 'more-than' }] }).standing,
      'missed',
    );
  });

  test('"less than 10" meets an at-most-10 goal, and a more-than bound does not help a downward goal', () => {
    const down: StandingInput = {
      ...base,
      comparator: 'at-most',
      level: 10,
      baseline: { value: 20, date: '2022-12-31' },
    };
    assert.equal(
      standingOf({ ...down, observations: [{ value: 10, date: '2025-12-31', bound: 'less-than' }] }).standing,
      'met',
    );
    assert.equal(
      standingOf({ ...down, observations: [{ value: 11, date: '2025-12-31', bound: 'more-than' }] }).standing,
      'missed',
    );
  });

  test('read from the YAML: comparator on an observation', () => {
    const list = findings(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      published: 2023-01-15
      period: { start: 2023, end: 2025 }
      status: ended
      currency: CNY
      targets:
        - id: industry-2025
          metric: AI industry scale
          comparator: more-than
          money: { amount: 300e9 }
          deadline: 2025
          sources: [src]
          status: achieved
          progress:
            - { at: 2025, comparator: more-than, money: { amount: 300e9 }, source: src, quote: 突破3000亿元 }
      sources:
        - id: src
          title: A source
          published: 2023-01-15
          accessed: 2026-11-01
    `);
    assert.deepEqual(
      list.map((f) => f.code),
      [],
    );
  });
});
