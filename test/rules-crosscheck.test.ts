/**
 * Cross-checks an analyst does by hand (issue 13): quotes against typed numbers, conflicting targets,
 * roll-ups, parts against totals, region codes, source dates. Each rule has a fixture where it fires and
 * a near miss where it must stay silent; the quote reader has its own unit tests.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCheck } from '../server/src/cli/check';
import { comparatorWords, quotedComparator } from '../server/src/core/domain/comparatorWords';
import { agrees, readQuoteNumbers, yamlNumber } from '../server/src/core/domain/quoteNumbers';
import { parseDocument } from '../server/src/core/engine';
import { complete } from '../server/src/core/features/completion';
import { hover, regionHover } from '../server/src/core/features/hover';
import { isHomePage } from '../server/src/core/rules/sourceHomepageUrl';
import { schemaIds } from '../server/src/core/schema/store';
import { rules } from '../server/src/core/rules';
import { check as checkFixture, dataset, fix, parseAnnotations, yaml, type CheckOptions } from './helpers/fixture';

/** Codes that some firing fixture of this file annotates (each rule of issue 13 must be among them). */
const fired = new Set<string>();
function check(fixture: string, options?: CheckOptions) {
  const list = checkFixture(fixture, options);
  for (const a of parseAnnotations(fixture)) fired.add(a.code);
  return list;
}

/** A plan around one target; `target` is the target's lines (indented by four spaces). */
function plan(target: string, extra = ''): string {
  return `id: test-plan-2026
title: Test plan
jurisdiction: CN-GD
published: 2026-01-15
period: { start: 2026, end: 2030 }
currency: CNY
targets:
  - id: industry-2030
${target}
    deadline: 2030
    sources: [src]
${extra}sources:
  - id: src
    title: A source
    published: 2026-01-15
    accessed: 2026-11-01
`;
}

describe('the quote reader', () => {
  const read = (q: string) =>
    readQuoteNumbers(q).map((n) => ({
      value: n.value,
      text: n.text,
      ...(n.currency ? { currency: n.currency } : {}),
      ...(n.unit ? { unit: n.unit } : {}),
      ...(n.magnitude ? { magnitude: true } : {}),
    }));

  test('Chinese scale words: 万, 亿, 万亿, and 十/百/千 before them', () => {
    assert.deepEqual(read('核心产业规模突破3000亿元'), [{ value: 300e9, text: '3000亿元', currency: 'CNY' }]);
    assert.deepEqual(read('1.2万亿'), [{ value: 1.2e12, text: '1.2万亿' }]);
    assert.deepEqual(read('1500亿'), [{ value: 150e9, text: '1500亿' }]);
    assert.deepEqual(read('带动相关产业5万'), [{ value: 5e4, text: '5万' }]);
    assert.deepEqual(read('规模达2千亿'), [{ value: 2e11, text: '2千亿' }]);
  });

  test('a magnitude without digits: 千亿级, 万亿级 (the value is its lower end)', () => {
    assert.deepEqual(read('打造千亿级产业集群'), [{ value: 1e11, text: '千亿级', magnitude: true }]);
    assert.deepEqual(read('万亿级'), [{ value: 1e12, text: '万亿级', magnitude: true }]);
    // 十四五 is a plan period, not a scale; 千亿 without 级 is a word, not read
    assert.deepEqual(read('十四五期间'), []);
  });

  test('computing power: 千万亿次浮点运算/秒 is PFLOPS, and the units PFLOPS, EFLOPS, "P FLOPS"', () => {
    assert.deepEqual(read('5000千万亿次浮点运算/秒 (PFLOPS)'), [
      { value: 5000, text: '5000千万亿次浮点运算/秒 (PFLOPS)', unit: 'PFLOPS' },
    ]);
    assert.deepEqual(read('50 EFLOPS'), [{ value: 50, text: '50 EFLOPS', unit: 'EFLOPS' }]);
    assert.deepEqual(read('调度规模达30000P FLOPS'), [{ value: 30000, text: '30000P FLOPS', unit: 'PFLOPS' }]);
  });

  test('English scale words and currencies before or after', () => {
    assert.deepEqual(read('300 billion yuan'), [{ value: 300e9, text: '300 billion yuan', currency: 'CNY' }]);
    assert.deepEqual(read('$52.7 billion'), [{ value: 52.7e9, text: '$52.7 billion', currency: 'USD' }]);
    assert.deepEqual(read('EUR 1.5 trillion'), [{ value: 1.5e12, text: 'EUR 1.5 trillion', currency: 'EUR' }]);
    assert.deepEqual(read('投资500亿美元'), [{ value: 50e9, text: '500亿美元', currency: 'USD' }]);
  });

  test('percentages and counts', () => {
    assert.deepEqual(read('7%'), [{ value: 7, text: '7%', unit: 'percent' }]);
    assert.deepEqual(read('占比达到12.5％'), [{ value: 12.5, text: '12.5％', unit: 'percent' }]);
    assert.deepEqual(read('2,000 enterprises'), [{ value: 2000, text: '2,000' }]);
    assert.deepEqual(read('企业数量超2000家'), [{ value: 2000, text: '2000' }]);
  });

  test('years, ordinals and labels are not figures', () => {
    assert.deepEqual(read('2024年建成并投入运营算力规模达4000PFLOPS（每秒浮点运算次数）'), [
      { value: 4000, text: '4000PFLOPS', unit: 'PFLOPS' },
    ]);
    assert.deepEqual(read('by 2025 the industry will reach 300 billion yuan'), [
      { value: 300e9, text: '300 billion yuan', currency: 'CNY' },
    ]);
    assert.deepEqual(read('2023-2025年'), []);
    assert.deepEqual(read('建设5G基站'), []);
    assert.deepEqual(read('居全国第1'), []);
    assert.deepEqual(read('in 2030'), []);
  });

  test('several figures are all read (the rule then says nothing)', () => {
    assert.deepEqual(
      read('规模突破3000亿元，带动相关产业超1万亿元').map((n) => n.value),
      [300e9, 1e12],
    );
  });

  test('agreement: equal to a part in a billion, or inside a magnitude', () => {
    const [q] = readQuoteNumbers('1.2万亿');
    assert.ok(agrees(1.2e12, q));
    assert.ok(!agrees(1.2e11, q));
    const [m] = readQuoteNumbers('千亿级');
    assert.ok(agrees(300e9, m));
    assert.ok(!agrees(1.5e12, m));
    assert.ok(!agrees(50e9, m));
  });

  test('values are written back as readable YAML numbers', () => {
    assert.equal(yamlNumber(300e9), '300e9');
    assert.equal(yamlNumber(1.2e12), '1.2e12');
    assert.equal(yamlNumber(52.7e9), '52.7e9');
    assert.equal(yamlNumber(2000), '2000');
    assert.equal(yamlNumber(12.5), '12.5');
  });
});

