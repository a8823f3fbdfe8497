/**
 * The diagnostics that are not rules, over the language server with the `initialize` locale zh-cn: a YAML
 * error and JSON Schema errors of the broken samples come in Chinese, with the codes and ranges of an English
 * session, and a schema quick fix has a Chinese title.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient, brokenSample, ensureBuilt, type PublishDiagnosticsParams } from './helpers/lsp-client';

before(() => ensureBuilt());

const shape = (p: PublishDiagnosticsParams, code: string) =>
  p.diagnostics.filter((d) => d.code === code).map((d) => ({ code: d.code, range: d.range }));
const messages = (p: PublishDiagnosticsParams, code: string) =>
  p.diagnostics.filter((d) => d.code === code).map((d) => d.message);

describe('YAML and schema diagnostics over the language server', () => {
  let zh: LspClient;
  let en: LspClient;
  before(async () => {
    zh = await LspClient.start({ locale: 'zh-cn' });
    en = await LspClient.start({ locale: 'en' });
  });
  after(async () => {
    await zh?.dispose();
    await en?.dispose();
  });

  const cases: Array<[sample: string, code: string, zhMessage: string, enMessage: string]> = [
    ['yaml-duplicate-key', 'yaml/DUPLICATE_KEY', '重复的键“status”', 'duplicate key "status"'],
    [
      'schema-enum',
      'schema/enum',
      'status：不允许 “active-ish”；是否应为 active？',
      'status: "active-ish" is not allowed; did you mean active?',
    ],
    [
      'schema-required',
      'schema/required',
      '目标 industry-2030：缺少必填的键“metric”',
      'missing required property "metric" in target industry-2030',
    ],
    ['schema-type', 'schema/type', 'title：应为文本，实际为 2030', 'title: expected text, got 2030'],
  ];

  for (const [name, code, zhMessage, enMessage] of cases)
    test(`${name}: ${code} in Chinese, where English has it`, async () => {
      const s = brokenSample(name);
      const a = await zh.open(s.uri, s.text, 1);
      const b = await en.open(s.uri, s.text, 1);
      assert.deepEqual(messages(a, code), [zhMessage]);
      assert.deepEqual(messages(b, code), [enMessage]);
      assert.deepEqual(shape(a, code), shape(b, code));
    });

  test('the quick fix of schema/enum has a Chinese title', async () => {
    const s = brokenSample('schema-enum');
    const p = await zh.open(s.uri, s.text, 2);
    const d = p.diagnostics.find((x) => x.code === 'schema/enum')!;
    const actions = await zh.request<Array<{ title: string }>>('textDocument/codeAction', {
      textDocument: { uri: s.uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    assert.ok(
      actions.some((x) => x.title === '改为 active'),
      JSON.stringify(actions.map((x) => x.title)),
    );
  });
});
