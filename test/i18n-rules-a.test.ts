/**
 * The baseline, config, currency, deadline, id, money, number, period, plan, progress and status rules in
 * Chinese: a small dataset checked through a workspace with `language: zh-cn` gives these exact messages,
 * related-place texts and quick-fix titles, and the same findings (codes, severities, ranges, related places,
 * edits) as in English. The English texts are pinned by the rules-*.test.ts fixtures.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createWorkspace, type Finding } from '../server/src/core';
import { describeDeadlineIssue, describeDistance, parseDeadline } from '../server/src/core/domain/deadline';
import { localeOf, type Language } from '../server/src/core/i18n';
import { figure } from '../server/src/core/rules/targetProgress';
import { VALIDATORS } from './helpers/fixture';

const ROOT = '/ds';
const PLAN = 'test.plan.yaml';

function run(language: Language, files: Record<string, string>, file: string): Finding[] {
  const ws = createWorkspace({
    today: '2026-11-28',
    trusted: true,
    roots: [ROOT],
    settings: { language },
    validators: VALIDATORS,
  });
  ws.update({ set: Object.entries(files).map(([f, text]) => ({ file: `${ROOT}/${f}`, text })) });
  return ws.check(`${ROOT}/${file}`);
}

/** What must not depend on the language: codes, severities, ranges, related places and the edits of the fixes. */
function shape(list: Finding[]) {
  return list.map((f) => ({
    code: f.code,
    severity: f.severity,
    range: f.range,
    related: f.related?.map((r) => ({ file: r.file, range: r.range })),
    edits: f.suggestions?.map((s) => s.edits),
  }));
}

/** Checks `file` of the dataset in both languages, asserts the same findings, and returns the Chinese ones. */
function zh(files: Record<string, string>, file = PLAN): Finding[] {
  const en = run('en', files, file);
  const cn = run('zh-cn', files, file);
  assert.deepEqual(shape(cn), shape(en));
  assert.ok(cn.length > 0);
  return cn;
}

const of = (list: Finding[], code: string) => list.filter((f) => f.code === code);
const messages = (list: Finding[], code: string) => of(list, code).map((f) => f.message);
const titles = (list: Finding[], code: string) => of(list, code).map((f) => f.suggestions?.map((s) => s.title) ?? []);
const related = (list: Finding[], code: string) => of(list, code).map((f) => f.related?.map((r) => r.message));

describe('baseline and deadline', () => {
  const list = () =>
    zh({
      [PLAN]: `id: test-plan-2023
title: Test plan
jurisdiction: CN-GD
published: 2023-06-01
period: { start: 2023, end: 2027 }
currency: CNY
targets:
  - id: ai-scale
    metric: AI industry scale
    money: { amount: 300e9 }
    baseline: { money: { amount: 350e9 }, at: 2022 }
    deadline: 2025
    sources: [src]
  - id: compute
    metric: Computing power
    comparator: more-than
    quantity: { value: 300, unit: EFLOPS }
    baseline: { quantity: { value: 400, unit: EFLOPS }, at: 2027-06-30 }
    deadline: 2026-06-30
    sources: [src]
measures:
  - { id: m1, title: Fund, deadline: 2023-02-30 }
  - { id: m2, title: Old, deadline: 2023-03 }
  - { id: m3, title: Later, deadline: 2029 }
  - { id: m4, title: Q, deadline: 2024-Q5 }
  - { id: m5, title: M, deadline: 2024-3 }
sources:
  - { id: src, title: A source }
`,
    });

  test('baseline/already-met with amounts in 亿 and the comparator in words; baseline/after-deadline', () => {
    const l = list();
    assert.deepEqual(messages(l, 'baseline/already-met'), [
      '基准值（3500亿元人民币）已达到“不低于 3000亿元人民币”的目标',
      '基准值（400 EFLOPS）已达到“超过 300 EFLOPS”的目标',
    ]);
    assert.deepEqual(messages(l, 'baseline/after-deadline'), ['基准日期 2027-06-30 不早于截止日期 2026-06-30']);
  });

  test('deadline/passed: the time since in Chinese, and the three fixes', () => {
    const l = list();
    assert.deepEqual(messages(l, 'deadline/passed'), [
      'ai-scale：截止日期 2025-12-31 已过去 11 个月，此后没有进展记录；请记录进展或设置其状态',
      'compute：截止日期 2026-06-30 已过去 5 个月，此后没有进展记录；请记录进展或设置其状态',
    ]);
    assert.deepEqual(titles(l, 'deadline/passed'), [
      ['记录进展', '标记为已达成', '标记为未达成'],
      ['记录进展', '标记为已达成', '标记为未达成'],
    ]);
  });

  test('deadline/invalid (each problem), deadline/before-published, deadline/outside-period', () => {
    const l = list();
    assert.deepEqual(messages(l, 'deadline/invalid'), [
      '无效的截止日期：不存在 2023-02-30 这一天（2023 年二月只有 28 天）',
      '无效的截止日期：不存在季度 Q5（只有 Q1–Q4）',
      '无效的截止日期：月份请写两位数字（2024-03）',
    ]);
    assert.deepEqual(messages(l, 'deadline/before-published'), [
      '截止日期 2023-03 止于 2023-03-31，早于规划的发布日期（2023-06-01）',
    ]);
    assert.deepEqual(messages(l, 'deadline/outside-period'), [
      '截止日期 2029（2029-12-31）不在规划期 2023-01-01 – 2027-12-31 之内',
    ]);
    assert.deepEqual(related(l, 'deadline/outside-period'), [['规划期']]);
  });
});