describe('quote/amount-mismatch', () => {
  test('fires when 3000亿 was typed as 30e9, and the fix writes the quoted value', () => {
    const text = plan(`    metric: AI industry scale
    comparator: more-than
    money: { amount: 30e9 }
    #                ^^^^ warning[quote/amount-mismatch]: target industry-2030: quote says 3000亿元 = 300,000,000,000 CNY; amount is 30,000,000,000
    quote: 核心产业规模突破3000亿元`);
    const [f] = check(text, { only: 'quote/' });
    assert.equal(f.related?.[0].message, 'the quote: 3000亿元');
    assert.match(fix(text, 'quote/amount-mismatch'), /money: \{ amount: 300e9 \}/);
  });

  test('fires on a compute target across units (50 EFLOPS typed as 5000 PFLOPS)', () => {
    check(
      plan(`    metric: Computing power
    quantity: { value: 5000, unit: PFLOPS }
    #                  ^^^^ warning[quote/amount-mismatch]: quote says 50 EFLOPS = 50,000 PFLOPS; value is 5,000
    quote: 算力规模达到50 EFLOPS`),
      { only: 'quote/' },
    );
  });

  test('fires on a count and on a progress observation', () => {
    check(
      plan(`    metric: AI enterprises
    comparator: more-than
    quantity: { value: 200, unit: enterprises }
    #                  ^^^ warning[quote/amount-mismatch]: quote says 2000; value is 200
    quote: 企业数量超2000家
    progress:
      - at: 2026-10-01
        quantity: { value: 1600, unit: enterprises }
        #                  ^^^^ warning[quote/amount-mismatch]: industry-2030 progress: quote says 1700; value is 1,600
        source: src
        quote: 核心企业超1700家`),
      { only: 'quote/' },
    );
  });

  test('near misses: equal after scale and unit, a magnitude, several figures, another currency, no figure', () => {
    for (const [value, quote] of [
      ['money: { amount: 300e9 }', '核心产业规模突破3000亿元'],
      ['money: { amount: 1.2e12 }', '1.2万亿'],
      ['money: { amount: 300e9 }', '打造千亿级产业集群'],
      ['money: { amount: 300e9 }', '规模突破3000亿元，带动相关产业超1万亿元'],
      ['money: { amount: 300e9 }', '$41 billion'],
      ['money: { amount: 300e9 }', '2025年全国领先'],
      ['quantity: { value: 5000, unit: PFLOPS }', '5000千万亿次浮点运算/秒 (PFLOPS)'],
      ['quantity: { value: 50000, unit: PFLOPS }', '50 EFLOPS'],
      ['quantity: { value: 7, unit: percent }', '年均增长7%，企业超2000家'],
      ['quantity: { value: 2000, unit: enterprises }', '2,000 enterprises by 2030'],
    ]) {
      check(plan(`    metric: Something\n    ${value}\n    quote: "${quote}"`), { only: 'quote/amount-mismatch' });
    }
  });
});

