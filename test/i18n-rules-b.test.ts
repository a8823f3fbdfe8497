/**
 * Chinese messages of the quote, ref, region, relation, rollup, source, target and unit rules, and the standing
 * lines (`check --progress`, hover): each fixture is checked in a workspace with `language: 'zh-cn'` and in
 * English; both find the same codes at the same ranges with the same edits, and the Chinese texts are pinned
 * here whole.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createWorkspace, type Finding, type PolicyWorkspace } from '../server/src/core';
import { loneFile } from '../server/src/core/dataset';
import { codeWithName } from '../server/src/core/domain/regions';
import { localeOf } from '../server/src/core/i18n';
import { VALIDATORS } from './helpers/fixture';

const ROOT = '/ds';
type Files = Record<string, string>;

function workspace(files: Files, language: 'en' | 'zh-cn'): PolicyWorkspace {
  const ws = createWorkspace({
    today: '2026-11-28',
    trusted: true,
    roots: [ROOT],
    validators: VALIDATORS,
    otherPlans: 'known',
    settings: { language },
  });
  ws.update({ set: Object.entries(files).map(([file, text]) => ({ file: `${ROOT}/${file}`, text })) });
  return ws;
}

/** What must not change with the language: codes, severities, ranges, related places, edits. */
function shape(f: Finding) {
  return {
    code: f.code,
    severity: f.severity,
    range: f.range,
    related: f.related?.map((r) => ({ file: r.file, range: r.range })),
    edits: f.suggestions?.map((s) => s.edits),
  };
}

/** The Chinese findings of a file, after checking that English finds the same ones. */
function zh(files: Files, file: string): Finding[] {
  const en = workspace(files, 'en').check(`${ROOT}/${file}`);
  const cn = workspace(files, 'zh-cn').check(`${ROOT}/${file}`);
  assert.deepEqual(cn.map(shape), en.map(shape));
  assert.ok(cn.length > 0);
  return cn;
}

/** The finding of a code (the only one, or the one on a line of the text). */
function one(list: Finding[], code: string, nth = 0): Finding {
  const found = list.filter((f) => f.code === code);
  assert.ok(found[nth], `no ${code} finding #${nth}: ${list.map((f) => f.code).join(', ')}`);
  return found[nth];
}

const titles = (f: Finding) => f.suggestions?.map((s) => s.title) ?? [];
const related = (f: Finding) => f.related?.map((r) => r.message) ?? [];

const INDICATORS = `indicators:
  - { id: ai-core-industry-scale, name: Core AI industry scale, name-original: 人工智能核心产业规模, currency: CNY }
`;

/** A plan with one target after the head lines. */
function plan(id: string, jurisdiction: string, target: string, head = '', start = 2023): string {
  return `id: ${id}
title: Plan ${id}
jurisdiction: ${jurisdiction}
period: { start: ${start}, end: 2030 }
currency: CNY
${head}targets:
  - id: scale-2025
    metric: AI industry scale
${target}
    deadline: 2025
    sources: [src]
sources: [{ id: src, title: A source }]
`;
}

/** One plan that trips most of the single-plan rules of these families. */
const BROKEN = `id: gd-plan-2026
title: Test plan
jurisdiction: CN-GD
published: 2026-01-15
period: { start: 2026, end: 2030 }
currency: CNY
relations:
  - { type: supersedes, plan: gd-plan-2023x }
targets:
  - id: scale-2030
    metric: AI industry scale
    money: { amount: 300e9 }
    quote: 人工智能核心产业规模突破3000亿元
    deadline: 2030
    sources: [src]
  - id: invest-2030
    metric: Investment
    money: { amount: 150e9 }
    comparator: at-most
    quote: 投资达到2000亿元
    deadline: 2030
    sources: [srx]
  - id: firms-2030
    metric: Enterprises
    indicator: ai-firms
    quantity: { value: 2000, unit: enterprize }
    baseline: { money: { amount: 5e9 }, at: 2025 }
    deadline: 2030
    region: CN-GX
  - id: both-2030
    metric: Both
    money: { amount: 1e9 }
    quantity: { value: 10, unit: Parks }
    deadline: 2030
    sources: [src]
measures:
  - id: zones
    title: Pilot zones
    regions: [CN-44]
sources:
  - id: src
    title: A source
    type: official-text
    url: https://www.gd.gov.cn/
    published: 2026-01-15
    accessed: 2026-01-10
`;