describe('currency, money and number', () => {
  test('currency/unknown, currency/precision, money/implausible-equivalent, money/part-exceeds-total, number/*', () => {
    const l = zh({
      [PLAN]: `id: test-plan-2024
title: Test plan
jurisdiction: CN
published: 2024-03-01
period: { start: 2024, end: 2030 }
currency: RMB
targets:
  - id: industry-2030
    metric: AI industry scale
    money: { amount: 300e9, currency: CNY }
    stated-equivalent: { amount: 100e9, currency: USD }
    deadline: 2030
    sources: [src]
  - id: a
    metric: M
    money: { amount: 300_000_000_000, currency: CNY }
    deadline: 2030
    sources: [src]
  - id: b
    metric: M
    quantity: { value: .nan, unit: enterprises }
    deadline: 2030
    sources: [src]
measures:
  - { id: fund-group, title: Group, funding: { amount: 100e9, currency: CNY } }
  - { id: cluster-fund, title: Cluster, part-of: fund-group, funding: { amount: 150e9, currency: CNY } }
  - { id: fund-2, title: AI fund, funding: { amount: 0.125, currency: CNY } }
  - { id: fund-3, title: AI fund, funding: { amount: 1500.5, currency: JPY } }
  - { id: fund-4, title: AI fund, funding: { amount: 10e9, currency: XYZQ } }
  - { id: fund-5, title: AI fund, funding: { amount: "1e-400", currency: CNY } }
sources:
  - { id: src, title: A source }
`,
    });
    assert.deepEqual(messages(l, 'currency/unknown'), [
      '未知的币种 RMB；是否应为 CNY（人民币）？',
      '未知的币种 XYZQ（请使用 ISO 4217 代码，如 CNY、USD、EUR）',
    ]);
    assert.deepEqual(titles(l, 'currency/unknown'), [['改为 CNY'], []]);
    assert.deepEqual(messages(l, 'currency/precision'), [
      '0.125 有 3 位小数；CNY 最多 2 位小数',
      '1500.5 有 1 位小数；JPY 的金额不带小数',
    ]);
    assert.deepEqual(messages(l, 'money/implausible-equivalent'), [
      '所注等值金额隐含的汇率为每 USD 合 3.00 CNY；2024 年的参考汇率为 7.20（偏离 58%）',
    ]);
    assert.deepEqual(messages(l, 'money/part-exceeds-total'), [
      'cluster-fund（1500亿元人民币）是 fund-group 的一部分，却超过了其总额 1000亿元人民币',
    ]);
    assert.deepEqual(related(l, 'money/part-exceeds-total'), [['fund-group：1000亿元人民币']]);
    assert.deepEqual(messages(l, 'number/yaml11-style'), [
      '300_000_000_000 在 YAML 1.2 中是文本，不是数字；请写作 300000000000',
    ]);
    assert.deepEqual(titles(l, 'number/yaml11-style'), [['改写为 300000000000']]);
    assert.deepEqual(messages(l, 'number/not-finite'), [
      'b 中的 value .nan 不是数字；请用数字写出该数值（如 300e9 或 300000000000）',
      'fund-5 中的 amount "1e-400" 太小，无法与 0 区分；请用数字写出该数值（如 300e9 或 300000000000）',
    ]);
  });

  test('currency/missing and money/parts-exceed-total (万亿, "another N")', () => {
    const l = zh({
      [PLAN]: `id: test-plan-2024
title: Test plan
jurisdiction: CN
period: { start: 2024, end: 2030 }
targets:
  - id: whole
    metric: M
    money: { amount: 1.2e12 }
    deadline: 2030
    sources: [src]
measures:
  - { id: p1, title: P, part-of: whole, funding: { amount: 500e9 } }
  - { id: p2, title: P, part-of: whole, funding: { amount: 400e9 } }
  - { id: p3, title: P, part-of: whole, funding: { amount: 200e9 } }
  - { id: p4, title: P, part-of: whole, funding: { amount: 150e9 } }
sources:
  - { id: src, title: A source }
`,
    });
    assert.deepEqual(
      new Set(messages(l, 'currency/missing')),
      new Set(['这笔金额没有币种：请在此处添加 currency，或为整个规划设置币种']),
    );
    assert.deepEqual(messages(l, 'money/parts-exceed-total'), [
      'whole 的各组成部分合计超过其总额：p1 5000亿 + p2 4000亿 + p3 2000亿 + 另外 1 项 = 1.25万亿 > 1.2万亿',
    ]);
    assert.deepEqual(related(l, 'money/parts-exceed-total'), [
      [
        'p1：5000亿，part-of whole',
        'p2：4000亿，part-of whole',
        'p3：2000亿，part-of whole',
        'p4：1500亿，part-of whole',
      ],
    ]);
  });
});