describe('quote/comparator-mismatch', () => {
  test('the word table: longest first, 超 only before a figure, English on word boundaries', () => {
    assert.deepEqual(
      comparatorWords('能耗不超过1.3').map((w) => [w.word, w.comparator]),
      [['不超过', 'at-most']],
    );
    assert.deepEqual(
      comparatorWords('企业超2000家').map((w) => w.comparator),
      ['more-than'],
    );
    assert.deepEqual(comparatorWords('建设超算中心'), []);
    assert.deepEqual(
      comparatorWords('no more than 1.3').map((w) => w.comparator),
      ['at-most'],
    );
    assert.deepEqual(
      comparatorWords('exceeds 300 billion').map((w) => w.comparator),
      ['more-than'],
    );
    assert.deepEqual(comparatorWords('overreaching'), []);
    assert.equal(quotedComparator('不低于100家，力争突破200家'), null, 'words that disagree say nothing');
  });

  test('fires on a written comparator, with the fix', () => {
    const text = plan(`    metric: AI industry scale
    comparator: at-least
    #           ^^^^^^^^ information[quote/comparator-mismatch]: target industry-2030: the quote says 突破 (more-than) but comparator is at-least
    money: { amount: 300e9 }
    quote: 核心产业规模突破3000亿元`);
    check(text, { only: 'quote/' });
    assert.match(fix(text, 'quote/comparator-mismatch'), /comparator: more-than\n/);
  });

  test('fires without a comparator (at-least), and the fix inserts one', () => {
    const text = plan(`    metric: AI enterprises
    quantity: { value: 2000, unit: enterprises }
#   ^^^^^^^^ information[quote/comparator-mismatch]: the quote says 超 (more-than) but there is no comparator (at-least)
    quote: 企业数量超2000家`);
    check(text, { only: 'quote/' });
    assert.match(
      fix(text, 'quote/comparator-mismatch'),
      /metric: AI enterprises\n {4}comparator: more-than\n {4}quantity:/,
    );
  });

  test('near misses: agreeing words, no words, ambiguous words, at-most wording on an at-most target', () => {
    for (const [comparator, quote] of [
      ['comparator: more-than', '核心产业规模突破3000亿元'],
      ['', '规模达到3000亿元'],
      ['', '3000亿元'],
      ['', '建设超算中心, 3000亿元'],
      ['comparator: at-most', 'PUE不超过1.3'],
      ['comparator: about', '不低于100家，力争突破200家'],
    ]) {
      check(
        plan(
          `    metric: Something\n${comparator ? `    ${comparator}\n` : ''}    quantity: { value: 1, unit: PUE }\n    quote: "${quote}"`,
        ),
        { only: 'quote/comparator-mismatch' },
      );
    }
  });
});

const INDICATORS = yaml`
  indicators:
    - { id: ai-core-industry-scale, name: Core AI industry scale, name-original: 人工智能核心产业规模, currency: CNY }
    - { id: intelligent-computing-power, name: Intelligent computing power, name-original: 智能算力规模, unit: EFLOPS }
`;

/** Another plan of the dataset with one target. */
function other(id: string, jurisdiction: string, target: string, head = ''): string {
  return `id: ${id}
title: Other plan
jurisdiction: ${jurisdiction}
period: { start: 2023, end: 2030 }
currency: CNY
${head}targets:
  - id: other-target
    metric: AI industry scale
${target}
    deadline: 2025
    status: achieved
    sources: [src]
sources: [{ id: src, title: A source }]
`;
}

/** This plan: Guangdong, one target for 2025. */
function gd(target: string, head = ''): string {
  return `id: test-plan-2026
title: Test plan
jurisdiction: CN-GD
period: { start: 2023, end: 2030 }
currency: CNY
${head}targets:
  - id: industry-2025
    metric: AI industry scale
${target}
    deadline: 2025
    status: achieved
    sources: [src]
sources: [{ id: src, title: A source }]
`;
}

describe('indicators: ref/unknown-indicator, hover, completion', () => {
  test('an unknown indicator is an error with the closest ids as fixes', () => {
    const text = gd(`    indicator: ai-core-industry-scal
    #          ^^^^^^^^^^^^^^^^^^^^^ error[ref/unknown-indicator]: unknown indicator ai-core-industry-scal; did you mean ai-core-industry-scale?
    money: { amount: 300e9 }`);
    check(text, { indicators: INDICATORS, plans: {} });
    assert.match(
      fix(text, 'ref/unknown-indicator', { indicators: INDICATORS, plans: {} }),
      /indicator: ai-core-industry-scale\n/,
    );
  });

  test('near misses: a known indicator (from a file or from the config), and a lone file that knows no list', () => {
    check(gd(`    indicator: ai-core-industry-scale\n    money: { amount: 300e9 }`), {
      indicators: INDICATORS,
      plans: {},
    });
    check(gd(`    indicator: ai-core-industry-scale\n    money: { amount: 300e9 }`), {
      plans: {},
      config: { indicators: [{ id: 'ai-core-industry-scale', name: 'Core AI industry scale' }] },
    });
    check(gd(`    indicator: anything\n    money: { amount: 300e9 }`));
  });

  test('the indicator file is checked against its schema', () => {
    check(
      yaml`
      indicators:
        - { id: a-b, name: A, unit: PFLOPS, currency: CNY }
      #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error[schema/not]
    `,
      { kind: 'indicators', file: 'x.indicators.yaml' },
    );
  });

  test('hover names the indicator; completion lists the indicators', () => {
    const text = gd(`    indicator: ai-core-industry-scale\n    money: { amount: 300e9 }`);
    const ds = dataset({ indicators: INDICATORS });
    const doc = parseDocument(text, 'plan');
    const h = hover(doc, text.indexOf('ai-core-industry-scale') + 3, ds, schemaIds.plan);
    assert.match(h?.markdown ?? '', /\*\*ai-core-industry-scale\*\* — Core AI industry scale \(人工智能核心产业规模\)/);
    assert.match(h?.markdown ?? '', /in CNY/);
    const blank = text.replace('indicator: ai-core-industry-scale', 'indicator: ');
    const items = complete(parseDocument(blank, 'plan'), blank.indexOf('indicator: ') + 11, ds).items;
    assert.deepEqual(
      items.map((i) => i.label),
      ['ai-core-industry-scale', 'intelligent-computing-power'],
    );
    assert.match(items[0].detail ?? '', /人工智能核心产业规模/);
  });
});

