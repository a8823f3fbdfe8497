/**
 * The diagnostics that are not rules, in Chinese: YAML parse errors (the yaml library's texts and the
 * project's own), JSON Schema keyword messages with their "did you mean" and quick-fix titles, and the
 * problems of custom schemas. Each through a workspace with `language: 'zh-cn'`, with the same codes and
 * ranges as in English; a change of language renders the parse's findings again without parsing again.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  createWorkspace,
  CustomSchemas,
  customSchemaCheck,
  type CustomSchemaProvider,
  type CustomSchemaUse,
  type Finding,
  type SchemaDoc,
} from '../server/src/core';
import { localeOf } from '../server/src/core/i18n';
import { libraryMessage } from '../server/src/core/yaml/messages';
import { VALIDATORS } from './helpers/fixture';

const TODAY = '2026-11-27';

type Row = [code: string, start: number, end: number, message: string];

/** The findings of each file, in English and in Chinese. */
function check(
  files: Record<string, string>,
  options: { customSchemas?: CustomSchemaProvider } = {},
): Record<'en' | 'zh', Record<string, Finding[]>> {
  const out = { en: {}, zh: {} } as Record<'en' | 'zh', Record<string, Finding[]>>;
  for (const [lang, language] of [
    ['en', 'en'],
    ['zh', 'zh-cn'],
  ] as const) {
    const ws = createWorkspace({
      today: TODAY,
      trusted: true,
      roots: ['/d'],
      settings: { language },
      validators: VALIDATORS,
      ...options,
    });
    ws.update({ set: Object.entries(files).map(([file, text]) => ({ file, text })) });
    for (const f of Object.keys(files)) out[lang][f] = ws.check(f);
  }
  return out;
}

const rows = (fs: Finding[], prefix: string): Row[] =>
  fs.filter((f) => f.code.startsWith(prefix)).map((f) => [f.code, f.range.start, f.range.end, f.message]);

/** Same codes and ranges in both languages; returns the rows of each. */
function paired(en: Finding[], zh: Finding[], prefix: string): { en: Row[]; zh: Row[] } {
  const a = rows(en, prefix);
  const b = rows(zh, prefix);
  assert.deepEqual(
    b.map(([c, s, e]) => [c, s, e]),
    a.map(([c, s, e]) => [c, s, e]),
    'same codes and ranges as English',
  );
  return { en: a, zh: b };
}