describe('progress and status', () => {
  test('progress/* and status/contradicts-progress on observations', () => {
    const l = zh({
      [PLAN]: `id: test-plan-2023
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
    status: achieved
    progress:
      - { at: 2021, quantity: { value: 800, unit: enterprises }, source: rep }
      - { at: 2024, money: { amount: 3000 }, source: rep }
      - { at: 2025, quantity: { value: 1900, unit: enterprises }, source: src }
      - { at: 2025, quantity: { value: 1950, unit: enterprises }, source: repp }
      - { at: 2026, quantity: { value: 2100, unit: enterprises }, source: rep }
      - { at: 2026-12-01, quantity: { value: 2100, unit: enterprises }, source: xinhua }
    sources: [src]
  - id: scale
    metric: AI industry scale
    money: { amount: 300e9 }
    deadline: 2025
    status: missed
    progress:
      - { at: 2025-12-31, money: { amount: 1.2e12 }, source: rep }
    sources: [src]
sources:
  - { id: src, title: A source }
  - { id: rep, title: A report }
`,
    });
    assert.deepEqual(messages(l, 'progress/unit-mismatch'), [
      '2024 的进展记录是以 CNY 计的金额，而目标 enterprises-2025 是以 enterprises 计的数量；请按目标的口径记录',
    ]);
    assert.deepEqual(messages(l, 'progress/in-future'), [
      '2026（截至 2026-12-31）的进展记录晚于参照日期 2026-11-28；请以数据发布的日期作为记录日期',
      '2026-12-01 的进展记录晚于参照日期 2026-11-28；请以数据发布的日期作为记录日期',
    ]);
    assert.deepEqual(messages(l, 'progress/before-baseline'), [
      '2021-12-31 的进展记录早于基准（2022-01-01 – 2022-12-31）；请移到 notes 中或删除',
    ]);
    assert.deepEqual(related(l, 'progress/before-baseline'), [['基准']]);
    assert.deepEqual(messages(l, 'progress/unknown-source'), [
      '未知的来源 repp；是否应为 rep？',
      '未知的来源 xinhua；请把提供该数据的报告添加到规划的 sources 中',
    ]);
    assert.deepEqual(titles(l, 'progress/unknown-source'), [['改为 rep'], []]);
    assert.deepEqual(messages(l, 'progress/duplicate-date'), [
      'enterprises-2025 在 2025 有两条进展记录；请保留一条，另一条（来源说法不一时）写入其 notes',
    ]);
    assert.deepEqual(related(l, 'progress/duplicate-date'), [['该日期的第一条进展记录']]);
    assert.deepEqual(messages(l, 'status/contradicts-progress'), [
      'enterprises-2025 标记为已达成，但最新进展记录（2025-12-31：1,950）未达到目标水平 2,000',
      'scale 标记为未达成，但最新进展记录（2025-12-31：1.2万亿）已达到目标水平 3000亿',
    ]);
    assert.deepEqual(related(l, 'status/contradicts-progress'), [['最新进展记录'], ['最新进展记录']]);
    assert.deepEqual(titles(l, 'status/contradicts-progress'), [['标记为未达成'], ['标记为已达成']]);
  });
});