describe('target/conflict', () => {
  test('fires when another plan in force gives another value for the same indicator, region and year', () => {
    const list = check(
      gd(`    indicator: ai-core-industry-scale
    money: { amount: 300e9 }
    #      ^^^^^^^^^^^^^^^^^ warning[target/conflict]: Core AI industry scale for CN-GD (Guangdong) by 2025: 300 bn CNY here, 250 bn CNY in other-plan-2023`),
      {
        indicators: INDICATORS,
        plans: {
          'other.plan.yaml': other(
            'other-plan-2023',
            'CN-GD',
            '    indicator: ai-core-industry-scale\n    money: { amount: 250e9 }',
          ),
        },
      },
    );
    assert.equal(list[0].related?.[0].file, 'other.plan.yaml');
  });

  test('without indicators, the exact metric text and quantities through units', () => {
    check(
      gd(`    quantity: { value: 20000, unit: PFLOPS }
    #         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning[target/conflict]: "AI industry scale" for CN-GD (Guangdong) by 2025: 20,000 PFLOPS here, 30 EFLOPS in other-plan-2023`),
      { plans: { 'other.plan.yaml': other('other-plan-2023', 'CN-GD', '    quantity: { value: 30, unit: EFLOPS }') } },
    );
  });

  test('many plans stating the same figure: the first plan in the dataset with another figure is named; a plan whose first target of the key agrees is not', () => {
    const same = '    indicator: ai-core-industry-scale\n    money: { amount: 300e9 }';
    const plans: Record<string, string> = {};
    for (let i = 0; i < 40; i++)
      plans[`a${String(i).padStart(2, '0')}.plan.yaml`] = other(`agree-${i}-2023`, 'CN-GD', same);
    // a plan with two targets of the key: its first agrees, so its second is not compared (as a plan reads)
    plans['b.plan.yaml'] = other('both-2023', 'CN-GD', same).replace(
      'sources: [src]\n',
      'sources: [src]\n  - id: second\n    metric: AI industry scale\n    indicator: ai-core-industry-scale\n    money: { amount: 100e9 }\n    deadline: 2025\n    sources: [src]\n',
    );
    plans['c.plan.yaml'] = other('differ-late-2023', 'CN-GD', same.replace('300e9', '200e9'));
    plans['c0.plan.yaml'] = other('differ-2023', 'CN-GD', same.replace('300e9', '250e9'));
    check(
      gd(`${same}
    #      ^^^^^^^^^^^^^^^^^ warning[target/conflict]: Core AI industry scale for CN-GD (Guangdong) by 2025: 300 bn CNY here, 200 bn CNY in differ-late-2023`),
      { indicators: INDICATORS, plans },
    );
  });

  test('near misses: equal values, a superseding or superseded plan, another region or year or indicator, a repealed plan', () => {
    const mine = `    indicator: ai-core-industry-scale\n    money: { amount: 300e9 }`;
    const theirs = `    indicator: ai-core-industry-scale\n    money: { amount: 250e9 }`;
    const cases: Array<[string, string]> = [
      [
        gd(`    indicator: ai-core-industry-scale\n    money: { amount: 250e9 }`),
        other('other-plan-2023', 'CN-GD', theirs),
      ],
      [
        gd(mine, 'relations: [{ type: supersedes, plan: other-plan-2023 }]\n'),
        other('other-plan-2023', 'CN-GD', theirs),
      ],
      [gd(mine), other('other-plan-2023', 'CN-GD', theirs, 'relations: [{ type: amends, plan: test-plan-2026 }]\n')],
      [gd(mine), other('other-plan-2023', 'CN-ZJ', theirs)],
      [
        gd(mine),
        other('other-plan-2023', 'CN-GD', theirs.replace('ai-core-industry-scale', 'intelligent-computing-power')),
      ],
      [gd(mine), other('other-plan-2023', 'CN-GD', theirs, 'status: repealed\n')],
      [gd(mine), other('other-plan-2023', 'CN-GD', theirs).replace('deadline: 2025', 'deadline: 2027')],
      [gd(mine), other('other-plan-2023', 'CN-GD', theirs.replace('250e9 }', '250e9, currency: USD }'))],
      // the older plan leaves the finding to the newer one
      [gd(mine), other('zz-plan-2023', 'CN-GD', theirs)],
      [gd(mine, 'published: 2023-05-01\n'), other('other-plan-2023', 'CN-GD', theirs, 'published: 2024-01-01\n')],
    ];
    for (const [text, o] of cases)
      check(text, { indicators: INDICATORS, plans: { 'other.plan.yaml': o }, only: 'target/conflict' });
  });
});