describe('one plan: quote, ref, region, source, target and unit rules in Chinese', () => {
  const files = {
    'a.plan.yaml': BROKEN,
    'ds.indicators.yaml': INDICATORS,
    'b.plan.yaml': plan('gd-plan-2023', 'CN-GD', '    money: { amount: 1e9 }'),
  };
  const list = zh(files, 'a.plan.yaml');

  test('quote/amount-mismatch and quote/comparator-mismatch', () => {
    const amount = one(list, 'quote/amount-mismatch');
    assert.equal(
      amount.message,
      '目标 invest-2030：原文引述为 2000亿元 = 200,000,000,000 CNY，而金额为 150,000,000,000',
    );
    assert.deepEqual(related(amount), ['原文引述：2000亿元']);
    assert.deepEqual(titles(amount), ['改为 200e9（按原文引述）']);
    const none = one(list, 'quote/comparator-mismatch', 0);
    assert.equal(none.message, '目标 scale-2030：原文引述用词为“突破”（more-than），但未写比较方式（默认 at-least）');
    assert.deepEqual(related(none), ['原文引述用词为“突破”']);
    assert.deepEqual(titles(none), ['添加比较方式：more-than']);
    const written = one(list, 'quote/comparator-mismatch', 1);
    assert.equal(written.message, '目标 invest-2030：原文引述用词为“达到”（at-least），但比较方式为 at-most');
    assert.deepEqual(titles(written), ['改为 at-least']);
  });

  test('ref/unknown-source, ref/unknown-plan, ref/unknown-indicator', () => {
    const source = one(list, 'ref/unknown-source');
    assert.equal(source.message, '未知的来源 srx；是否应为 src？');
    assert.deepEqual(titles(source), ['改为 src']);
    const p = one(list, 'ref/unknown-plan');
    assert.equal(p.message, '未知的规划 gd-plan-2023x；是否应为 gd-plan-2023、gd-plan-2026？');
    assert.deepEqual(titles(p), ['改为 gd-plan-2023', '改为 gd-plan-2026']);
    assert.equal(one(list, 'ref/unknown-indicator').message, '未知的指标 ai-firms');
  });

  test('region/outside-jurisdiction and region/deprecated name regions in Chinese', () => {
    const outside = one(list, 'region/outside-jurisdiction');
    assert.equal(outside.message, 'CN-GX（广西壮族自治区）不在本规划的管辖范围 CN-GD（广东省）之内');
    assert.deepEqual(related(outside), ['本规划的管辖范围']);
    const withdrawn = one(list, 'region/deprecated');
    assert.equal(withdrawn.message, 'CN-44（广东省）是已停用的代码；请改用 CN-GD');
    assert.deepEqual(titles(withdrawn), ['改为 CN-GD']);
  });

  test('source/missing, source/accessed-before-published, source/homepage-url', () => {
    const missing = one(list, 'source/missing');
    assert.equal(missing.message, '目标 firms-2030 未注明来源');
    assert.deepEqual(titles(missing), ['添加来源：[src]']);
    assert.equal(
      one(list, 'source/accessed-before-published').message,
      '访问日期 2026-01-10 早于来源的发布日期（2026-01-15）',
    );
    assert.equal(
      one(list, 'source/homepage-url').message,
      'src：https://www.gd.gov.cn/ 是网站首页，不是正式文本；请链接到文件本身',
    );
  });

  test('target/value-count, unit/mismatch, unit/unknown', () => {
    assert.equal(
      one(list, 'target/value-count').message,
      '目标只能有 money、quantity 或 outcome 之一；请保留 money 或 quantity',
    );
    assert.equal(one(list, 'unit/mismatch').message, '基准值是以 CNY 计的金额，而目标是以 enterprize 计的数量');
    const near = one(list, 'unit/unknown', 0);
    assert.equal(near.message, '未知的单位 enterprize；是否应为 enterprises？');
    assert.deepEqual(titles(near), ['改为 enterprises']);
    const alias = one(list, 'unit/unknown', 1);
    assert.equal(alias.message, 'Parks 是单位 parks 的另一种写法；请写作 parks');
    assert.deepEqual(titles(alias), ['改为 parks']);
  });
});

