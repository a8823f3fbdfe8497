/**
 * The server keeps answering whatever the client sends: bad params, unknown methods, unknown
 * documents, changes to documents that are not open, out-of-order versions; it never publishes
 * stale diagnostics; and it shuts down cleanly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient, brokenSample, ensureBuilt, positionOf, type PublishDiagnosticsParams } from './helpers/lsp-client';

const UNKNOWN = 'file:///nowhere/unknown.plan.yaml';
const METHOD_NOT_FOUND = -32601;

let client: LspClient;
before(async () => {
  ensureBuilt();
  client = await LspClient.start();
});
after(async () => client?.dispose());

/** The server still answers a hover on an open sample. */
async function stillAlive(c: LspClient = client): Promise<void> {
  const s = brokenSample('region-deprecated');
  await c.open(s.uri, s.text, 1);
  const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri: s.uri },
    position: positionOf(s.text, 'jurisdiction: CN-44', 15),
  });
  assert.match(h?.contents.value ?? '', /withdrawn/);
  c.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  assert.equal(c.exitCode, undefined, 'the process is running');
}

describe('bad requests', () => {
  test('bad params: an error response, and the server keeps answering', async () => {
    for (const [method, params] of [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: 'here' }],
      ['textDocument/completion', { textDocument: null }],
      ['textDocument/codeAction', { textDocument: { uri: UNKNOWN } }],
      ['textDocument/inlayHint', { textDocument: {} }],
    ] as const) {
      const r = await client.requestRaw(method, params);
      assert.ok(
        r.error || r.result === null || (Array.isArray(r.result) && r.result.length === 0),
        `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`,
      );
      if (r.error) assert.equal(typeof r.error.message, 'string');
    }
    const r = await client.requestRaw('textDocument/hover', {});
    assert.ok(r.error, 'hover without a document is an error');
    assert.ok(
      r.error.code === -32603 || r.error.code === -32602,
      `InternalError or InvalidParams, got ${r.error.code}`,
    );
    await stillAlive();
  });

  test('an unknown method: MethodNotFound', async () => {
    const r = await client.requestRaw('policyPlans/noSuchThing', { x: 1 });
    assert.equal(r.error?.code, METHOD_NOT_FOUND);
    const r2 = await client.requestRaw('textDocument/semanticTokens/full', { textDocument: { uri: UNKNOWN } });
    assert.equal(r2.error?.code, METHOD_NOT_FOUND, 'a feature the server does not offer');
    // unknown notifications are ignored ($/ ones by the spec)
    client.notify('$/unknownNotification', {});
    client.notify('policyPlans/unknownNotification', {});
    await stillAlive();
  });

  test('a checkDataset request without a folder: InvalidParams', async () => {
    const r = await client.requestRaw('policyPlans/checkDataset', {});
    assert.equal(r.error?.code, -32602);
    await stillAlive();
  });

  test('garbage on the wire (invalid JSON) does not kill the server', async () => {
    client.sendRaw('{"jsonrpc":"2.0","id":999,"method":');
    client.sendRaw('[1,2,3]');
    await stillAlive();
  });
});