describe('YAML errors in Chinese', () => {
  const files = {
    '/d/indent.plan.yaml': 'id: a\nperiod:\n  start: 2026\n end: 2030\n',
    '/d/dup.plan.yaml': 'id: b\nstatus: draft\nstatus: in-force\n',
    '/d/flow.plan.yaml': 'id: c\ntags: [ai, chips\n',
    '/d/quote.plan.yaml': 'id: "d\n',
    '/d/tab.plan.yaml': 'id: e\ntargets:\n\t- id: x\n',
    '/d/alias.plan.yaml': 'id: f\ntitle: *nope\n',
  };
  const all = check(files);
  const yamlOf = (f: string) => paired(all.en[f]!, all.zh[f]!, 'yaml/');

  test('bad indentation', () => {
    const r = yamlOf('/d/indent.plan.yaml');
    assert.deepEqual(r.en, [['yaml/BAD_INDENT', 28, 29, 'All mapping items must start at the same column']]);
    assert.deepEqual(r.zh, [['yaml/BAD_INDENT', 28, 29, '同一映射中的键必须从同一列开始（缩进不一致）']]);
  });

  test('a duplicate key, with the first one as the related place', () => {
    const r = yamlOf('/d/dup.plan.yaml');
    assert.deepEqual(r.en, [['yaml/DUPLICATE_KEY', 20, 26, 'duplicate key "status"']]);
    assert.deepEqual(r.zh, [['yaml/DUPLICATE_KEY', 20, 26, '重复的键“status”']]);
    const related = (fs: Finding[]) => fs.find((f) => f.code === 'yaml/DUPLICATE_KEY')!.related;
    assert.deepEqual(related(all.en['/d/dup.plan.yaml']!), [
      { range: { start: 6, end: 12 }, message: 'the first "status"' },
    ]);
    assert.deepEqual(related(all.zh['/d/dup.plan.yaml']!), [
      { range: { start: 6, end: 12 }, message: '第一次出现的“status”' },
    ]);
  });

  test('an unclosed flow sequence', () => {
    const r = yamlOf('/d/flow.plan.yaml');
    assert.deepEqual(r.en, [
      ['yaml/BAD_INDENT', 23, 23, 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ]);
    assert.deepEqual(r.zh, [['yaml/BAD_INDENT', 23, 23, '行内列表必须以 ] 结尾，并且要比上一层缩进更多']]);
  });

  test('an unclosed quote, a tab as indentation, an alias without its anchor', () => {
    assert.deepEqual(yamlOf('/d/quote.plan.yaml').zh, [['yaml/MISSING_CHAR', 7, 7, '双引号字符串缺少结尾的双引号 "']]);
    assert.deepEqual(yamlOf('/d/tab.plan.yaml').zh, [
      ['yaml/TAB_AS_INDENT', 15, 16, '不能用制表符（Tab）缩进，请改用空格'],
    ]);
    const alias = yamlOf('/d/alias.plan.yaml');
    assert.deepEqual(alias.en, [['yaml/UNRESOLVED_ALIAS', 13, 18, 'alias *nope has no anchor &nope before it']]);
    assert.deepEqual(alias.zh, [['yaml/UNRESOLVED_ALIAS', 13, 18, '别名 *nope 之前没有对应的锚点 &nope']]);
  });

  test("the library's token types are named in words", () => {
    const text = 'id: g\ntitle: "a" b\n';
    const r = check({ '/d/token.plan.yaml': text });
    const both = paired(r.en['/d/token.plan.yaml']!, r.zh['/d/token.plan.yaml']!, 'yaml/');
    assert.deepEqual(
      both.en.map((x) => x[3]),
      ['Unexpected scalar at node end'],
    );
    assert.deepEqual(
      both.zh.map((x) => x[3]),
      ['此处多出了一个值'],
    );
  });
});

describe('schema errors in Chinese', () => {
  const plan = [
    'id: schema-zh',
    'title: T',
    'jurisdiction: CN',
    'published: 2026-01-15',
    'period: { start: 2026, end: 2030 }',
    'status: in-force',
    'currency: CNY',
    'titl: x',
    'targets:',
    '  - id: t1',
    '    metric: m',
    '    money: { amount: 100e9 }',
    '    deadline: 2030',
    '    sources: [src]',
    '    status: activ',
    '  - metric: 5',
    '    money: { amount: 100e9 }',
    '    deadline: 2030',
    '    sources: [src]',
    'sources:',
    '  - id: src',
    '    title: S',
    '    type: official-text',
    '    published: 2026-01-15',
    '    accessed: 2026-11-01',
    '',
  ].join('\n');
  const all = check({ '/d/s.plan.yaml': plan });
  const en = all.en['/d/s.plan.yaml']!;
  const zh = all.zh['/d/s.plan.yaml']!;
  const r = paired(en, zh, 'schema/');
  const at = (word: string) => plan.indexOf(word);

  test('an unknown key with "did you mean", and its rename fix', () => {
    assert.deepEqual(r.en[0], [
      'schema/additionalProperties',
      at('titl:'),
      at('titl:') + 4,
      'unknown property "titl"; did you mean "title"?',
    ]);
    assert.deepEqual(r.zh[0], [
      'schema/additionalProperties',
      at('titl:'),
      at('titl:') + 4,
      '未知的键“titl”；是否应为“title”？',
    ]);
    const fix = (fs: Finding[]) => fs.find((f) => f.code === 'schema/additionalProperties')!.suggestions;
    assert.equal(fix(en)![0]!.title, 'Rename to "title"');
    assert.equal(fix(zh)![0]!.title, '重命名为“title”');
    assert.deepEqual(fix(zh)![0]!.edits, fix(en)![0]!.edits);
  });

  test('a value not in the enum, with a suggestion and its fix', () => {
    const enEnum = r.en.find((x) => x[0] === 'schema/enum')!;
    const zhEnum = r.zh.find((x) => x[0] === 'schema/enum')!;
    assert.equal(enEnum[3], 'status: "activ" is not allowed; did you mean active?');
    assert.equal(zhEnum[3], 'status：不允许 “activ”；是否应为 active？');
    assert.equal(zh.find((f) => f.code === 'schema/enum')!.suggestions![0]!.title, '改为 active');
  });

  test('a missing required key in the 2nd target, with its fix', () => {
    assert.equal(r.en.find((x) => x[0] === 'schema/required')![3], 'missing required property "id" in the 2nd target');
    assert.equal(r.zh.find((x) => x[0] === 'schema/required')![3], '第 2 个目标：缺少必填的键“id”');
    assert.equal(zh.find((f) => f.code === 'schema/required')!.suggestions![0]!.title, '添加键“id”');
  });

  test('a value of the wrong type', () => {
    assert.equal(r.en.find((x) => x[0] === 'schema/type')![3], 'metric: expected text, got 5');
    assert.equal(r.zh.find((x) => x[0] === 'schema/type')![3], 'metric：应为文本，实际为 5');
  });

  test('required alternatives, a list of types, an enum without a near value', () => {
    const files = {
      '/d/t.plan.yaml':
        'id: t\ntitle: T\njurisdiction: CN\nperiod: { start: 2026, end: 2030 }\nstatus: zzz\nsources: []\ntags: [[1]]\n',
    };
    const b = check(files);
    const both = paired(b.en['/d/t.plan.yaml']!, b.zh['/d/t.plan.yaml']!, 'schema/');
    const msg = (list: Row[], code: string) => list.filter((x) => x[0] === code).map((x) => x[3]);
    assert.deepEqual(msg(both.en, 'schema/required'), ['missing property: add "targets" or "measures"']);
    assert.deepEqual(msg(both.zh, 'schema/required'), ['缺少键：请添加“targets”或“measures”']);
    assert.deepEqual(msg(both.zh, 'schema/enum'), [
      'status：“zzz” 不是允许的值（draft、proposed、in-force、ended、superseded、repealed）',
    ]);
    assert.deepEqual(msg(both.zh, 'schema/type'), ['第 1 个标签：应为文本，实际为 列表']);
  });
});

describe('custom schema problems in Chinese', () => {
  const cycle = 'file:///schemas/cycle.json';
  const risky = 'file:///schemas/risky.json';
  const remote = 'https://example.com/remote.json';
  const docs = new Map<string, SchemaDoc>([
    [cycle, { json: { $ref: '#' } }],
    [risky, { json: { properties: { code: { type: 'string', pattern: '^(a)\\1$' } } } }],
  ]);
  const uses: CustomSchemaUse[] = [
    { uri: cycle, via: { kind: 'comment' }, range: { start: 0, end: 1 }, docs },
    { uri: risky, via: { kind: 'config', file: 'policy-plans.config.yaml' }, range: { start: 0, end: 1 }, docs },
    { uri: remote, via: { kind: 'comment' }, range: { start: 0, end: 1 }, docs },
  ];
  const check1 = customSchemaCheck(() => uses, new CustomSchemas());
  const provider: CustomSchemaProvider = {
    check: (doc, dataset, file) => check1(doc, dataset, file),
    applies: () => true,
  };
  const all = check({ '/d/data.yaml': 'code: aaa\n' }, { customSchemas: provider });
  const r = paired(all.en['/d/data.yaml']!, all.zh['/d/data.yaml']!, 'schema/');

  test('a reference cycle, an unsafe pattern and a remote schema, naming where each comes from', () => {
    assert.deepEqual(
      r.en.map((x) => x[3]),
      [
        'the schema /schemas/cycle.json is not used: its references loop without reaching the data (#)',
        'the schema https://example.com/remote.json (from the $schema comment) is remote; remote schemas are never fetched, so it is not used',
        'pattern "^(a)\\\\1$" is not checked: it has a back-reference, which can take exponential time',
      ],
    );
    assert.deepEqual(
      r.zh.map((x) => x[3]),
      [
        '未使用模式 /schemas/cycle.json：其引用形成循环，始终到不了数据（#）',
        '模式 https://example.com/remote.json（来自文件开头的 $schema 注释）是远程模式；远程模式一律不下载，因此未使用',
        '未检查正则表达式 "^(a)\\\\1$"：其中有反向引用，可能耗费指数级时间',
      ],
    );
  });
});

test("a schema file's own problem (from the driver) is rendered in the language of the check", () => {
  const uri = 'file:///schemas/broken.json';
  const problem = {
    key: 'schema/unreadable.not-json-at',
    params: { file: 'broken.json', line: '3', column: '7' },
  } as const;
  const docs = new Map<string, SchemaDoc>([[uri, { error: localeOf('en').t(problem.key, problem.params), problem }]]);
  const check1 = customSchemaCheck(
    () => [{ uri, via: { kind: 'config', file: 'policy-plans.config.yaml' }, range: { start: 0, end: 1 }, docs }],
    new CustomSchemas(),
  );
  const all = check(
    { '/d/data.yaml': 'a: 1\n' },
    { customSchemas: { check: (doc, dataset, file) => check1(doc, dataset, file), applies: () => true } },
  );
  const r = paired(all.en['/d/data.yaml']!, all.zh['/d/data.yaml']!, 'schema/');
  assert.deepEqual(
    r.en.map((x) => x[3]),
    [
      'the schema /schemas/broken.json (from the dataset config (policy-plans.config.yaml)) cannot be used: broken.json is not JSON (at line 3, column 7)',
    ],
  );
  assert.deepEqual(
    r.zh.map((x) => x[3]),
    [
      '模式 /schemas/broken.json（来自数据集配置 policy-plans.config.yaml）无法使用：broken.json 不是合法的 JSON（第 3 行第 7 列）',
    ],
  );
});

test("a change of language renders the parse's findings again, without parsing again", () => {
  const file = '/d/switch.plan.yaml';
  const ws = createWorkspace({ today: TODAY, trusted: true, roots: ['/d'] });
  ws.update({ set: [{ file, text: 'id: s\nstatus: draft\nstatus: in-force\ntags: [a, b\n', open: true }] });
  const yamlMessages = () => ws.check(file).filter((f) => f.code.startsWith('yaml/'));
  const before = yamlMessages();
  const doc = ws.document(file);
  ws.setSettings({ language: 'zh-cn' });
  const after = yamlMessages();
  assert.equal(ws.document(file), doc, 'the same parsed document: not parsed again');
  assert.deepEqual(
    after.map((f) => [f.code, f.range]),
    before.map((f) => [f.code, f.range]),
  );
  assert.deepEqual(
    before.map((f) => f.message),
    ['duplicate key "status"', 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
  );
  assert.deepEqual(
    after.map((f) => f.message),
    ['重复的键“status”', '行内列表必须以 ] 结尾，并且要比上一层缩进更多'],
  );
  ws.setSettings({ language: 'en' });
  assert.deepEqual(yamlMessages(), before);
});

test('every text of the yaml library that the YAML test suite produces has a template and a Chinese message', () => {
  // the texts (one of each template) the YAML test suite gets from the yaml library, as the parse reports them
  const texts: Array<[string, string]> = [
    ['ALIAS_PROPS', 'An alias node must not specify any properties'],
    ['BAD_ALIAS', 'Alias ending in : is ambiguous'],
    ['BAD_ALIAS', 'Anchor ending in : is ambiguous'],
    ['BAD_DIRECTIVE', '%YAML directive should contain exactly one part'],
    ['BAD_DIRECTIVE', 'Unknown directive %FOO'],
    ['BAD_DIRECTIVE', 'Unsupported YAML version 1.1#...'],
    ['BAD_DQ_ESCAPE', "Invalid escape sequence \\'"],
    ['BAD_INDENT', 'All mapping items must start at the same column'],
    ['BAD_INDENT', 'All sequence items must start at the same column'],
    ['BAD_INDENT', 'Block scalar values in collections must be indented'],
    ['BAD_INDENT', 'Flow map in block collection must be sufficiently indented and end with a }'],
    ['BAD_INDENT', 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['BAD_SCALAR_START', 'Plain value cannot start with directive indicator character %'],
    ['BAD_SCALAR_START', 'Plain value cannot start with flow indicator character ,'],
    ['BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key'],
    ['BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings'],
    ['BLOCK_IN_FLOW', 'Block collections are not allowed within flow collections'],
    ['MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker'],
    ['MISSING_CHAR', 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator'],
    ['MISSING_CHAR', 'Comments must be separated from other tokens by white space characters'],
    ['MISSING_CHAR', 'Flow sequence must end with a ]'],
    ['MISSING_CHAR', 'Implicit map keys need to be followed by map values'],
    ['MISSING_CHAR', 'Missing , or : between flow sequence items'],
    ['MISSING_CHAR', 'Missing closing "quote'],
    ['MISSING_CHAR', "Missing closing 'quote"],
    ['MISSING_CHAR', 'Missing directives-end/doc-start indicator line'],
    ['MISSING_CHAR', 'Missing newline after block sequence props'],
    ['MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space'],
    ['MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line'],
    ['MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line'],
    ['MULTIPLE_ANCHORS', 'A node can have at most one anchor'],
    ['TAB_AS_INDENT', 'Tabs are not allowed as indentation'],
    ['TAG_RESOLVE_FAILED', 'Could not resolve tag: !prefix!B'],
    ['TAG_RESOLVE_FAILED', 'Unresolved tag: tag:example.com,2000:app/foo'],
    ['UNEXPECTED_TOKEN', 'Block scalar header includes extra characters: |10'],
    ['UNEXPECTED_TOKEN', 'Not a YAML token: first line'],
    ['UNEXPECTED_TOKEN', 'Unexpected , in flow sequence'],
    ['UNEXPECTED_TOKEN', 'Unexpected anchor at node end'],
    ['UNEXPECTED_TOKEN', 'Unexpected block-seq-ind on same line with key'],
    ['UNEXPECTED_TOKEN', 'Unexpected flow-map-end token in YAML stream: "}"'],
    ['UNEXPECTED_TOKEN', 'Unexpected flow-seq-end token in YAML document: "]"'],
    ['UNEXPECTED_TOKEN', 'Unexpected scalar at node end'],
    ['UNEXPECTED_TOKEN', 'Unexpected scalar token'],
    ['UNEXPECTED_TOKEN', 'Unexpected seq-item-ind at node end'],
  ];
  const en = localeOf('en');
  const zh = localeOf('zh-cn');
  const unmatched: string[] = [];
  for (const [code, text] of texts) {
    const m = libraryMessage(code, text);
    if (m.key === 'yaml/*.other') unmatched.push(`${code}: ${text}`);
    assert.equal(en.t(m.key, m.params), text, 'the English is the library text, byte for byte');
    assert.match(zh.t(m.key, m.params), /[\u3400-\u9fff]/, text);
  }
  assert.deepEqual(unmatched, []);
  // a text the library may make one day: its English stays, as the detail of a Chinese message
  const other = libraryMessage('BAD_INDENT', 'Something new');
  assert.deepEqual(other, { key: 'yaml/*.other', params: { detail: 'Something new' } });
  assert.equal(zh.t(other.key, other.params), 'YAML 有误：Something new');
});
