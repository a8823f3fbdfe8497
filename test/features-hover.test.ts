/**
 * Hover, in process against the workspace (server/src/core/index.ts): the cursor is marked with `|`, and
 * each test compares the whole markdown and the text the hover's range covers. Reference date 2026-11-27.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atCursor, place, slice, workspaceOf, type CursorOptions } from './helpers/cursor';
import { yaml } from './helpers/fixture';

/** A plan with money and a stated equivalent, a withdrawn region code and a source reference. */
const PLAN = yaml`
  id: gd-test-2023
  title: Test plan
  jurisdiction: CN-GD
  published: 2023-11-13
  period: { start: 2023, end: 2025 }
  status: in-force
  currency: CNY
  targets:
    - id: industry-scale-2025
      metric: AI industry scale
      comparator: more-than
      money: { amount: 300e9 }
      stated-equivalent: { amount: 41.12e9, currency: USD }
      deadline: 2025
      region: CN-44
      sources: [gd-gov-2023]
      status: achieved
  sources:
    - id: gd-gov-2023
      title: The opinions
      published: 2023-11-13
      accessed: 2026-11-01
`;

/** The markdown of the hover at the cursor, or null. */
function markdownAt(marked: string, options: CursorOptions = {}): string | null {
  const { ws, file, offset } = atCursor(marked, options);
  return ws.hover(file, offset)?.markdown ?? null;
}

/** The hover at the cursor: its markdown and the text its range covers (null when there is none). */
function hoverAt(marked: string, options: CursorOptions = {}): { markdown: string; covers: string } | null {
  const { ws, file, offset, text } = atCursor(marked, options);
  const h = ws.hover(file, offset);
  return h && { markdown: h.markdown, covers: slice(text, h.range) };
}

describe('hover on codes', () => {
  test('a region code names the region, its level and its parent', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'jurisdiction: CN-|GD')), {
      markdown: '**CN-GD** — Guangdong (广东省)\n\nISO 3166-2 subdivision (Guangdong Sheng)\n\nPart of CN (China)',
      covers: 'CN-GD',
    });
  });

  test('a withdrawn region code names its successor', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'region: C|N-44')), {
      markdown:
        "**CN-44** — Guangdong (广东省)\n\nwithdrawn, now **CN-GD** (China's numeric codes were replaced in 2017)",
      covers: 'CN-44',
    });
  });

  test('an unknown region code says so', () => {
    assert.deepEqual(hoverAt(place(PLAN.replace('region: CN-44', 'region: CN-XX'), 'region: CN-X|X')), {
      markdown: '**CN-XX**: unknown region',
      covers: 'CN-XX',
    });
  });

  test('a currency: its name and minor units', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'currency: C|NY')), {
      markdown: '**CNY** — Yuan Renminbi\n\n2 minor units (decimals)',
      covers: 'CNY',
    });
    assert.deepEqual(hoverAt(place(PLAN, 'currency: U|SD')), {
      markdown: '**USD** — US Dollar\n\n2 minor units (decimals)',
      covers: 'USD',
    });
  });
});

describe('hover on values', () => {
  test('money: the amount in words, the stated equivalent, the implied and the reference rate', () => {
    assert.deepEqual(hoverAt(place(PLAN, '3|00e9')), {
      markdown:
        '300 billion CNY; stated as 41.12 billion USD, implying 7.30 CNY per USD; reference 2023: 7.08\n\n300,000,000,000 CNY · 3000亿',
      covers: '300e9',
    });
  });

  test('a deadline: its interval and the distance to the reference date', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'deadline: 20|25')), {
      markdown:
        '**Deadline** year 2025: 2025-01-01 – 2025-12-31\n\nends 2025-12-31, 11 months ago (reference date 2026-11-27)',
      covers: '2025',
    });
  });

  test('a period bound reads as an interval too, the start from its first day', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'start: 20|23')), {
      markdown:
        '**Period start** year 2023: 2023-01-01 – 2023-12-31\n\nthe plan applies from 2023-01-01, 3 years 11 months ago (reference date 2026-11-27)',
      covers: '2023',
    });
  });

  test('an enum value: its meaning', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'status: in-|force')), {
      markdown: '**in-force** — Adopted and currently applying.',
      covers: 'in-force',
    });
  });

  test('a plain value shows what its field means', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'published: 2023-11-1|3\nperiod')), {
      markdown:
        '**Published**\n\nThe day the plan was issued or published, as printed on the document, in the form YYYY-MM-DD.',
      covers: '2023-11-13',
    });
  });
});