test('the other variants: no sources, no indicators, no plan like it, a source accessed in the future', () => {
  const text = `id: lone-plan-2026
title: Lone plan
jurisdiction: CN
period: { start: 2026, end: 2030 }
relations: [{ type: amends, plan: zzzzzz }]
targets:
  - id: t-2030
    metric: Something
    indicator: anything
    outcome: Done
    deadline: 2030
    sources: [nowhere]
  - metric: No id
    deadline: 2030
sources: []
`;
  const list = zh({ 'p.plan.yaml': text }, 'p.plan.yaml');
  assert.equal(one(list, 'ref/unknown-source').message, '未知的来源 nowhere；本规划未定义任何来源');
  assert.equal(one(list, 'ref/unknown-plan').message, '未知的规划 zzzzzz（数据集中没有此 id 的规划）');
  assert.equal(
    one(list, 'ref/unknown-indicator').message,
    '未知的指标 anything（数据集未列出任何指标：请添加 *.indicators.yaml 文件）',
  );
  assert.equal(one(list, 'target/value-count').message, '目标须有 money、quantity 或 outcome 之一');
  assert.equal(one(list, 'source/missing').message, '此目标未注明来源');

  const future = plan('f-2026', 'CN', '    outcome: Done').replace(
    '[{ id: src, title: A source }]',
    '[{ id: src, title: A source, accessed: 2027-01-01 }]',
  );
  assert.equal(
    one(zh({ 'f.plan.yaml': future }, 'f.plan.yaml'), 'source/accessed-before-published').message,
    '访问日期 2027-01-01 晚于今天（2026-11-28）',
  );
});

test('target/conflict and relation/inconsistent, with the indicator’s Chinese name and amounts in 亿', () => {
  const files = {
    'ds.indicators.yaml': INDICATORS,
    'a.plan.yaml': plan(
      'gd-a-2024',
      'CN-GD',
      '    indicator: ai-core-industry-scale\n    money: { amount: 300e9 }',
      'published: 2024-06-01\nrelations:\n  - { type: supersedes, plan: gd-c-2025 }\n',
    ),
    'b.plan.yaml': plan(
      'gd-b-2023',
      'CN-GD',
      '    indicator: ai-core-industry-scale\n    money: { amount: 250e9 }',
      'published: 2023-06-01\n',
    ),
    'c.plan.yaml': plan('gd-c-2025', 'CN-GD', '    outcome: Done', 'status: superseded\n', 2025),
  };
  const list = zh(files, 'a.plan.yaml');
  const conflict = one(list, 'target/conflict');
  assert.equal(
    conflict.message,
    '人工智能核心产业规模，CN-GD（广东省），到 2025 年：本规划为 3000亿元人民币，gd-b-2023 为 2500亿元人民币',
  );
  assert.deepEqual(related(conflict), ['gd-b-2023 的目标 scale-2025：2500亿元人民币']);
  const relation = one(list, 'relation/inconsistent');
  assert.equal(
    relation.message,
    'gd-a-2024（自 2023-01-01 起）取代了 gd-c-2025，而后者的规划期开始得更晚（2025-01-01）',
  );
  assert.deepEqual(related(relation), ['gd-c-2025 自 2025-01-01 开始']);

  const mutual = zh(
    {
      'a.plan.yaml': plan('p-a', 'CN', '    outcome: Done', 'relations: [{ type: supersedes, plan: p-b }]\n'),
      'b.plan.yaml': plan('p-b', 'CN', '    outcome: Done', 'relations: [{ type: supersedes, plan: p-a }]\n'),
    },
    'a.plan.yaml',
  );
  assert.equal(one(mutual, 'relation/inconsistent').message, 'p-a 与 p-b 互相取代');
  assert.deepEqual(related(one(mutual, 'relation/inconsistent')), ['p-b 取代了 p-a']);
});

test('rollup/exceeds-parent: Chinese region names, amounts in 亿, the conversion said', () => {
  const target = (money: string) => `    indicator: ai-core-industry-scale\n    money: ${money}`;
  const list = zh(
    {
      'ds.indicators.yaml': INDICATORS,
      'n.plan.yaml': plan('cn-2023', 'CN', target('{ amount: 400e9 }'), 'status: ended\n'),
      'bj.plan.yaml': plan('bj-2023', 'CN-BJ', target('{ amount: 300e9 }'), 'status: ended\n'),
      'gd.plan.yaml': plan('gd-2023', 'CN-GD', target('{ amount: 40e9, currency: USD }'), 'status: ended\n'),
    },
    'n.plan.yaml',
  );
  const rollup = one(list, 'rollup/exceeds-parent');
  assert.equal(
    rollup.message,
    '人工智能核心产业规模（到 2025 年）：北京市 3000亿元人民币 + 广东省 2875亿元人民币 = 5875亿元人民币 > 中国 4000亿元人民币（按 2025 年参考汇率换算）',
  );
  assert.deepEqual(related(rollup), [
    'bj-2023 的目标 scale-2025（北京市）：3000亿元人民币',
    'gd-2023 的目标 scale-2025（广东省）：400亿美元',
  ]);
});

