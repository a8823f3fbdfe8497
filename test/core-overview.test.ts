/** The dataset overview (core): plans, targets, measures, relations, regions with parents, USD amounts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyConfig, loneFile, type DatasetContext, type DatasetRegion } from '../server/src/core/dataset';
import { parseDocument } from '../server/src/core/engine';
import { buildOverview, mergeOverviews } from '../server/src/core/overview/build';
import { withFiles, withLines } from '../server/src/core/overview/lines';
import type { Finding } from '../server/src/core/types';

const GD = `id: cn-gd-ai-2023
title: Guangdong AI
jurisdiction: CN-GD
published: 2023-11-13
period: { start: 2023, end: 2025 }
status: in-force
currency: CNY
relations:
  - { type: supersedes, plan: cn-gd-ai-2018 }
  - { type: implements, plan: cn-national-2017 }
targets:
  - id: industry-2025
    metric: Core AI industry scale
    comparator: more-than
    money: { amount: 300e9 }
    baseline: { money: { amount: 150e9 }, at: 2022 }
    deadline: 2025
    status: achieved
    progress:
      - { at: 2025-10-22, money: { amount: 310e9 } }
      - { at: 2024, money: { amount: 250e9 } }
  - id: enterprises-2025
    metric: AI enterprises
    quantity: { value: 2000, unit: enterprises }
    deadline: 2025-Q4
    region: shenzhen
  - id: hub-2025
    metric: Role
    outcome: National hub
    deadline: 2025
    revises: cn-gd-ai-2018#hub-2020
measures:
  - id: fund
    title: AI fund
    funding: { amount: 70e9 }
    regions: [shenzhen]
`;

const OLD = `id: cn-gd-ai-2018
title: Guangdong AI 2018
jurisdiction: CN-GD
period: { start: 2018 }
targets:
  - id: hub-2020
    metric: Role
    outcome: Hub
    deadline: 2020
`;

function dataset(): DatasetContext {
  const regions = new Map<string, DatasetRegion>([
    ['shenzhen', { id: 'shenzhen', name: 'Shenzhen', parent: 'CN-GD', includes: [] }],
  ]);
  return { ...loneFile('2026-01-15'), regions, config: { ...emptyConfig(), fx: { CNY: { '2023': 7 } } } };
}

const warning = (start: number): Finding => ({
  code: 'x/y',
  severity: 'warning',
  message: 'm',
  range: { start, end: start + 1 },
});

function overview() {
  return buildOverview({
    files: [
      {
        file: '/d/gd.plan.yaml',
        doc: parseDocument(GD, 'plan'),
        findings: [warning(0), warning(3), { ...warning(5), severity: 'error' }],
      },
      { file: '/d/old.plan.yaml', doc: parseDocument(OLD, 'plan'), findings: [] },
      { file: '/d/r.regions.yaml', doc: parseDocument('regions: []\n', 'regions'), findings: [warning(0)] },
    ],
    dataset: dataset(),
  });
}

test('one entry per plan and per target, with the findings counted per plan', () => {
  const o = overview();
  assert.deepEqual(
    o.plans.map((p) => [p.id, p.targets, p.measures, p.findings.error, p.findings.warning]),
    [
      ['cn-gd-ai-2023', 3, 1, 1, 2],
      ['cn-gd-ai-2018', 1, 0, 0, 0],
    ],
  );
  assert.deepEqual(
    o.targets.map((t) => `${t.plan}#${t.id}`),
    [
      'cn-gd-ai-2023#industry-2025',
      'cn-gd-ai-2023#enterprises-2025',
      'cn-gd-ai-2023#hub-2025',
      'cn-gd-ai-2018#hub-2020',
    ],
  );
  assert.equal(o.referenceDate, '2026-01-15');
});

test('periods: a closed one as first and last day, an open-ended one without end', () => {
  const o = overview();
  assert.deepEqual(o.plans[0].period, { start: '2023-01-01', end: '2025-12-31' });
  assert.deepEqual(o.plans[1].period, { start: '2018-01-01', end: null });
});

test('standing is computed from the observations at the reference date (2026-01-15); a revised or withdrawn target shows its status', () => {
  const o = overview();
  // 310 bn on 2025-10-22 meets more than 300 bn; the others have no observation and their deadlines have passed
  assert.deepEqual(
    o.targets.map((t) => t.standing),
    ['met', 'no-data', 'no-data', 'no-data'],
  );
});

test('money in USD at the reference rate, with the rate named; quantities and outcomes as written', () => {
  const [money, quantity, outcome] = overview().targets;
  assert.equal(money.level.kind, 'money');
  assert.equal(money.level.money?.currency, 'CNY');
  assert.deepEqual(money.level.money?.rate, { currency: 'CNY', year: 2023, perUsd: 7 });
  assert.ok(Math.abs((money.level.money?.usd ?? 0) - 300e9 / 7) < 1);
  assert.equal(money.baseline?.value, 150e9);
  assert.equal(money.baseline?.at, '2022-12-31');
  assert.equal(money.comparator, 'more-than');
  assert.deepEqual(money.deadline, { start: '2025-01-01', end: '2025-12-31', text: '2025' });
  assert.deepEqual(
    [quantity.level.value, quantity.level.unit, quantity.comparator, quantity.region],
    [2000, 'enterprises', 'at-least', 'shenzhen'],
  );
  assert.deepEqual(quantity.deadline, { start: '2025-10-01', end: '2025-12-31', text: '2025-Q4' });
  assert.deepEqual([outcome.level.kind, outcome.level.outcome, outcome.comparator], ['outcome', 'National hub', null]);
  assert.deepEqual(overview().rates, [{ currency: 'CNY', year: 2023, perUsd: 7 }]);
});

test('the latest observation is the one with the latest date, whatever the order', () => {
  const t = overview().targets[0];
  assert.equal(t.latest?.at, '2025-10-22');
  assert.equal(t.latest?.value, 310e9);
  assert.equal(overview().targets[1].latest, null);
});

test('relations between plans and revised items, marked known when the other end is in the dataset', () => {
  assert.deepEqual(
    overview().relations.map((r) => [r.type, r.from, r.to, r.known]),
    [
      ['supersedes', 'cn-gd-ai-2023', 'cn-gd-ai-2018', true],
      ['implements', 'cn-gd-ai-2023', 'cn-national-2017', false],
      ['revises', 'cn-gd-ai-2023#hub-2025', 'cn-gd-ai-2018#hub-2020', true],
    ],
  );
});

test('regions with their parent chain, root first, and the targets and money within them', () => {
  const o = overview();
  const by = new Map(o.regions.map((r) => [r.code, r]));
  assert.deepEqual(
    o.regions.map((r) => r.code),
    ['CN', 'CN-GD', 'shenzhen'],
  );
  assert.deepEqual(by.get('shenzhen')?.chain, ['CN', 'CN-GD', 'shenzhen']);
  assert.deepEqual(
    [by.get('CN')?.level, by.get('CN-GD')?.level, by.get('shenzhen')?.level],
    ['country', 'province', 'city'],
  );
  assert.deepEqual(
    [
      by.get('CN-GD')?.targets,
      by.get('CN-GD')?.targetsWithin,
      by.get('CN')?.targetsWithin,
      by.get('shenzhen')?.targets,
    ],
    [3, 4, 4, 1],
  );
  assert.equal(by.get('CN-GD')?.plans, 2);
  assert.ok(Math.abs((by.get('CN')?.moneyWithinUsd ?? 0) - 300e9 / 7) < 1);
  assert.ok(Math.abs((by.get('shenzhen')?.fundingWithinUsd ?? 0) - 10e9) < 1);
});

test('places: the id of each item, as offsets, then as lines at the edge', () => {
  const o = overview();
  const t = o.targets[1];
  assert.equal(GD.slice(t.place.range.start, t.place.range.end), 'enterprises-2025');
  const lines = withFiles(
    withLines(o, (f) => (f === '/d/gd.plan.yaml' ? GD : OLD)),
    (f) => f.replace('/d/', ''),
  );
  const lt = lines.targets[1].place;
  assert.equal(lt.file, 'gd.plan.yaml');
  assert.equal(GD.split('\n')[lt.line].slice(lt.character, lt.endCharacter), 'enterprises-2025');
  assert.equal(lines.plans[0].place.line, 0);
});

test('two datasets side by side: items listed together, a region named by both counted once with both sums', () => {
  const a = overview();
  const b = buildOverview({
    files: [
      {
        file: '/e/old.plan.yaml',
        doc: parseDocument(OLD.replace('cn-gd-ai-2018', 'cn-gd-other'), 'plan'),
        findings: [],
      },
    ],
    dataset: { ...dataset(), referenceDate: '2026-02-01' },
  });
  const m = mergeOverviews([a, b]);
  assert.deepEqual(
    m.plans.map((p) => p.id),
    ['cn-gd-ai-2023', 'cn-gd-ai-2018', 'cn-gd-other'],
  );
  assert.equal(m.targets.length, a.targets.length + 1);
  const gd = m.regions.filter((r) => r.code === 'CN-GD');
  assert.equal(gd.length, 1);
  assert.equal(gd[0].targetsWithin, 5);
  assert.equal(m.referenceDate, '2026-02-01', 'the latest reference date');
  assert.equal(mergeOverviews([a]), a);
});
