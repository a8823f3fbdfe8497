/**
 * The stdio lifecycle of dist/server.js (issue 11, items 6 and 14): the process ends when its input ends
 * (code 0 after `shutdown`, 1 otherwise, with or without the client's `processId`), and when the
 * Content-Length framing is lost (code 1) instead of staying alive but deaf; a request before
 * `initialize` gets ServerNotInitialized (-32002). Each case waits for the exit with a bound, so a server
 * that stays behind fails the case.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient, brokenSample, ensureBuilt, positionOf, withTimeout } from './helpers/lsp-client';

/** How long a server may take to notice and exit: a bound against a hang, not a timing assertion. */
const EXIT_BOUND = 15_000;

const clients: LspClient[] = [];
before(() => ensureBuilt());
// a server that failed to exit must not keep the test run alive
after(async () => Promise.all(clients.map((c) => c.dispose())));

async function start(): Promise<LspClient> {
  const c = await LspClient.start({ noInitialize: true });
  clients.push(c);
  return c;
}

const exitCode = async (c: LspClient): Promise<number | null> =>
  (await withTimeout(c.exited, EXIT_BOUND, 'the server to exit')).code;

/**
 * A broken sample's text at a place with no folder on disk: the hover needs the server to read and check it,
 * and nothing else (the samples' folder would have it read and check every broken sample first).
 */
const LONE = {
  ...brokenSample('region-deprecated'),
  uri: 'file:///policy-plans-lifecycle-test/region-deprecated.plan.yaml',
};

/** A started, initialized server that answers a hover (so it is really reading). */
async function running(options: { processId?: number | null } = {}): Promise<LspClient> {
  const c = await start();
  await c.request('initialize', {
    processId: options.processId === undefined ? process.pid : options.processId,
    rootUri: null,
    capabilities: {},
  });
  c.notify('initialized', {});
  const s = LONE;
  await c.open(s.uri, s.text, 1);
  const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri: s.uri },
    position: positionOf(s.text, 'jurisdiction: CN-44', 15),
  });
  assert.match(h?.contents.value ?? '', /withdrawn/);
  return c;
}

const frame = (headers: string, body: string) =>
  Buffer.concat([Buffer.from(`${headers}\r\n\r\n`, 'ascii'), Buffer.from(body, 'utf8')]);
const HOVER = JSON.stringify({
  jsonrpc: '2.0',
  id: 77,
  method: 'textDocument/hover',
  params: { textDocument: { uri: 'file:///x.plan.yaml' }, position: { line: 0, character: 0 } },
});

describe('end of input', () => {
  test('stdin closed without shutdown, processId given: the process ends with code 1', async () => {
    const c = await running();
    c.proc.stdin.end();
    assert.equal(await exitCode(c), 1);
  });

  test('stdin closed without shutdown, no processId: code 1', async () => {
    const c = await running({ processId: null });
    c.proc.stdin.end();
    assert.equal(await exitCode(c), 1);
  });

  test('stdin closed after shutdown: code 0', async () => {
    const c = await running();
    assert.equal(await c.request('shutdown'), null);
    c.proc.stdin.end();
    assert.equal(await exitCode(c), 0);
  });
});

describe('lost framing ends the process with code 1', () => {
  const cases: Array<[string, Buffer]> = [
    ['a header block without Content-Length', frame('Content-Type: application/vscode-jsonrpc; charset=utf-8', HOVER)],
    ['a negative Content-Length', frame('Content-Length: -5', HOVER)],
    ['a non-numeric Content-Length', frame('Content-Length: twelve', HOVER)],
    ['a Content-Length shorter than the body', frame(`Content-Length: ${Buffer.byteLength(HOVER) - 10}`, HOVER)],
    ['a Content-Length longer than the body', frame(`Content-Length: ${Buffer.byteLength(HOVER) + 500}`, HOVER)],
    ['bytes that are no header at all', Buffer.from('hello\r\n\r\n{}', 'ascii')],
  ];
  for (const [name, bytes] of cases) {
    test(name, async () => {
      const c = await running();
      c.proc.stdin.write(bytes);
      // what a client then sends to stop the server: swallowed or unread once the framing is lost
      c.sendRaw(JSON.stringify({ jsonrpc: '2.0', id: 1000, method: 'shutdown' }));
      c.sendRaw(JSON.stringify({ jsonrpc: '2.0', method: 'exit' }));
      assert.equal(await exitCode(c), 1, c.stderr);
      assert.match(c.stderr, /lost the message framing/);
    });
  }

  test('a body that is not JSON, with the right length, is no framing error: ParseError, and reading goes on', async () => {
    const c = await running();
    c.sendRaw('{"jsonrpc":"2.0","id":5,"method":');
    c.sendRaw('not json');
    assert.equal(await c.request('shutdown'), null);
    assert.deepEqual(
      c.unanswerable.map((m) => m.error?.code),
      [-32700, -32700],
    );
    c.notify('exit');
    assert.equal(await exitCode(c), 0);
  });
});

describe('before initialize (item 14)', () => {
  test('a request gets ServerNotInitialized (-32002), a notification is dropped, then initialize works', async () => {
    const c = await start();
    const r = await c.requestRaw('textDocument/hover', {
      textDocument: { uri: 'file:///x.plan.yaml' },
      position: { line: 0, character: 0 },
    });
    assert.equal(r.error?.code, -32002);
    assert.match(r.error?.message ?? '', /initialize/);
    c.notify('textDocument/didOpen', {
      textDocument: { uri: 'file:///early.plan.yaml', languageId: 'yaml', version: 1, text: 'id: x\n' },
    });
    await c.initialize();
    const s = brokenSample('region-deprecated');
    await c.open(s.uri, s.text, 1);
    assert.equal(c.published('file:///early.plan.yaml').length, 0, 'the early didOpen was dropped');
    assert.equal(await c.request('shutdown'), null);
    c.notify('exit');
    assert.equal(await exitCode(c), 0);
  });

  test('exit before initialize ends the process with code 1', async () => {
    const c = await start();
    c.notify('exit');
    assert.equal(await exitCode(c), 1);
  });
});
