/**
 * The editor features in Chinese (a workspace with `settings: { language: 'zh-cn' }`): hovers on codes,
 * amounts, deadlines and keys, completion details, snippets, code lenses, inlay hints, a quick fix and a
 * rename refusal, compared whole. And the schema texts: every title, description and enum description of the
 * built-in schemas has its catalogue entry (schema-doc.<schema>#<pointer>) whose English is the schema's
 * text, and no entry is left over, so the schemas and the catalogue cannot drift apart.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createWorkspace, type PolicyWorkspace } from '../server/src/core';
import { schemaDocKeys } from '../server/src/core/features/schemaInfo';
import { catalogue, formatTemplate, PARTS } from '../server/src/core/i18n';
import unitsJson from '../server/src/core/data/units.json';

const unitList = unitsJson.units as Array<{ id: string; description?: string }>;

const FILE = '/ds/gd.plan.yaml';

const PLAN = `id: gd-test-2023
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
  - id: enterprises-2027
    metric: AI enterprises
    quantity: { value: 2000, unit: enterprises }
    deadline: 2027-Q2
    region: cn-gd
    sources: [gd-gov-2023]
sources:
  - id: gd-gov-2023
    title: The opinions
    published: 2023-11-13
    accessed: 2026-11-01
`;

function workspace(text: string, language: 'en' | 'zh-cn' = 'zh-cn'): PolicyWorkspace {
  const ws = createWorkspace({ today: '2026-11-28', trusted: true, roots: ['/ds'], settings: { language } });
  ws.update({ set: [{ file: FILE, text }] });
  return ws;
}

/** The offset of the `|` in a copy of the plan where `before` is marked at `at` characters in. */
function offsetIn(text: string, needle: string, at: number): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + at;
}

function hoverAt(needle: string, at = 1, text = PLAN): string | null {
  return workspace(text).hover(FILE, offsetIn(text, needle, at))?.markdown ?? null;
}

describe('hover in Chinese', () => {
  test('a region code: the Chinese name first, the level, the parent', () => {
    assert.equal(
      hoverAt('CN-GD'),
      '**CN-GD** — 广东省（Guangdong）\n\nISO 3166-2 一级行政区（Guangdong Sheng）\n\n隶属于 CN（中国）',
    );
  });

  test('a withdrawn region code names its successor', () => {
    assert.equal(
      hoverAt('CN-44'),
      '**CN-44** — 广东省（Guangdong）\n\n已停用，现为 **CN-GD**（中国的数字行政区划代码已于 2017 年被取代）',
    );
  });

  test('an amount in 亿, the stated equivalent, the implied and the reference rate', () => {
    assert.equal(
      hoverAt('300e9'),
      '3000亿元人民币；原文折合 411.2亿美元，即 1 USD 兑 7.30 CNY；2023 年参考汇率：7.08\n\n300,000,000,000 CNY',
    );
  });

  test('a key: its schema title and description from the catalogue, and the example', () => {
    assert.equal(
      hoverAt('metric:'),
      '**度量**\n\n目标衡量的内容，用几个简明的英文单词表述。要达到的水平请写在 money、quantity 或 outcome 中，不要写在这里。\n\n示例：`AI industry scale`',
    );
  });

  test('deadlines and period bounds: the interval and the distance to the reference date', () => {
    assert.equal(
      hoverAt('deadline: 2025', 11),
      '**截止日期** 2025 年：2025-01-01 – 2025-12-31\n\n止于 2025-12-31，11 个月前（参照日期 2026-11-28）',
    );
    assert.equal(
      hoverAt('2027-Q2'),
      '**截止日期** 季度 2027-Q2：2027-04-01 – 2027-06-30\n\n止于 2027-06-30，7 个月后（参照日期 2026-11-28）',
    );
    assert.equal(
      hoverAt('start: 2023', 8),
      '**规划期起点** 2023 年：2023-01-01 – 2023-12-31\n\n规划自 2023-01-01 起适用，3 年 11 个月前（参照日期 2026-11-28）',
    );
  });

  test('an impossible deadline says why, in Chinese', () => {
    assert.equal(
      hoverAt('2027-Q5', 1, PLAN.replace('deadline: 2027-Q2', 'deadline: 2027-Q5')),
      '**无效的截止日期**：不存在季度 Q5（只有 Q1–Q4）',
    );
  });

  test('an enum value and a currency', () => {
    assert.equal(hoverAt('in-force'), '**in-force** — 已通过，现行有效。');
    assert.equal(hoverAt('currency: CNY', 11), '**CNY** — 人民币\n\n辅币单位：2 位小数');
  });

  test("a target id: the target's standing, then what the field means", () => {
    assert.equal(
      hoverAt('industry-scale-2025', 2),
      '**industry-scale-2025** · 无数据：截止日期 2025-12-31 已过，尚无进展记录\n\n（参照日期 2026-11-28）\n\n---\n\n' +
        '**目标 id**\n\n该目标的简短名称，由小写单词和连字符组成，在规划内唯一。其他工具和报告通过它引用该目标，发布后请保持不变。',
    );
  });

  test('a related plan: its title, file and status', () => {
    const text = PLAN.replace(
      'currency: CNY\n',
      'currency: CNY\nrelations:\n  - { type: supersedes, plan: gd-old-2018 }\n',
    );
    const ws = workspace(text);
    ws.update({
      set: [
        {
          file: '/ds/old.plan.yaml',
          text: 'id: gd-old-2018\ntitle: Old plan\njurisdiction: CN-GD\nstatus: superseded\nperiod: { start: 2018, end: 2020 }\n',
        },
      ],
    });
    assert.equal(
      ws.hover(FILE, offsetIn(text, 'gd-old-2018', 1))?.markdown,
      '**Old plan**\n\n/ds/old.plan.yaml · 已被取代',
    );
  });

  test('an indicator: the Chinese name first, its currency and its file; completion names it too', () => {
    const indicators =
      'indicators:\n  - id: ai-core-industry-scale\n    name: Core AI industry scale\n    name-original: 人工智能核心产业规模\n    currency: CNY\n';
    const text = PLAN.replace(
      '    metric: AI industry scale\n',
      '    metric: AI industry scale\n    indicator: ai-core-industry-scale\n',
    );
    const ws = workspace(text);
    ws.update({ set: [{ file: '/ds/dataset.indicators.yaml', text: indicators }] });
    assert.equal(
      ws.hover(FILE, offsetIn(text, 'ai-core', 2))?.markdown,
      '**ai-core-industry-scale** — 人工智能核心产业规模（Core AI industry scale）\n\n指标，币种 CNY · /ds/dataset.indicators.yaml',
    );
    const partial = text.replace('indicator: ai-core-industry-scale', 'indicator: ai');
    ws.update({ set: [{ file: FILE, text: partial }] });
    assert.deepEqual(
      ws.complete(FILE, offsetIn(partial, 'indicator: ai', 13)).items.map((i) => [i.label, i.detail]),
      [['ai-core-industry-scale', '人工智能核心产业规模（Core AI industry scale）— CNY']],
    );
  });

  test('a built-in unit: its description from the catalogue', () => {
    assert.equal(hoverAt('enterprises }'), '**enterprises** — 企业数量\n\n量纲：count');
  });

  test('an unknown region says so', () => {
    assert.equal(hoverAt('CN-XX', 1, PLAN.replace('region: CN-44', 'region: CN-XX')), '**CN-XX**：未知的行政区划代码');
  });
});