test('codeWithName names regions in the dataset’s language: Chinese names, CLDR countries, else English', () => {
  const en = loneFile('2026-11-28');
  const cn = loneFile('2026-11-28', localeOf('zh-cn'));
  const codes = ['CN-GX', 'CN-44', 'CN', 'DE', 'EU', 'US-CA', 'XX-YY'];
  assert.deepEqual(
    codes.map((c) => codeWithName(c, en)),
    [
      'CN-GX (Guangxi)',
      'CN-44 (Guangdong)',
      'CN (China)',
      'DE (Germany)',
      'EU (European Union)',
      'US-CA (California)',
      'XX-YY',
    ],
  );
  assert.deepEqual(
    codes.map((c) => codeWithName(c, cn)),
    [
      'CN-GX（广西壮族自治区）',
      'CN-44（广东省）',
      'CN（中国）',
      'DE（德国）',
      'EU（欧盟）',
      'US-CA（California）',
      'XX-YY',
    ],
  );
  const unknown = one(
    zh({ 'p.plan.yaml': plan('p-2026', 'CN-XX', '    outcome: Done') }, 'p.plan.yaml'),
    'region/unknown',
  );
  assert.equal(
    unknown.message,
    '未知的行政区划代码 CN-XX；是否应为 CN-GX（广西壮族自治区）、CN-JX（江西省）、CN-NX（宁夏回族自治区）？',
  );
  assert.deepEqual(titles(unknown), [
    '改为 CN-GX（广西壮族自治区）',
    '改为 CN-JX（江西省）',
    '改为 CN-NX（宁夏回族自治区）',
  ]);
});

test('region registries: bad code, code mismatch, duplicate code, cycle', () => {
  const registry = `regions:
  - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD, codes: { GB/T-2260: "450300", UN/LOCODE: US SZX } }
  - { id: szx, name: Shenzhen 2, parent: CN-GD, codes: { UN/LOCODE: US SZX, NUTS: de21x, FIPS: "" } }
  - { id: loop-a, name: Loop A, parent: loop-b }
  - { id: loop-b, name: Loop B, parent: loop-a }
  - { id: ring, name: Ring, includes: [ring] }
`;
  const other = 'regions:\n  - { id: futian, name: Futian, parent: CN-GD, codes: { GB/T-2260: "450300" } }\n';
  const list = zh({ 'r.regions.yaml': registry, 'other.regions.yaml': other }, 'r.regions.yaml');
  assert.equal(
    one(list, 'region/code-mismatch', 0).message,
    'shenzhen：GB/T 2260 代码 450300 不以 CN-GD（广东省）的前缀 44 开头；请检查代码或上级行政区划',
  );
  assert.equal(
    one(list, 'region/code-mismatch', 1).message,
    'shenzhen：UN/LOCODE US SZX 属于 US，但该行政区划位于 CN（中国）',
  );
  const elsewhere = one(list, 'region/duplicate-code', 0);
  assert.equal(elsewhere.message, 'shenzhen 的 GB/T-2260 代码 450300 与 futian（other.regions.yaml）的代码相同');
  assert.deepEqual(related(elsewhere), ['futian 的 GB/T-2260 代码也是 450300']);
  const here = one(list, 'region/duplicate-code', 1);
  assert.equal(here.message, 'szx 的 UN/LOCODE 代码 US SZX 与 shenzhen 的代码相同');
  assert.deepEqual(related(here), ['shenzhen 的代码也是 US SZX']);
  assert.equal(one(list, 'region/bad-code', 0).message, 'NUTS 代码 de21x 格式不对，应为：形如 DE21 或 FR101');
  assert.equal(one(list, 'region/bad-code', 1).message, 'FIPS 代码为空，应为：两位（州）或五位（县）数字');
  assert.equal(
    one(list, 'region/cycle', 0).message,
    '行政区划 loop-a 是自身的上级：loop-a → 上级 loop-b → 上级 loop-a',
  );
  assert.equal(one(list, 'region/cycle', 2).message, '行政区划 ring 包含自身：ring → 包含 ring');
});