describe('rollup/exceeds-parent', () => {
  const national = (amount: string, note = '') => `id: test-plan-2026
title: National plan
jurisdiction: CN
period: { start: 2023, end: 2030 }
currency: CNY
targets:
  - id: industry-2025
    metric: AI industry scale
    indicator: ai-core-industry-scale
    money: { amount: ${amount} }${note ? `\n    ${note}` : ''}
    deadline: 2025
    status: achieved
    sources: [src]
sources: [{ id: src, title: A source }]
`;
  const province = (id: string, code: string, money: string) => ({
    [`${id}.plan.yaml`]: other(id, code, `    indicator: ai-core-industry-scale\n    money: ${money}`),
  });

  test('fires when the provinces add up to more than the national target, with every part related', () => {
    const text = national(
      '400e9',
      '#      ^^^^^^^^^^^^^^^^^ information[rollup/exceeds-parent]: Core AI industry scale: Beijing 300 bn CNY + Guangdong 300 bn CNY = 600 bn CNY > China 400 bn CNY by 2025',
    );
    const list = check(text, {
      indicators: INDICATORS,
      plans: {
        ...province('bj-2023', 'CN-BJ', '{ amount: 300e9 }'),
        ...province('gd-2023', 'CN-GD', '{ amount: 300e9 }'),
      },
      only: 'rollup/',
    });
    assert.deepEqual(list[0].related?.map((r) => r.file).sort(), ['bj-2023.plan.yaml', 'gd-2023.plan.yaml']);
  });

  test('a province target that a later plan revises counts by its revision (the samples: Guangdong 150 bn raised to 300 bn)', () => {
    const text = national(
      '400e9',
      '#      ^^^^^^^^^^^^^^^^^ information[rollup/exceeds-parent]: Core AI industry scale: Beijing 300 bn CNY + Guangdong 300 bn CNY = 600 bn CNY > China 400 bn CNY by 2025',
    );
    check(text, {
      indicators: INDICATORS,
      plans: {
        ...province('bj-2023', 'CN-BJ', '{ amount: 300e9 }'),
        // the older Guangdong plan comes first in the dataset; its 150 bn no longer counts
        ...province('gd-2018', 'CN-GD', '{ amount: 150e9 }'),
        ...province('gd-2023', 'CN-GD', '{ amount: 300e9 }\n    revises: gd-2018#other-target'),
      },
      only: 'rollup/',
    });
    // without the revision the first Guangdong target found counts, and the parts stay within the whole
    check(national('400e9'), {
      indicators: INDICATORS,
      plans: {
        ...province('bj-2023', 'CN-BJ', '{ amount: 240e9 }'),
        ...province('gd-2018', 'CN-GD', '{ amount: 150e9 }'),
        ...province('gd-2023', 'CN-GD', '{ amount: 300e9 }'),
      },
      only: 'rollup/',
    });
  });

  test('converts other currencies at the reference rates and says so; cities of a dataset region count', () => {
    check(
      national(
        '400e9',
        '#      ^^^^^^^^^^^^^^^^^ information[rollup/exceeds-parent]: Beijing 287.5 bn CNY + Guangdong 300 bn CNY = 587.5 bn CNY > China 400 bn CNY by 2025 (converted at 2025 reference rates)',
      ),
      {
        indicators: INDICATORS,
        plans: {
          ...province('bj-2023', 'CN-BJ', '{ amount: 40e9, currency: USD }'),
          ...province('gd-2023', 'CN-GD', '{ amount: 300e9 }'),
        },
        only: 'rollup/',
      },
    );
    const regions = yaml`
      regions:
        - { id: shenzhen, name: Shenzhen, parent: CN-GD }
        - { id: guangzhou, name: Guangzhou, parent: CN-GD }
    `;
    check(
      gd(`    indicator: ai-core-industry-scale
    money: { amount: 100e9 }
    #      ^^^^^^^^^^^^^^^^^ information[rollup/exceeds-parent]: Guangzhou 50 bn CNY + Shenzhen 80 bn CNY = 130 bn CNY > Guangdong 100 bn CNY by 2025`),
      {
        regions,
        indicators: INDICATORS,
        plans: {
          ...province('sz-2023', 'shenzhen', '{ amount: 80e9 }'),
          ...province('gz-2023', 'guangzhou', '{ amount: 50e9 }'),
        },
        only: 'rollup/',
      },
    );
  });

  test('near misses: parts within the whole, another year, no indicator, a grandchild region only', () => {
    const regions = yaml`
      regions:
        - { id: shenzhen, name: Shenzhen, parent: CN-GD }
    `;
    check(national('700e9'), {
      indicators: INDICATORS,
      plans: {
        ...province('bj-2023', 'CN-BJ', '{ amount: 300e9 }'),
        ...province('gd-2023', 'CN-GD', '{ amount: 300e9 }'),
      },
      only: 'rollup/',
    });
    check(national('400e9').replace('deadline: 2025', 'deadline: 2027'), {
      indicators: INDICATORS,
      plans: {
        ...province('bj-2023', 'CN-BJ', '{ amount: 300e9 }'),
        ...province('gd-2023', 'CN-GD', '{ amount: 300e9 }'),
      },
      only: 'rollup/',
    });
    check(national('400e9').replace('    indicator: ai-core-industry-scale\n', ''), {
      indicators: INDICATORS,
      plans: {
        ...province('bj-2023', 'CN-BJ', '{ amount: 300e9 }'),
        ...province('gd-2023', 'CN-GD', '{ amount: 300e9 }'),
      },
      only: 'rollup/',
    });
    check(national('400e9'), {
      regions,
      indicators: INDICATORS,
      plans: province('sz-2023', 'shenzhen', '{ amount: 500e9 }'),
      only: 'rollup/',
    });
  });
});

