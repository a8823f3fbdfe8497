/**
 * Cross-checks an analyst does by hand (issue 13): quotes against typed numbers, conflicting targets,
 * roll-ups, parts against totals, region codes, source dates. Each rule has a fixture where it fires and
 * a near miss where it must stay silent; the quote reader has its own unit tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { comparatorWords, quotedComparator } from '../server/src/core/domain/comparatorWords';
import { agrees, readQuoteNumbers, yamlNumber } from '../server/src/core/domain/quoteNumbers';
import { check, fix, yaml } from './helpers/fixture';

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
  const read = (q: string) => readQuoteNumbers(q).map((n) => ({ value: n.value, text: n.text, ...(n.currency ? { currency: n.currency } : {}), ...(n.unit ? { unit: n.unit } : {}), ...(n.magnitude ? { magnitude: true } : {}) }));

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
    assert.deepEqual(read('5000千万亿次浮点运算/秒 (PFLOPS)'), [{ value: 5000, text: '5000千万亿次浮点运算/秒 (PFLOPS)', unit: 'PFLOPS' }]);
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
    assert.deepEqual(read('2024年建成并投入运营算力规模达4000PFLOPS（每秒浮点运算次数）'), [{ value: 4000, text: '4000PFLOPS', unit: 'PFLOPS' }]);
    assert.deepEqual(read('by 2025 the industry will reach 300 billion yuan'), [{ value: 300e9, text: '300 billion yuan', currency: 'CNY' }]);
    assert.deepEqual(read('2023-2025年'), []);
    assert.deepEqual(read('建设5G基站'), []);
    assert.deepEqual(read('居全国第1'), []);
    assert.deepEqual(read('in 2030'), []);
  });

  test('several figures are all read (the rule then says nothing)', () => {
    assert.deepEqual(read('规模突破3000亿元，带动相关产业超1万亿元').map((n) => n.value), [300e9, 1e12]);
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
    check(plan(`    metric: Computing power
    quantity: { value: 5000, unit: PFLOPS }
    #                  ^^^^ warning[quote/amount-mismatch]: quote says 50 EFLOPS = 50,000 PFLOPS; value is 5,000
    quote: 算力规模达到50 EFLOPS`), { only: 'quote/' });
  });

  test('fires on a count and on a progress observation', () => {
    check(plan(`    metric: AI enterprises
    comparator: more-than
    quantity: { value: 200, unit: enterprises }
    #                  ^^^ warning[quote/amount-mismatch]: quote says 2000; value is 200
    quote: 企业数量超2000家
    progress:
      - at: 2026-10-01
        quantity: { value: 1600, unit: enterprises }
        #                  ^^^^ warning[quote/amount-mismatch]: industry-2030 progress: quote says 1700; value is 1,600
        source: src
        quote: 核心企业超1700家`), { only: 'quote/' });
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
    assert.deepEqual(comparatorWords('能耗不超过1.3').map((w) => [w.word, w.comparator]), [['不超过', 'at-most']]);
    assert.deepEqual(comparatorWords('企业超2000家').map((w) => w.comparator), ['more-than']);
    assert.deepEqual(comparatorWords('建设超算中心'), []);
    assert.deepEqual(comparatorWords('no more than 1.3').map((w) => w.comparator), ['at-most']);
    assert.deepEqual(comparatorWords('exceeds 300 billion').map((w) => w.comparator), ['more-than']);
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
    assert.match(fix(text, 'quote/comparator-mismatch'), /metric: AI enterprises\n {4}comparator: more-than\n {4}quantity:/);
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
      check(plan(`    metric: Something\n${comparator ? `    ${comparator}\n` : ''}    quantity: { value: 1, unit: PUE }\n    quote: "${quote}"`), { only: 'quote/comparator-mismatch' });
    }
  });
});
