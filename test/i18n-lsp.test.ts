/**
 * The language server in Chinese (issue 16): the `initialize` locale (VS Code sends its UI language, `zh-cn`)
 * picks the language of diagnostics and hovers; the `policyPlans.language` setting (auto | en | zh-cn)
 * overrides it, and a change re-publishes the open documents' diagnostics in the new language and asks a
 * client that can to pull again. What the server says itself (document/too-large) follows it too.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readSettings } from '../server/src/lsp/settings';
import { LspClient, ROOT, SERVER, brokenSample, defaultCapabilities, ensureBuilt, fileUri } from './helpers/lsp-client';

before(() => ensureBuilt());

const sample = brokenSample('region-unknown');
const gdFile = 'samples/cn-gd-general-ai-2023.plan.yaml';
const gd = { uri: fileUri(gdFile), text: fs.readFileSync(path.join(ROOT, gdFile), 'utf8') };

const messageOf = (p: { diagnostics: Array<{ code?: string | number; message: string }> }, code: string) =>
  p.diagnostics.find((d) => d.code === code)?.message ?? `(no ${code} in ${JSON.stringify(p.diagnostics)})`;

/** The position of the first `needle` in `text` (0-based line and character). */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

function capabilitiesWithRefresh(): Record<string, unknown> {
  const caps = defaultCapabilities() as { workspace: Record<string, unknown> };
  caps.workspace.diagnostics = { refreshSupport: true };
  caps.workspace.inlayHint = { refreshSupport: true };
  return caps;
}

describe('initialize locale zh-cn', () => {
  let client: LspClient;
  let answer: unknown = {};
  before(async () => {
    client = await LspClient.start({
      locale: 'zh-cn',
      capabilities: capabilitiesWithRefresh(),
      handlers: {
        'workspace/configuration': (p) => (p as { items: unknown[] }).items.map(() => answer),
        'workspace/diagnostic/refresh': () => null,
        'workspace/inlayHint/refresh': () => null,
      },
    });
  });
  after(async () => client?.dispose());

  test('diagnostics in Chinese, with the same code and range', async () => {
    const p = await client.open(sample.uri, sample.text, 1);
    assert.match(messageOf(p, 'region/unknown'), /^未知的行政区划代码 CN-XX；是否应为 .+？$/);
    const d = p.diagnostics.find((x) => x.code === 'region/unknown')!;
    assert.match(
      (d as { codeDescription?: { href: string } }).codeDescription?.href ?? '',
      /\/docs\/rules\.zh-CN\.md#region-unknown$/,
      'the link goes to the Chinese rule reference',
    );
    const at = positionOf(sample.text, 'jurisdiction: CN-XX');
    assert.deepEqual(d.range.start, { line: at.line, character: at.character + 'jurisdiction: '.length });
  });

  test('hovers in Chinese: the region name of CN-GD', async () => {
    await client.open(gd.uri, gd.text, 1);
    const h = await client.request<{ contents: { value: string } | string } | null>('textDocument/hover', {
      textDocument: { uri: gd.uri },
      position: positionOf(gd.text, 'CN-GD'),
    });
    const value = typeof h?.contents === 'string' ? h.contents : (h?.contents.value ?? '');
    assert.match(value, /广东省/);
  });

  test('policyPlans.language: en switches back to English and asks the client to pull again', async () => {
    answer = { language: 'en' };
    const since = client.mark();
    const refreshes = client.serverRequests.filter((m) => m.method === 'workspace/diagnostic/refresh').length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(sample.uri, 1, { since });
    assert.match(messageOf(p, 'region/unknown'), /^unknown region CN-XX; did you mean .+\?$/);
    await client.waitFor((m) => m.method === 'workspace/diagnostic/refresh', 'a diagnostic refresh', { since });
    await client.waitFor((m) => m.method === 'workspace/inlayHint/refresh', 'an inlay hint refresh', { since });
    assert.ok(client.serverRequests.filter((m) => m.method === 'workspace/diagnostic/refresh').length > refreshes);
  });

  test("policyPlans.language: auto is the client's language again", async () => {
    answer = { language: 'auto' };
    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(sample.uri, 1, { since });
    assert.match(messageOf(p, 'region/unknown'), /^未知的行政区划代码 CN-XX/);
  });
});

describe('an English client', () => {
  let client: LspClient;
  let answer: unknown = {};
  before(async () => {
    client = await LspClient.start({
      locale: 'en-us',
      handlers: { 'workspace/configuration': (p) => (p as { items: unknown[] }).items.map(() => answer) },
    });
  });
  after(async () => client?.dispose());

  test('English by default; policyPlans.language: zh-cn gives Chinese', async () => {
    const p = await client.open(sample.uri, sample.text, 1);
    assert.match(messageOf(p, 'region/unknown'), /^unknown region CN-XX/);
    answer = { language: 'zh-cn' };
    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const q = await client.waitForDiagnostics(sample.uri, 1, { since });
    assert.match(messageOf(q, 'region/unknown'), /^未知的行政区划代码 CN-XX/);
  });

  test("the server's own words follow: document/too-large", async () => {
    const uri = fileUri('samples/broken/huge-generated.plan.yaml');
    const text = `${sample.text}\n# ${'x'.repeat(2.2 * 1024 * 1024)}\n`;
    const p = await client.open(uri, text, 1);
    assert.match(
      messageOf(p, 'document/too-large'),
      /^此文件有 2\.\d MB 文本；超过 2 MB 的文件不在编辑器中检查（请运行 policy-plans check）$/,
    );
  });
});

describe('the setting', () => {
  test('auto, en and zh-cn; zh-CN and zh as users write them; anything else is auto, with a note', () => {
    assert.equal(readSettings({}).language, 'auto');
    assert.equal(readSettings({ language: 'auto' }).language, 'auto');
    assert.equal(readSettings({ language: 'en' }).language, 'en');
    assert.equal(readSettings({ language: 'zh-cn' }).language, 'zh-cn');
    assert.equal(readSettings({ language: 'zh-CN' }).language, 'zh-cn');
    assert.equal(readSettings({ language: 'zh' }).language, 'zh-cn');
    const fr = readSettings({ language: 'fr' });
    assert.equal(fr.language, 'auto');
    assert.match(fr.problems.join('\n'), /policyPlans\.language "fr" is not auto, en or zh-cn/);
  });
});

describe('policy-plans-server on the command line', () => {
  const server = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

  test('--help and the transport error in the language of LC_ALL, LC_MESSAGES or LANG', () => {
    const zh = server(['--help'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(zh.status, 0);
    assert.match(zh.stdout, /^policy-plans-server \S+ — Policy Plans 语言服务器\n\n用法：policy-plans-server /);
    const en = server(['--help'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' });
    assert.match(en.stdout, /^policy-plans-server \S+ — the Policy Plans language server\n\nUsage: /);
    const none = server([], { LC_MESSAGES: 'zh_CN.UTF-8' });
    assert.equal(none.status, 2);
    assert.equal(
      none.stderr,
      'policy-plans-server: 请选择通信方式：--stdio、--node-ipc 或 --socket=<port>（参见 --help）\n',
    );
  });
});