describe('money/part-exceeds-total and money/parts-exceed-total', () => {
  const fund = (parts: string) => `id: test-plan-2026
title: Test plan
jurisdiction: CN-GD
period: { start: 2026, end: 2030 }
currency: CNY
measures:
  - id: fund-group
    title: The AI fund group
    funding: { amount: 100e9, kind: fund-size }
${parts}sources: [{ id: src, title: A source }]
`;
  test('a single part larger than the whole', () => {
    check(
      fund(`  - id: cluster-fund
    title: The AI cluster fund
    part-of: fund-group
    funding: { amount: 150e9 }
    #                  ^^^^^ warning[money/part-exceeds-total]: cluster-fund (150 billion CNY) is part of fund-group but exceeds its 100 billion CNY
`),
    );
  });

  test('parts that add up to more than the whole, with each part related', () => {
    const list = check(
      fund(`  - id: cluster-fund
    title: The AI cluster fund
    part-of: fund-group
    funding: { amount: 60e9 }
  - id: sensor-fund
    title: The smart-sensor fund
    part-of: fund-group
    funding: { amount: 50e9 }
`).replace(
        `    funding: { amount: 100e9, kind: fund-size }\n`,
        `    funding: { amount: 100e9, kind: fund-size }\n    #                  ^^^^^ warning[money/parts-exceed-total]: the parts of fund-group add up to more than it: cluster-fund 60 billion + sensor-fund 50 billion = 110 billion CNY > 100 billion CNY\n`,
      ),
    );
    assert.deepEqual(
      list[0].related?.map((r) => r.message),
      ['cluster-fund: 60 billion CNY, part-of fund-group', 'sensor-fund: 50 billion CNY, part-of fund-group'],
    );
  });

  test('near misses: parts within the whole, parts in another currency, a part-of naming nothing', () => {
    check(
      fund(`  - id: cluster-fund
    title: The AI cluster fund
    part-of: fund-group
    funding: { amount: 60e9 }
  - id: sensor-fund
    title: The smart-sensor fund
    part-of: fund-group
    funding: { amount: 40e9 }
`),
    );
    check(
      fund(`  - id: cluster-fund
    title: The AI cluster fund
    part-of: fund-group
    funding: { amount: 150e9, currency: JPY }
  - id: other-fund
    title: Another fund
    part-of: no-such-item
    funding: { amount: 150e9 }
`),
    );
  });
});

describe('region/code-mismatch and region/duplicate-code', () => {
  test('a GB/T 2260 code outside its parent province, and a UN/LOCODE of another country', () => {
    check(
      yaml`
      regions:
        - { id: shenzhen, name: Shenzhen, parent: CN-GD, codes: { GB/T-2260: "330300", UN/LOCODE: "CN SZX" } }
      #                                                                      ^^^^^^^^ warning[region/code-mismatch]: shenzhen: GB/T 2260 code 330300 does not start with 44, the prefix of CN-GD (Guangdong)
        - { id: hangzhou, name: Hangzhou, parent: CN-ZJ, codes: { GB/T-2260: "330100", UN/LOCODE: "JP HGH" } }
      #                                                                                           ^^^^^^^^ warning[region/code-mismatch]: hangzhou: UN/LOCODE JP HGH is in JP, but the region lies in CN (China)
        - { id: futian, name: Futian, parent: shenzhen, codes: { GB/T-2260: "440304" } }
      #                                                                     ^^^^^^^^ warning[region/code-mismatch]: futian: GB/T 2260 code 440304 does not start with 3303, the prefix of shenzhen (Shenzhen)
    `,
      { kind: 'regions', only: 'region/' },
    );
  });

  test('near misses: codes inside their parents, a parent that says nothing (a group), a region without parent', () => {
    check(
      yaml`
      regions:
        - { id: shenzhen, name: Shenzhen, parent: CN-GD, codes: { GB/T-2260: "440300", UN/LOCODE: "CN SZX" } }
        - { id: futian, name: Futian, parent: shenzhen, codes: { GB/T-2260: "440304" } }
        - { id: gba, name: Greater Bay Area, parent: CN, includes: [CN-GD, CN-HK, CN-MO] }
        - { id: nansha, name: Nansha, parent: gba, codes: { GB/T-2260: "440115", UN/LOCODE: "CN NSA" } }
        - { id: somewhere, name: Somewhere, codes: { GB/T-2260: "990000" } }
    `,
      { kind: 'regions', only: 'region/' },
    );
  });

  test('two regions with one code, in one registry and across registries', () => {
    const list = check(
      yaml`
      regions:
        - { id: shenzhen, name: Shenzhen, parent: CN-GD, codes: { GB/T-2260: "440300" } }
        - { id: shenzhen-city, name: Shenzhen city, parent: CN-GD, codes: { GB/T-2260: "440300" } }
      #                                                                                ^^^^^^^^ warning[region/duplicate-code]: GB/T-2260 code 440300 of shenzhen-city is also the code of shenzhen
        - { id: hz, name: Hangzhou, parent: CN-ZJ, codes: { UN/LOCODE: "CN HGH" } }
      #                                                                ^^^^^^^^ warning[region/duplicate-code]: UN/LOCODE code CN HGH of hz is also the code of hangzhou (other.regions.yaml)
    `,
      {
        kind: 'regions',
        only: 'region/',
        regions: [
          {
            id: 'hangzhou',
            name: 'Hangzhou',
            parent: 'CN-ZJ',
            includes: [],
            codes: { 'UN/LOCODE': 'CN HGH' },
            file: 'other.regions.yaml',
            range: { start: 0, end: 8 },
          },
        ],
      },
    );
    assert.equal(list.find((f) => f.message.includes('CN HGH'))?.related?.[0].file, 'other.regions.yaml');
  });

  test('near miss: different codes, and one region seen from the dataset index (its own file)', () => {
    check(
      yaml`
      regions:
        - { id: shenzhen, name: Shenzhen, parent: CN-GD, codes: { GB/T-2260: "440300", UN/LOCODE: "CN SZX" } }
        - { id: shaoguan, name: Shaoguan, parent: CN-GD, codes: { GB/T-2260: "440200" } }
    `,
      {
        kind: 'regions',
        only: 'region/',
        regions: [
          {
            id: 'shenzhen',
            name: 'Shenzhen',
            parent: 'CN-GD',
            includes: [],
            codes: { 'GB/T-2260': '440300' },
            file: 'test.regions.yaml',
            range: { start: 0, end: 8 },
          },
        ],
      },
    );
  });
});