describe('completion in Chinese', () => {
  test('keys: the schema title as detail (必填 for a required key), the description as documentation', () => {
    const text = PLAN.replace('title: Test plan\n', 'title: Test plan\ntitle-o\n');
    const items = workspace(text).complete(FILE, offsetIn(text, 'title-o\n', 7)).items;
    const item = items.find((i) => i.label === 'title-original');
    assert.deepEqual(item && [item.detail, item.documentation], [
      '原文标题',
      '规划的原文标题，从官方文件中照录。原文为英文时可省略。',
    ]);
    const inSource = PLAN.replace('  - id: gd-gov-2023\n', '  - \n  - id: gd-gov-2023\n');
    const keys = workspace(inSource).complete(FILE, offsetIn(inSource, '  - \n', 4)).items;
    assert.deepEqual(
      keys.slice(0, 2).map((i) => [i.label, i.detail, i.filterText]),
      [
        ['来源', '目标所引用的来源', 'source'],
        ['id', '必填 · 来源 id', undefined],
      ],
    );
  });

  test('currencies by their Chinese names, and the English name still filters', () => {
    const text = PLAN.replace('currency: CNY', 'currency: CN');
    const items = workspace(text).complete(FILE, offsetIn(text, 'currency: CN', 12)).items;
    const cny = items.find((i) => i.label === 'CNY');
    assert.deepEqual(cny && [cny.detail, cny.filterText], ['人民币', 'CNY 人民币 Yuan Renminbi']);
  });

  test('regions by their Chinese names', () => {
    const text = PLAN.replace('region: cn-gd', 'region: CN-G');
    const items = workspace(text).complete(FILE, offsetIn(text, 'CN-G\n', 4)).items;
    assert.deepEqual(
      items.slice(0, 2).map((i) => [i.label, i.detail, i.filterText]),
      [
        ['CN-GD', '广东省 — CN 的一级行政区', 'CN-GD 广东省 Guangdong'],
        ['CN-GS', '甘肃省 — CN 的一级行政区', 'CN-GS 甘肃省 Gansu'],
      ],
    );
  });

  test('deadline forms', () => {
    const text = PLAN.replace('deadline: 2027-Q2', 'deadline: ');
    const items = workspace(text).complete(FILE, offsetIn(text, 'deadline: \n', 10)).items;
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['2025', '2025 年：截止于 2025-12-31'],
        ['"2025-Q4"', '季度：截止于 2025-12-31'],
        ['"2025-06"', '月份：截止于 2025-06-30'],
        ['"2025-12-31"', '具体日期'],
      ],
    );
  });
});