describe('plans of a dataset, ids, regions and the config', () => {
  const files: Record<string, string> = {
    [PLAN]: `id: cn-gd-ai-2018
title: Old plan
jurisdiction: CN-GD
published: 2018-03-01
period: { start: 2018, end: 2020 }
status: in-force
targets:
  - { id: scale, metric: M, outcome: O, deadline: 2020, sources: [gov] }
measures:
  - { id: scale, title: A measure }
sources:
  - { id: gov, title: The text, type: official-text, published: 2018-01-15 }
  - { id: gov, title: The text again }
  - { id: press, title: Press, type: official-text, published: 2018-02-01 }
`,
    'new.plan.yaml': `id: cn-gd-general-ai-2023
title: New plan
jurisdiction: CN-GD
period: { start: 2023, end: 2025 }
relations:
  - { type: supersedes, plan: cn-gd-ai-2018 }
measures: [{ id: m, title: A measure }]
sources: [{ id: src, title: A source }]
`,
    'ended.plan.yaml': `id: ended-plan
title: Ended plan
jurisdiction: CN-GD
period: { start: 2023, end: 2025 }
status: in-force
measures: [{ id: m, title: A measure, deadline: 2024 }]
sources: [{ id: src, title: A source }]
`,
    'order.plan.yaml': `id: order-plan
title: Order plan
jurisdiction: CN-GD
period: { start: 2030, end: 2026 }
measures: [{ id: m, title: A measure }]
sources: [{ id: src, title: A source }]
`,
    'copy.plan.yaml': `id: order-plan
title: Copy
jurisdiction: CN-GD
period: { start: 2026, end: 2030 }
measures: [{ id: m, title: A measure }]
sources: [{ id: src, title: A source }]
`,
    'copy-2.plan.yaml': `id: order-plan
title: Copy
jurisdiction: CN-GD
period: { start: 2026, end: 2030 }
measures: [{ id: m, title: A measure }]
sources: [{ id: src, title: A source }]
`,
    'pair.plan.yaml': `id: pair-plan
title: Pair
jurisdiction: CN-GD
period: { start: 2026, end: 2030 }
measures: [{ id: m, title: A measure }]
sources: [{ id: src, title: A source }]
`,
    'pair-copy.plan.yaml': `id: pair-plan
title: Pair copy
jurisdiction: CN-GD
period: { start: 2026, end: 2030 }
measures: [{ id: m, title: A measure }]
sources: [{ id: src, title: A source }]
`,
    'a.regions.yaml': `regions:
  - { id: shenzhen, name: Shenzhen, parent: CN-GD }
  - { id: shenzhen, name: Shenzhen again }
  - { id: cn-gd, name: Guangdong }
  - { id: cn-44, name: Old Guangdong }
  - { id: gba, name: Greater Bay Area }
`,
    'b.regions.yaml': `regions:
  - { id: gba, name: Greater Bay Area }
`,
    'policy-plans.config.yaml': `reference-date: 2026-11-28
exclude: ["{drafts", archive/**]
plan-files:
  - "plans/*.yml}"
schemas:
  - schema: ./extra.schema.json
    files: ["{a,{b,c}}.yaml"]
`,
  };

  test('plan/superseded-in-force, plan/published-after-source and id/duplicate in a plan', () => {
    const l = zh(files);
    assert.deepEqual(messages(l, 'plan/superseded-in-force'), [
      'cn-gd-ai-2018 已被 cn-gd-general-ai-2023 取代，但仍标记为现行有效（in-force）',
    ]);
    assert.deepEqual(related(l, 'plan/superseded-in-force'), [['cn-gd-general-ai-2023 取代了 cn-gd-ai-2018']]);
    assert.deepEqual(titles(l, 'plan/superseded-in-force'), [['标记为已被取代（superseded）']]);
    assert.deepEqual(messages(l, 'plan/published-after-source'), [
      '规划的发布日期 2018-03-01 晚于其正式文本 press 的发布日期（2018-02-01）',
    ]);
    assert.deepEqual(related(l, 'plan/published-after-source'), [['press 发布于 2018-02-01']]);
    assert.deepEqual(titles(l, 'plan/published-after-source'), [['改为 2018-02-01']]);
    assert.deepEqual(messages(l, 'id/duplicate'), ['目标/措施的 id scale 重复', '来源的 id gov 重复']);
    assert.deepEqual(related(l, 'id/duplicate'), [['首次出现的 scale'], ['首次出现的 gov']]);
    // five years and more: years and months
    assert.deepEqual(messages(l, 'deadline/passed'), [
      'scale：截止日期 2020-12-31 已过去 5 年 11 个月，此后没有进展记录；请记录进展或设置其状态',
    ]);
  });

  test('status/period-ended and period/order, with their fixes', () => {
    const ended = zh(files, 'ended.plan.yaml');
    assert.deepEqual(messages(ended, 'status/period-ended'), [
      '规划状态为现行有效（in-force），但规划期已于 2025-12-31 结束；请将状态改为 ended（或 superseded、repealed），或不设规划期结束日期',
    ]);
    assert.deepEqual(titles(ended, 'status/period-ended'), [['改为 ended']]);
    const order = zh(files, 'order.plan.yaml');
    assert.deepEqual(messages(order, 'period/order'), ['规划期的开始日期（2030-01-01）晚于结束日期（2026-12-31）']);
    assert.deepEqual(titles(order, 'period/order'), [['交换开始日期和结束日期']]);
  });

  test('id/duplicate across plan files (one other file, several)', () => {
    const order = zh(files, 'order.plan.yaml');
    assert.deepEqual(messages(order, 'id/duplicate'), ['规划 id order-plan 也被另外 2 个文件使用']);
    assert.deepEqual(related(order, 'id/duplicate'), [['order-plan 也在这里定义', 'order-plan 也在这里定义']]);
    assert.deepEqual(messages(zh(files, 'pair.plan.yaml'), 'id/duplicate'), [
      '规划 id pair-plan 也被 pair-copy.plan.yaml 使用',
    ]);
  });

  test('id/duplicate in region registries', () => {
    const a = zh(files, 'a.regions.yaml');
    assert.deepEqual(messages(a, 'id/duplicate'), [
      '行政区划的 id shenzhen 重复',
      '行政区划 id cn-gd 与 ISO 代码 CN-GD（Guangdong）冲突；请改用 CN-GD',
      '行政区划 id cn-44 与已停用的代码 CN-44（Guangdong）冲突；请使用 CN-GD',
    ]);
    const b = zh(files, 'b.regions.yaml');
    assert.deepEqual(messages(b, 'id/duplicate'), ['行政区划 id gba 也在 a.regions.yaml 中定义']);
    assert.deepEqual(related(b, 'id/duplicate'), [['gba 也在这里定义']]);
  });

  test('config/bad-glob, one message per problem', () => {
    assert.deepEqual(messages(zh(files, 'policy-plans.config.yaml'), 'config/bad-glob'), [
      'exclude 中的 "{drafts" 不是有效的 glob（{ 没有对应的 }）；修正之前它不匹配任何文件',
      'plan-files 中的 "plans/*.yml}" 不是有效的 glob（} 没有对应的 {）；修正之前它不匹配任何文件',
      'schemas[].files 中的 "{a,{b,c}}.yaml" 不是有效的 glob（{ 嵌套在另一个 { 中）；修正之前它不匹配任何文件',
    ]);
  });
});