describe('region suggestions and hover', () => {
  const REGIONS = yaml`
    regions:
      - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD, codes: { UN/LOCODE: "CN SZX" } }
  `;
  test('CN-SZ suggests the dataset region shenzhen before CN-GZ', () => {
    check(
      yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-SZ
      #             ^^^^^ error[region/unknown]: unknown region CN-SZ; did you mean shenzhen (Shenzhen), CN-GZ (Guizhou)
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources: [{ id: src, title: A source }]
    `,
      { regions: REGIONS },
    );
  });

  test('the hover on CN-GZ says it is Guizhou, not Guangzhou; CN-GD has no such note', () => {
    const ds = dataset({});
    assert.match(regionHover('CN-GZ', ds) ?? '', /^\*\*CN-GZ\*\* — Guizhou \(贵州省\) — not Guangzhou/);
    assert.doesNotMatch(regionHover('CN-GD', ds) ?? '', / not /);
  });
});

describe('plan/published-after-source and source/homepage-url', () => {
  const withSources = (published: string, sources: string) => `id: test-plan-2026
title: Test plan
jurisdiction: CN-GD
published: ${published}
period: { start: 2026, end: 2030 }
measures: [{ id: m, title: A measure }]
sources:
${sources}`;

  test("a plan dated after its official text, with the fix to the text's date", () => {
    const text = withSources(
      '2026-03-01',
      `  - { id: gov, title: The text, type: official-text, published: 2026-01-15 }
  - { id: press, title: A press release, type: official-press, published: 2026-03-01 }
`,
    ).replace(
      'published: 2026-03-01\n',
      'published: 2026-03-01\n#          ^^^^^^^^^^ warning[plan/published-after-source]: the plan is dated 2026-03-01, after its official text gov (published 2026-01-15)\n',
    );
    check(text);
    assert.match(fix(text, 'plan/published-after-source'), /^published: 2026-01-15$/m);
  });

  test('near misses: the same day, a later press release, no official text date, a duplicated source id', () => {
    check(
      withSources(
        '2026-01-15',
        `  - { id: gov, title: The text, type: official-text, published: 2026-01-15 }\n  - { id: press, title: Press, type: official-press, published: 2026-01-10 }\n`,
      ),
    );
    check(
      withSources(
        '2026-03-01',
        `  - { id: gov, title: The text, type: official-text }\n  - { id: press, title: Press, type: news, published: 2026-01-10 }\n`,
      ),
    );
    check(
      withSources(
        '2026-03-01',
        `  - { id: gov, title: The text, type: official-text, published: 2026-01-15 }\n  - { id: gov, title: Another text, type: official-text, published: 2026-03-01 }\n`,
      ),
      { only: 'plan/' },
    );
  });

  test("an official text linked by its site's home page", () => {
    check(
      withSources(
        '2026-01-15',
        `  - id: gov
    title: The text
    type: official-text
    url: https://www.gd.gov.cn/
    #    ^^^^^^^^^^^^^^^^^^^^^^ information[source/homepage-url]: gov: https://www.gd.gov.cn/ is the site's home page, not the official text
    published: 2026-01-15
`,
      ),
    );
  });

  test('home pages and documents', () => {
    for (const u of [
      'https://www.gd.gov.cn/',
      'https://www.gd.gov.cn',
      'http://example.org/index.html',
      'https://www.sz.gov.cn/cn/',
      'https://www.gov.cn/en/index.htm',
    ])
      assert.ok(isHomePage(u), u);
    for (const u of [
      'https://www.gd.gov.cn/zwgk/wjk/qbwj/yf/content/post_4290000.html',
      'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
      'https://example.org/?id=3',
      'https://www.gov.cn/zhengce/',
    ])
      assert.ok(!isHomePage(u), u);
  });

  test('near misses: a document url, a home page on a press release', () => {
    check(
      withSources(
        '2026-01-15',
        `  - { id: gov, title: The text, type: official-text, url: "https://www.gd.gov.cn/gkmlpt/content/4/4290/post_4290000.html", published: 2026-01-15 }
  - { id: press, title: Press, type: official-press, url: "https://www.gd.gov.cn/", published: 2026-01-15 }
`,
      ),
    );
  });
});

describe('one root cause, one finding: duplicated ids', () => {
  const planText = (id: string, head = '') => `id: ${id}
title: A plan
jurisdiction: CN-GD
period: { start: 2023, end: 2030 }
status: in-force
currency: CNY
${head}targets:
  - id: industry-2025
    metric: AI industry scale
    money: { amount: 300e9 }
    deadline: 2025
    status: achieved
    sources: [src]
sources: [{ id: src, title: A source }]
`;

  test('a duplicated plan id raises id/duplicate only, not plan/superseded-in-force or target/conflict on the unrelated copy', () => {
    check(
      planText('dup-plan').replace(
        'id: dup-plan\n',
        'id: dup-plan\n#   ^^^^^^^^ error[id/duplicate]: plan id dup-plan is also used by copy.plan.yaml\n',
      ),
      {
        plans: {
          'copy.plan.yaml': planText('dup-plan').replace('300e9', '250e9'),
          'later.plan.yaml': planText('later-plan', 'relations: [{ type: supersedes, plan: dup-plan }]\n').replace(
            '300e9',
            '200e9',
          ),
        },
      },
    );
  });

  test('without the duplicate, the same dataset gives its findings', () => {
    check(
      planText('dup-plan')
        .replace('status: in-force\n', 'status: in-force\n#       ^^^^^^^^ warning[plan/superseded-in-force]\n')
        .replace(
          'money: { amount: 300e9 }\n',
          'money: { amount: 300e9 }\n#          ^^^^^^^^^^^^^^^^^ warning[target/conflict]: in another-plan\n',
        ),
      {
        plans: {
          'copy.plan.yaml': planText('another-plan').replace('300e9', '250e9'),
          'later.plan.yaml': planText('later-plan', 'relations: [{ type: supersedes, plan: dup-plan }]\n').replace(
            '300e9',
            '200e9',
          ),
        },
      },
    );
  });

  test('relation/inconsistent does not follow a relation into a duplicated plan id', () => {
    check(
      planText('new-plan', 'relations: [{ type: supersedes, plan: dup-plan }]\n').replace(
        'period: { start: 2023',
        'period: { start: 2020',
      ),
      {
        only: ['relation/', 'plan/'],
        plans: {
          'a.plan.yaml': planText('dup-plan'),
          'b.plan.yaml': planText('dup-plan').replace('period: { start: 2023', 'period: { start: 2024'),
        },
      },
    );
  });

  test('region/code-mismatch says nothing about a region whose id is defined twice', () => {
    check(
      yaml`
      regions:
        - { id: shenzhen, name: Shenzhen, parent: CN-GD, codes: { GB/T-2260: "440300" } }
        - { id: shenzhen, name: Shenzhen, parent: CN-ZJ, codes: { GB/T-2260: "440300" } }
        - { id: futian, name: Futian, parent: shenzhen, codes: { GB/T-2260: "330304" } }
    `,
      { kind: 'regions', only: ['region/code-mismatch'] },
    );
  });
});

test('the command line reads a *.indicators.yaml file of the dataset and checks it against its schema', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-indicators-'));
  try {
    fs.writeFileSync(path.join(dir, 'policy-plans.config.yaml'), 'reference-date: 2026-11-27\n');
    fs.writeFileSync(
      path.join(dir, 'metrics.indicators.yaml'),
      'indicators:\n  - { id: ai-core-industry-scale, name: Core AI industry scale, currency: CNY }\n  - { id: Bad_Id, name: Bad }\n',
    );
    fs.writeFileSync(
      path.join(dir, 'a.plan.yaml'),
      gd('    indicator: ai-core-industry-scale\n    money: { amount: 300e9 }').replace(
        '    sources: [src]\nsources',
        '    sources: [src]\n  - id: other-2025\n    metric: Other\n    indicator: ai-core-industry-scal\n    money: { amount: 1e9 }\n    deadline: 2025\n    status: achieved\n    sources: [src]\nsources',
      ),
    );
    const files = runCheck({ paths: [dir], cwd: dir, today: '2026-11-27' }).files;
    const codes = files.flatMap((f) => f.findings.map((x) => `${path.basename(f.file)} ${x.code}`));
    assert.deepEqual(codes.sort(), ['a.plan.yaml ref/unknown-indicator', 'metrics.indicators.yaml schema/pattern']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('every rule of issue 13 has a firing fixture in this file', () => {
  const mine = [
    'quote/amount-mismatch',
    'quote/comparator-mismatch',
    'ref/unknown-indicator',
    'target/conflict',
    'rollup/exceeds-parent',
    'money/part-exceeds-total',
    'money/parts-exceed-total',
    'region/code-mismatch',
    'region/duplicate-code',
    'plan/published-after-source',
    'source/homepage-url',
  ];
  assert.deepEqual(
    mine.filter((id) => !rules.some((r) => r.id === id)),
    [],
    'registered in the engine',
  );
  assert.deepEqual(
    mine.filter((id) => !fired.has(id)),
    [],
    'fired by a fixture',
  );
});