describe('unknown documents', () => {
  test('requests for a document that is not open get empty answers', async () => {
    const doc = { textDocument: { uri: UNKNOWN } };
    const pos = { ...doc, position: { line: 0, character: 0 } };
    const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    assert.equal(await client.request('textDocument/hover', pos), null);
    assert.deepEqual(await client.request('textDocument/completion', pos), { isIncomplete: false, items: [] });
    assert.deepEqual(
      await client.request('textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } }),
      [],
    );
    assert.deepEqual(await client.request('textDocument/documentSymbol', doc), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', doc), []);
    assert.deepEqual(await client.request('textDocument/definition', pos), []);
    assert.deepEqual(await client.request('textDocument/inlayHint', { ...doc, range }), []);
  });

  test('a YAML file that is not a plan file: no diagnostics, no completion', async () => {
    const uri = 'file:///nowhere/docker-compose.yaml';
    const p = await client.open(uri, 'services:\n  web:\n    image: nginx\njurisdiction: CN-XX\n', 1);
    assert.deepEqual(p.diagnostics, []);
    assert.deepEqual(
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 0 } }),
      { isIncomplete: false, items: [] },
    );
    assert.equal(
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 16 } }),
      null,
    );
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('an untitled document (no file name) does not trouble the server', async () => {
    const uri = 'untitled:Untitled-1';
    const p = await client.open(uri, 'id: x\n', 1);
    assert.deepEqual(p.diagnostics, [], 'not a plan file by its name');
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    await stillAlive();
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('document synchronisation', () => {
  test('a didChange for a document that is not open is ignored', async () => {
    const since = client.mark();
    client.change(UNKNOWN, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'id: x\n' },
    ]);
    await stillAlive();
    assert.equal(client.published(UNKNOWN).length, 0, 'nothing published for it');
    assert.equal(
      client.notifications
        .slice(since)
        .filter(
          (m) =>
            m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === UNKNOWN,
        ).length,
      0,
    );
    // a close for it too
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///nowhere/never-opened.plan.yaml' } });
    await stillAlive();
  });

  test('an out-of-order (older) version is ignored; newer ones still apply', async () => {
    const s = brokenSample('region-unknown');
    const uri = s.uri;
    await client.open(uri, s.text, 5);
    const xx = positionOf(s.text, 'jurisdiction: CN-XX', 14);
    const range = { start: xx, end: { line: xx.line, character: xx.character + 5 } };
    let since = client.mark();
    client.change(uri, 3, [{ range, text: 'CN-GD' }]); // older than 5: dropped
    client.change(uri, 5, [{ range, text: 'CN-GD' }]); // same version: dropped
    await stillAlive();
    let hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: xx.line, character: xx.character + 1 },
    });
    assert.match(hover?.contents.value ?? '', /CN-XX/, 'the text is still that of version 5');
    assert.ok(!client.published(uri).some((p) => p.version === 3), 'nothing published for the dropped version');
    since = client.mark();
    client.change(uri, 6, [{ range, text: 'CN-GD' }]);
    const p = await client.waitForDiagnostics(uri, 6, { since });
    assert.deepEqual(p.diagnostics, []);
    hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: xx.line, character: xx.character + 1 },
    });
    assert.match(hover?.contents.value ?? '', /Guangdong/);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('a change range past the end of the document is clamped, not fatal', async () => {
    const uri = 'file:///nowhere/clamp.plan.yaml';
    await client.open(uri, 'id: x\n', 1);
    const since = client.mark();
    client.change(uri, 2, [
      { range: { start: { line: 50, character: 0 }, end: { line: 60, character: 3 } }, text: 'title: T\n' },
    ]);
    const p = await client.waitForDiagnostics(uri, 2, { since });
    assert.ok(Array.isArray(p.diagnostics));
    const syms = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.equal(syms[0].name, 'x');
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('stale results', () => {
  /** Version v: odd versions have an unknown region, even ones a withdrawn one. */
  const s = brokenSample('region-unknown');
  const textOf = (v: number) =>
    s.text
      .replace('id: broken-region-unknown', 'id: stale-results')
      .replace('jurisdiction: CN-XX', `jurisdiction: ${v % 2 ? 'CN-XX' : 'CN-44'}`)
      .replace('title: ', `title: v${v} `);
  const expected = (v: number) => (v % 2 ? 'region/unknown' : 'region/deprecated');

  function assertInOrder(published: PublishDiagnosticsParams[], last: number): void {
    let max = 0;
    for (const p of published) {
      assert.equal(typeof p.version, 'number', 'every publish for an open document carries its version');
      assert.ok(
        p.version! >= max,
        `version ${p.version} published after version ${max}: ${published.map((x) => x.version)}`,
      );
      max = p.version!;
      assert.deepEqual(
        p.diagnostics.map((d) => String(d.code)).filter((c) => c.startsWith('region/')),
        [expected(p.version!)],
        `the diagnostics published for version ${p.version} are those of its text`,
      );
    }
    assert.equal(published[published.length - 1].version, last, 'the last publish is for the last version');
  }

  test('several quick didChanges: the last publish is for the last version, never an older one after a newer', async () => {
    const uri = s.uri.replace('region-unknown', 'stale-quick');
    await client.open(uri, textOf(1), 1);
    const since = client.mark();
    const last = 30;
    for (let v = 2; v <= last; v++) client.change(uri, v, textOf(v));
    await client.waitForDiagnostics(uri, last, { since });
    // anything still in flight arrives within a moment
    await new Promise((r) => setTimeout(r, 300));
    const published = client.notifications
      .slice(since)
      .filter((m) => m.method === 'textDocument/publishDiagnostics')
      .map((m) => m.params as PublishDiagnosticsParams)
      .filter((p) => p.uri === uri);
    assertInOrder(published, last);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('on a large document whose checks take a while, with incremental changes', async () => {
    // 1,000 targets: each check takes long enough for changes to queue up behind it
    const targets = Array.from(
      { length: 1000 },
      (_, i) => `  - { id: t${i}, metric: M${i}, money: { amount: ${i + 1}e6 }, deadline: 2030, sources: [src] }`,
    ).join('\n');
    const big = (v: number) =>
      `id: big\ntitle: v${v}\njurisdiction: ${v % 2 ? 'CN-XX' : 'CN-44'}\nperiod: { start: 2026, end: 2030 }\ncurrency: CNY\ntargets:\n${targets}\nsources:\n  - { id: src, title: S }\n`;
    const uri = 'file:///nowhere/stale-big.plan.yaml';
    await client.open(uri, big(1), 1, 'yaml');
    const since = client.mark();
    const last = 12;
    for (let v = 2; v <= last; v++) {
      client.change(uri, v, [
        {
          range: { start: { line: 2, character: 14 }, end: { line: 2, character: 19 } },
          text: v % 2 ? 'CN-XX' : 'CN-44',
        },
      ]);
      if (v % 4 === 0) await new Promise((r) => setTimeout(r, 15));
    }
    await client.waitForDiagnostics(uri, last, { since, timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 500));
    const published = client.published(uri).filter((p) => p.version! > 1);
    assertInOrder(published, last);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('a pull report after quick changes is for the latest text', async () => {
    const uri = s.uri.replace('region-unknown', 'stale-pull');
    await client.open(uri, textOf(1), 1);
    for (let v = 2; v <= 9; v++) client.change(uri, v, textOf(v));
    const symbols = await client.request<Array<{ detail?: string }>>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.match(symbols[0].detail ?? '', /^v9 /, 'requests see the last version');
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('shutdown and exit', () => {
  test('shutdown answers null, exit ends the process with code 0', async () => {
    const c = await LspClient.start();
    await stillAlive(c);
    const r = await c.requestRaw('shutdown');
    assert.equal(r.error, undefined);
    assert.equal(r.result, null);
    c.notify('exit');
    const { code } = await c.exited;
    assert.equal(code, 0);
  });

  test('exit without shutdown ends the process with code 1', async () => {
    const c = await LspClient.start();
    c.notify('exit');
    const { code } = await c.exited;
    assert.equal(code, 1);
  });

  test('no publish after the shutdown response, even for a change that was pending', async () => {
    const c = await LspClient.start();
    const s = brokenSample('region-unknown');
    await c.open(s.uri, s.text, 1);
    c.change(s.uri, 2, s.text.replace('jurisdiction: CN-XX', 'jurisdiction: CN-GD'));
    await c.request('shutdown');
    const since = c.mark();
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(
      c.notifications
        .slice(since)
        .map((m) => m.method)
        .filter((m) => m === 'textDocument/publishDiagnostics'),
      [],
    );
    c.notify('exit');
    assert.equal((await c.exited).code, 0);
  });

  test('without a transport the server refuses to start (exit code 2)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { SERVER } = await import('./helpers/lsp-client');
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--stdio/);
    const v = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+/);
  });
});