describe('hover on keys and ids', () => {
  test('a property key: its schema title and description', () => {
    assert.deepEqual(hoverAt(place(PLAN, 'm|etric:')), {
      markdown:
        '**Metric**\n\nWhat the target measures, in a few plain English words. Put the level to reach in money, quantity or outcome, not here.\n\nExample: `AI industry scale`',
      covers: 'metric',
    });
  });

  test("a target id: the target's standing, then what the field means", () => {
    assert.deepEqual(hoverAt(place(PLAN, '- id: industry-|scale-2025')), {
      markdown:
        '**industry-scale-2025** · no-data: no observation since the deadline 2025-12-31\n\n(reference date 2026-11-27)\n\n---\n\n' +
        '**Target id**\n\nA short name for this target in lowercase words joined by hyphens, unique within the plan. Other tools and reports refer to the target by it, so keep it stable once published.',
      covers: 'industry-scale-2025',
    });
  });

  test('a source reference: the title of the source', () => {
    assert.deepEqual(hoverAt(place(PLAN, '[gd-|gov-2023]')), { markdown: '**The opinions**', covers: 'gd-gov-2023' });
  });

  test('nothing in a comment or past the end of the text', () => {
    assert.equal(hoverAt('id: x\n# a |comment\n'), null);
    assert.equal(hoverAt('id: x\n|'), null);
  });
});

describe('hover across a dataset', () => {
  const REGIONS = yaml`
    regions:
      - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD }
      - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-MO] }
  `;
  const OLD = yaml`
    id: sz-ai-2020
    title: Shenzhen AI plan 2020
    jurisdiction: shenzhen
    period: { start: 2020, end: 2023 }
    status: superseded
    measures:
      - { id: m, title: M }
    sources:
      - { id: s, title: S }
  `;
  const NEW = yaml`
    id: sz-ai-2024
    title: Shenzhen AI plan 2024
    jurisdiction: shenzhen
    period: { start: 2024, end: 2026 }
    status: in-force
    relations:
      - { type: supersedes, plan: sz-ai-2020 }
    measures:
      - { id: m, title: M, regions: [gba] }
    sources:
      - { id: s, title: S }
  `;
  const dataset = { regions: REGIONS, plans: { 'old.plan.yaml': OLD } };

  test('a dataset region: its name, that the dataset defines it, its parent', () => {
    assert.deepEqual(hoverAt(place(NEW, 'jurisdiction: shen|zhen'), dataset), {
      markdown: '**shenzhen** — Shenzhen (深圳市)\n\nRegion defined by the dataset\n\nPart of CN-GD',
      covers: 'shenzhen',
    });
  });

  test('a dataset region that groups others lists them', () => {
    assert.deepEqual(hoverAt(place(NEW, '[gb|a]'), dataset), {
      markdown: '**gba** — Greater Bay Area\n\nRegion defined by the dataset\n\nIncludes CN-GD, CN-HK, CN-MO',
      covers: 'gba',
    });
  });

  test('a related plan: its title, its file and its status', () => {
    assert.deepEqual(hoverAt(place(NEW, 'plan: sz-|ai-2020'), dataset), {
      markdown: '**Shenzhen AI plan 2020**\n\n/fixture/old.plan.yaml · superseded',
      covers: 'sz-ai-2020',
    });
  });

  test('a relation type: what it means', () => {
    assert.deepEqual(hoverAt(place(NEW, 'type: sup|ersedes'), dataset), {
      markdown: '**supersedes** — This plan replaces the other one.',
      covers: 'supersedes',
    });
  });

  test('in a region registry: keys describe the registry fields, codes the ISO regions', () => {
    const registry = { file: 'dataset.regions.yaml' };
    assert.deepEqual(hoverAt(place(REGIONS, 'id: shen|zhen'), registry), {
      markdown:
        '**Region id**\n\nThe id plans use for this region, in lowercase words joined by hyphens, so it can never be mistaken for an ISO code. It must be unique in the dataset.',
      covers: 'shenzhen',
    });
    assert.deepEqual(hoverAt(place(REGIONS, 'name: Sh|enzhen'), registry), {
      markdown: "**Name**\n\nThe region's usual name in English.",
      covers: 'Shenzhen',
    });
    assert.deepEqual(hoverAt(place(REGIONS, '[CN-G|D'), registry), {
      markdown: '**CN-GD** — Guangdong (广东省)\n\nISO 3166-2 subdivision (Guangdong Sheng)\n\nPart of CN (China)',
      covers: 'CN-GD',
    });
  });
});