describe('the helpers the rules take their words from', () => {
  const en = localeOf('en');
  const cn = localeOf('zh-cn');

  test('distances from the reference date, in both languages (English as before)', () => {
    assert.equal(describeDistance('2026-11-28', '2026-11-28', cn), '今天');
    assert.equal(describeDistance('2026-11-28', '2026-12-01', cn), '3 天后');
    assert.equal(describeDistance('2026-11-28', '2026-12-01'), 'in 3 days');
    assert.equal(describeDistance('2026-11-28', '2026-11-27', en), '1 day ago');
    assert.equal(describeDistance('2026-11-28', '2025-12-31', cn), '11 个月前');
    assert.equal(describeDistance('2026-11-28', '2028-01-31', cn), '1 年 2 个月后');
    assert.equal(describeDistance('2026-11-28', '2028-01-31'), 'in 1 year 2 months');
    assert.equal(describeDistance('2026-11-28', '2024-11-28', cn), '2 年前');
    assert.equal(describeDistance('2026-11-28', '2024-11-28'), '2 years ago');
  });

  test('deadline problems: the English text stays on the parse result, the Chinese comes by locale', () => {
    const r = parseDeadline('2025-02-30');
    assert.ok(r && !r.ok);
    assert.equal(r.problem, '2025-02-30 does not exist (February 2025 has 28 days)');
    assert.equal(describeDeadlineIssue(r.issue, cn), '不存在 2025-02-30 这一天（2025 年二月只有 28 天）');
    const shape = parseDeadline('2025-12-31T00:00');
    assert.ok(shape && !shape.ok);
    assert.equal(
      describeDeadlineIssue(shape.issue, cn),
      '"2025-12-31T00:00" 不是年份、季度（2025-Q4）、月份（2025-12）或日期（2025-12-31）',
    );
    // the Gregorian calendar's months: leap years by 4, not by 100, again by 400
    const lastDay = (d: string) => {
      const p = parseDeadline(d);
      return p && p.ok ? p.value.end : p?.problem;
    };
    assert.deepEqual(
      ['2024-02', '2023-02', '1900-02', '2000-02', '2025-04', '2025-Q3', '2025-Q4', '2025-01'].map(lastDay),
      ['2024-02-29', '2023-02-28', '1900-02-28', '2000-02-29', '2025-04-30', '2025-09-30', '2025-12-31', '2025-01-31'],
    );
    assert.equal(lastDay('2100-02-29'), '2100-02-29 does not exist (February 2100 has 28 days)');
    const month = parseDeadline('2025-13');
    assert.ok(month && !month.ok);
    assert.equal(month.problem, 'month 13 does not exist');
    assert.equal(describeDeadlineIssue(month.issue, cn), '不存在月份 13');
  });

  test('figures: 亿 and 万亿 in Chinese, the English words as before', () => {
    assert.equal(figure(1929.7445), '1,929.74');
    assert.equal(figure(300e9), '300 billion');
    assert.equal(figure(1929.7445, cn), '1,929.74');
    assert.equal(figure(300e9, cn), '3000亿');
    assert.equal(figure(1.2e12, cn), '1.2万亿');
  });
});
