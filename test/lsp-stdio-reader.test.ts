/**
 * The stdio message reader (server/src/lsp/stdioReader.ts) in process: the same messages whatever the chunks
 * they arrive in (one byte at a time, a large body in many chunks, several messages in one chunk), and a
 * swallowed header found even when it is cut between two chunks.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { StdioMessageReader } from '../server/src/lsp/stdioReader';
import { rng } from './fuzz/run';

function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Feeds `bytes` in the given chunk sizes (cycled) and returns what the reader delivered and whether it lost the framing. */
function read(bytes: Buffer, sizes: number[]): { messages: Message[]; lost: string | null; answers: Message[] } {
  const input = new EventEmitter();
  const answers: Message[] = [];
  const reader = new StdioMessageReader(input as never, { respond: (m) => answers.push(m) });
  const messages: Message[] = [];
  let lost: string | null = null;
  reader.onError((e) => (lost = e.message));
  reader.listen((m) => messages.push(m));
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length]!);
    input.emit('data', bytes.subarray(at, at + n));
    at += n;
  }
  return { messages, lost, answers };
}

const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { capabilities: {} } };
const large = {
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: {
    textDocument: {
      uri: 'file:///x.plan.yaml',
      languageId: 'yaml',
      version: 1,
      text: 'targets:\n'.concat(
        '  - id: 目标\n    quote: "到2025年，人工智能核心产业规模达到3000亿元"\n'.repeat(20_000),
      ),
    },
  },
};

describe('the stdio reader', () => {
  test('delivers the same messages whatever the chunks', () => {
    const stream = Buffer.concat([
      frame(initialize),
      frame(large),
      frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }),
    ]);
    const whole = read(stream, [stream.length]);
    assert.equal(whole.lost, null);
    assert.deepStrictEqual(whole.messages, [initialize, large, { jsonrpc: '2.0', id: 2, method: 'shutdown' }]);
    const rnd = rng(5);
    for (const sizes of [[65_536], [1_000, 7], [3], Array.from({ length: 50 }, () => Math.floor(rnd() * 100_000))]) {
      const r = read(stream, sizes);
      assert.equal(r.lost, null, String(sizes));
      assert.deepStrictEqual(r.messages, whole.messages, String(sizes.slice(0, 3)));
    }
    // one byte at a time, on a smaller stream
    const small = Buffer.concat([frame(initialize), frame({ jsonrpc: '2.0', method: 'initialized', params: {} })]);
    assert.equal(read(small, [1]).messages.length, 2);
  });

  test('a Content-Length that is too long: the swallowed header is found, also when cut between chunks', () => {
    const second = frame({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const body = Buffer.from(JSON.stringify(initialize), 'utf8');
    // the first header claims more bytes than its body has, so the second header falls into that body
    const stream = Buffer.concat([
      Buffer.from(`Content-Length: ${body.length + 10_000}\r\n\r\n`, 'ascii'),
      body,
      second,
      Buffer.alloc(100, 0x20),
    ]);
    const cut = body.length + 'Content-Le'.length; // inside the swallowed header
    for (const sizes of [[stream.length], [cut + 30, 5], [1]]) {
      const r = read(stream, sizes);
      assert.equal(r.lost, 'the Content-Length was longer than the message', String(sizes));
      assert.deepStrictEqual(r.messages, []);
    }
  });

  test('a body that is not JSON is answered with ParseError and the next message is read', () => {
    const bad = Buffer.from('{not json', 'utf8');
    const stream = Buffer.concat([
      frame(initialize),
      Buffer.from(`Content-Length: ${bad.length}\r\n\r\n`, 'ascii'),
      bad,
      frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }),
    ]);
    for (const sizes of [[stream.length], [4]]) {
      const r = read(stream, sizes);
      assert.equal(r.lost, null);
      assert.equal(r.messages.length, 2);
      assert.equal((r.answers[0] as { error?: { code: number } }).error?.code, -32700);
    }
  });
});