describe('after the trial: period bounds, units, money in full', () => {
  const TRIAL = yaml`
    id: h-2023
    title: H
    jurisdiction: CN-GD
    period: { start: 2023, end: "2025-Q2" }
    currency: CNY
    targets:
      - id: t
        metric: M
        money: { amount: 300e9 }
        deadline: 2025
      - id: q
        metric: Q
        quantity: { value: 2000, unit: enterprises }
        deadline: 2025
      - id: w
        metric: W
        quantity: { value: 3, unit: widgets }
        deadline: 2025
  `;

  test('period start: its first day, not "ends"', () => {
    assert.equal(
      markdownAt(TRIAL.replace('start: 2023', 'start: 20|23')),
      '**Period start** year 2023: 2023-01-01 – 2023-12-31\n\nthe plan applies from 2023-01-01, 3 years 11 months ago (reference date 2026-11-27)',
    );
    assert.equal(
      markdownAt(TRIAL.replace('"2025-Q2"', '"2025-|Q2"')),
      '**Period end** quarter 2025-Q2: 2025-04-01 – 2025-06-30\n\nends 2025-06-30, 1 year 5 months ago (reference date 2026-11-27)',
    );
  });

  test('a unit: the unit itself; an unknown unit says so', () => {
    assert.equal(
      markdownAt(TRIAL.replace('unit: enterprises', 'unit: enter|prises')),
      '**enterprises** — number of companies\n\ndimension: count',
    );
    assert.equal(
      markdownAt(TRIAL.replace('unit: widgets', 'unit: wid|gets')),
      "**widgets**: not in the unit list (docs/plan-format.md#units) or the dataset config's units",
    );
  });

  test('money: in words, the exact number and the 亿 form', () => {
    assert.equal(
      markdownAt(TRIAL.replace('amount: 300e9', 'amount: 30|0e9')),
      '300 billion CNY\n\n300,000,000,000 CNY · 3000亿',
    );
  });

  test('inlay hints: a period start shows its first day, the end and deadlines their last; each target its standing', () => {
    const { ws, path } = workspaceOf({ 'test.plan.yaml': TRIAL });
    const labels = ws
      .inlayHints(path('test.plan.yaml'), { start: 0, end: TRIAL.length })
      .map((h) => `${TRIAL.slice(0, h.offset).split('\n').length}: ${h.label}`);
    assert.deepEqual(labels, [
      '4: from 2023-01-01',
      '4: → 2025-06-30',
      '7: no-data',
      '9: = 300 billion CNY',
      '10: → 2025-12-31',
      '11: no-data',
      '14: → 2025-12-31',
      '15: no-data',
      '18: → 2025-12-31',
    ]);
  });
});