describe('lenses, hints, quick fixes and rename in Chinese', () => {
  test('the code lens on the plan id', () => {
    assert.deepEqual(
      workspace(PLAN)
        .codeLenses(FILE)
        .map((l) => l.title),
      ['未被其他规划引用 · 2 个目标'],
    );
    assert.deepEqual(
      workspace(PLAN, 'en')
        .codeLenses(FILE)
        .map((l) => l.title),
      ['referenced by no plan · 2 targets'],
    );
  });

  test('inlay hints: a period start, amounts in 亿, the standings', () => {
    assert.deepEqual(
      workspace(PLAN)
        .inlayHints(FILE, { start: 0, end: PLAN.length })
        .map((h) => h.label),
      [
        '自 2023-01-01 起',
        '→ 2025-12-31',
        '无数据',
        '= 3000亿元人民币',
        '= 411.2亿美元',
        '→ 2025-12-31',
        '未到期',
        '→ 2027-06-30',
      ],
    );
  });

  test('a quick fix title', () => {
    const at = PLAN.indexOf('cn-gd');
    const titles = workspace(PLAN)
      .codeActions(FILE, { start: at, end: at + 5 })
      .map((a) => a.title);
    assert.deepEqual(titles, ['改为 CN-GD（广东省）']);
  });

  test('why a rename cannot start here', () => {
    assert.deepEqual(workspace(PLAN).prepareRename(FILE, offsetIn(PLAN, 'CN-GD', 1)), {
      ok: false,
      reason: 'CN-GD 是 ISO 3166 代码，不是数据集定义的行政区划：不能重命名（请改选其他代码）',
    });
    assert.deepEqual(workspace(PLAN).rename(FILE, offsetIn(PLAN, 'gd-test-2023', 1), 'Bad Id'), {
      ok: false,
      reason: 'Bad Id 不是有效的规划 id：请使用小写字母、数字和连字符组成的形式，如 cn-gd-ai-2023',
    });
  });

  test('link tooltips', () => {
    const text = PLAN.replace('    title: The opinions\n', '    title: The opinions\n    url: https://gd.gov.cn/x\n');
    assert.deepEqual(
      workspace(text)
        .documentLinks(FILE)
        .map((l) => l.tooltip),
      ['打开来源 gd-gov-2023'],
    );
  });

  test('the outline names an item without an id', () => {
    const text = PLAN.replace('  - id: gd-gov-2023\n', '  - title: no id\n');
    const sources = workspace(text)
      .documentSymbols(FILE)[0]!
      .children.find((c) => c.name === 'sources');
    assert.deepEqual(
      sources?.children.map((c) => c.name),
      ['（无 id 的来源）'],
    );
  });
});

describe('the overview in Chinese', () => {
  test('regions by their Chinese names', () => {
    assert.deepEqual(
      workspace(PLAN)
        .overview()
        .regions.map((r) => [r.code, r.name]),
      [
        ['CN', '中国'],
        ['CN-GD', '广东省'],
        ['CN-44', '广东省'],
        ['cn-gd', 'cn-gd'],
      ],
    );
  });
});

describe('the built-in units in the catalogue', () => {
  test('every built-in unit with a description has an entry with the same English, and no other', () => {
    const entries = catalogue as Readonly<Record<string, { en: string; zh: string }>>;
    const described = unitList.filter((u) => u.description);
    assert.deepEqual(
      described.filter((u) => entries[`unit-doc.${u.id}`]?.en !== u.description).map((u) => u.id),
      [],
    );
    const ids = new Set(described.map((u) => `unit-doc.${u.id}`));
    assert.deepEqual(
      Object.keys(PARTS.unitDoc).filter((k) => !ids.has(k)),
      [],
    );
  });
});

describe('the schema texts in the catalogue', () => {
  const keys = schemaDocKeys();
  const entries = catalogue as Readonly<Record<string, { en: string; zh: string }>>;

  test('every title, description and enum description of the schemas has an entry with the same English', () => {
    const wrong = keys
      .filter(({ key, en }) => !entries[key] || formatTemplate(entries[key].en, {}, 'en') !== en)
      .map(({ key }) => key);
    assert.deepEqual(wrong, [], `run npx tsx scripts/gen-schema-doc.ts:\n${wrong.join('\n')}`);
    assert.ok(keys.length > 300, `${keys.length} schema texts`);
  });

  test('no schema-doc entry is left over from a text the schemas no longer have', () => {
    const wanted = new Set(keys.map((k) => k.key));
    assert.deepEqual(
      Object.keys(PARTS.schemaDoc).filter((k) => !wanted.has(k)),
      [],
    );
  });
});