describe('standing lines', () => {
  const text = `id: gd-2026
title: Progress plan
jurisdiction: CN-GD
period: { start: 2023, end: 2030 }
currency: CNY
targets:
  - id: scale-2025
    metric: AI industry scale
    money: { amount: 300e9 }
    comparator: more-than
    deadline: 2025
    progress: [{ at: 2025, money: { amount: 300e9 }, comparator: more-than, source: gd-2026 }]
    sources: [gd-2026]
  - id: firms-2026
    metric: Enterprises
    quantity: { value: 2000, unit: enterprises }
    comparator: more-than
    baseline: { quantity: { value: 900, unit: enterprises }, at: 2022 }
    deadline: 2026-12-31
    progress: [{ at: 2025-10-22, quantity: { value: 1600, unit: enterprises }, source: gd-2026 }]
    sources: [gd-2026]
  - id: compute-2027
    metric: Compute
    quantity: { value: 300, unit: EFLOPS }
    deadline: 2027
    progress: [{ at: "2025-12", quantity: { value: 310000, unit: PFLOPS }, estimate: true }]
    sources: [gd-2026]
  - id: law-2025
    metric: Law
    outcome: A law is passed
    deadline: 2025
    progress: [{ at: 2025-06-01, outcome: 法律已通过 }]
    sources: [gd-2026]
  - id: fund-2024
    metric: Fund
    money: { amount: 1.2e12 }
    comparator: at-most
    deadline: 2024
    sources: [gd-2026]
  - id: later-2030
    metric: Later
    money: { amount: 41.12e9, currency: USD }
    deadline: 2030
    sources: [gd-2026]
sources: [{ id: gd-2026, title: A source }]
`;
  const reviser = plan('gd-2027', 'CN-GD', '    money: { amount: 1e9 }').replace(
    'scale-2025\n',
    'x-2025\n    revises: gd-2026#fund-2024\n',
  );
  const files = { 'gd.plan.yaml': text, 'r.plan.yaml': reviser };
  const lines = (language: 'en' | 'zh-cn') => workspace(files, language).standings(`${ROOT}/gd.plan.yaml`);

  test('in English as before', () => {
    assert.deepEqual(
      lines('en').map((s) => s.line),
      [
        'met: more than 300 billion of more than 300 billion CNY on 2025 (gd-2026)',
        'behind: 1,600 of more than 2,000 enterprises on 2025-10-22 (gd-2026); the straight line is at 1,672.48 then; 2022 baseline 900',
        'met: 310 of at least 300 EFLOPS on "2025-12", estimated',
        'no-data: "法律已通过" on 2025-06-01',
        'no-data: no observation since the deadline 2024-12-31; revised by gd-2027#x-2025',
        'not-yet-due: no observation, due 2030-12-31',
      ],
    );
  });

  test('in Chinese: standings, comparators and amounts in Chinese words', () => {
    const en = lines('en');
    const cn = lines('zh-cn');
    assert.deepEqual(
      cn.map((s) => [s.id, s.standing]),
      en.map((s) => [s.id, s.standing]),
    );
    assert.deepEqual(
      cn.map((s) => s.line),
      [
        '已达成：2025 实际 超过 3000亿，目标 超过 3000亿元人民币（来源 gd-2026）',
        '进度滞后：2025-10-22 实际 1,600，目标 超过 2,000 enterprises（来源 gd-2026）；按直线进度届时应为 1,672.48；2022 基准值 900',
        '已达成："2025-12" 估计 310，目标 不低于 300 EFLOPS',
        '无数据：2025-06-01，“法律已通过”',
        '无数据：截止日期 2024-12-31 已过，尚无进展记录；已被 gd-2027#x-2025 修订',
        '未到期：尚无进展记录，截止日期 2030-12-31',
      ],
    );
  });

  test('every standing and comparator has its Chinese word', () => {
    const zhCn = localeOf('zh-cn');
    assert.deepEqual(
      ['met', 'on-track', 'behind', 'missed', 'not-yet-due', 'no-data'].map((k) => zhCn.tKey(`standing.${k}`)),
      ['已达成', '进度正常', '进度滞后', '未达成', '未到期', '无数据'],
    );
    assert.deepEqual(
      ['at-least', 'more-than', 'at-most', 'less-than', 'exactly', 'about'].map((k) =>
        zhCn.tKey(`standing.comparator.${k}`),
      ),
      ['不低于', '超过', '不超过', '低于', '等于', '约'],
    );
  });
});
