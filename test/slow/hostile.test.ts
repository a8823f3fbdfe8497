/**
 * Hostile and broken input, each through the language server (dist/server.js over stdio, the client of
 * test/helpers/lsp-client.ts: Content-Length framing, a timeout on every wait). After each attack the
 * server must still answer a hover on another, small document within a bound. Memory is the server's own:
 * VmRSS and VmHWM (the peak) from /proc/<pid>/status, on a fresh server per memory test.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { loneFile } from '../../server/src/core/dataset';
import { Engine, parseDocument } from '../../server/src/core/engine';
import { nodeCustomSchemas } from '../../server/src/node/schemas';
import {
  LspClient,
  ROOT,
  ensureBuilt,
  hoverText,
  positionOf,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from '../helpers/lsp-client';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'cn-gd-general-ai-2023.plan.yaml'), 'utf8');
const SMALL = 'file:///hostile/small.plan.yaml';
/** How long a hover on the small document may take while the server digests an attack. */
const ANSWER_BOUND = 15_000;

interface Memory {
  rssMb: number;
  peakMb: number;
}

/** The server's resident memory now and at its peak, from /proc (Linux). */
function memory(c: LspClient): Memory | null {
  try {
    const s = fs.readFileSync(`/proc/${c.proc.pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

const mb = (m: Memory | null) => (m ? `${m.rssMb.toFixed(0)} MB now, ${m.peakMb.toFixed(0)} MB peak` : 'no /proc');

/** The small document answers a hover in time; returns the milliseconds it took. */
async function answers(c: LspClient, bound = ANSWER_BOUND): Promise<number> {
  if (!c.published(SMALL).length) await c.open(SMALL, SAMPLE, 1);
  const started = Date.now();
  const h = await c.request(
    'textDocument/hover',
    { textDocument: { uri: SMALL }, position: positionOf(SAMPLE, 'jurisdiction: CN-GD', 15) },
    bound,
  );
  assert.match(hoverText(h), /Guangdong/, 'the hover has its content');
  assert.equal(c.exitCode, undefined, 'the server is running');
  return Date.now() - started;
}

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));

/** "Billion laughs": 9 levels of 9 aliases each, 9^9 (387 million) strings once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    lines.push(
      `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  }
  return `id: bomb\ntitle: laughs\nquote: *i\n${lines.join('\n')}\ntargets: [*i, *i, *i]\n`;
}

/** A real plan grown to `bytes` with more targets. */
function bigPlan(bytes: number): string {
  const parts: string[] = [];
  let size = SAMPLE.length;
  for (let i = 0; size < bytes; i++) {
    const t = `  - id: t-${i}\n    metric: Metric number ${i}\n    comparator: at-least\n    quantity: { value: ${i}, unit: enterprises }\n    deadline: 2025\n    sources: [gd-gov-2023]\n`;
    parts.push(t);
    size += t.length;
  }
  return SAMPLE.replace('\ntargets:\n', `\ntargets:\n${parts.join('')}`);
}

before(() => ensureBuilt());

describe('an alias bomb', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start();
  });
  after(async () => c?.dispose());

  test('is stopped with yaml/ALIAS_EXPANSION, in bounded time and memory, and every feature answers on it', async () => {
    await answers(c);
    const before = memory(c);
    const uri = 'file:///hostile/bomb.plan.yaml';
    const text = aliasBomb();
    const started = Date.now();
    const d = await c.open(uri, text, 1);
    const ms = Date.now() - started;
    const bomb = d.diagnostics.find((x) => x.code === 'yaml/ALIAS_EXPANSION');
    assert.ok(bomb, `yaml/ALIAS_EXPANSION among ${codes(d).join(', ')}`);
    assert.match(bomb.message, /alias bomb/);
    // every feature walks the tree, never the expansion (an expansion of 9^9 strings would not answer before the request's time-out)
    const doc = { textDocument: { uri } };
    const pos = positionOf(text, '*i, *i', 1);
    const range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
    for (const [method, params] of [
      ['textDocument/hover', { ...doc, position: pos }],
      ['textDocument/completion', { ...doc, position: pos }],
      ['textDocument/documentSymbol', doc],
      ['textDocument/foldingRange', doc],
      ['textDocument/inlayHint', { ...doc, range }],
      ['textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } }],
      ['textDocument/definition', { ...doc, position: pos }],
      ['textDocument/diagnostic', doc],
    ] as const) {
      const r = await c.requestRaw(method, params, 10_000);
      assert.ok(!r.error || r.error.code !== -32603, `${method}: ${JSON.stringify(r.error)}`);
    }
    await answers(c);
    const after = memory(c);
    console.log(
      `alias bomb (9^9 expansion): diagnostics in ${ms} ms; server memory ${mb(before)} before, ${mb(after)} after`,
    );
    if (after) assert.ok(after.peakMb < 300, `peak ${after.peakMb.toFixed(0)} MB`);
  });
});

describe('a 10 MB file', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start();
  });
  after(async () => c?.dispose());

  test('is not analysed (document/too-large); the server keeps answering, in bounded memory', async () => {
    await answers(c);
    const uri = 'file:///hostile/big.plan.yaml';
    const text = bigPlan(10 * 1024 * 1024);
    const started = Date.now();
    const d = await c.open(uri, text, 1, 'yaml');
    const ms = Date.now() - started;
    assert.deepEqual(codes(d), ['document/too-large']);
    assert.match(d.diagnostics[0].message, /10\.0 MB.*policy-plans check/);
    const hoverMs = await answers(c);
    // an edit at the end of the big document, then a hover on it: answered, nothing to show
    const lines = text.split('\n').length;
    c.change(uri, 2, [
      { range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 0 } }, text: '# more\n' },
    ]);
    const h = await c.request(
      'textDocument/hover',
      { textDocument: { uri }, position: { line: 5, character: 3 } },
      ANSWER_BOUND,
    );
    assert.equal(h, null);
    await c.waitForDiagnostics(uri, 2);
    // back under the limit: checked again, from the full text
    c.change(uri, 3, SAMPLE);
    const back = await c.waitForDiagnostics(uri, 3);
    assert.ok(!codes(back).includes('document/too-large'));
    assert.deepEqual(
      codes(back),
      codes(await c.open('file:///hostile/fresh.plan.yaml', SAMPLE, 1)),
      'the same findings as a fresh open',
    );
    const m = memory(c);
    console.log(
      `10 MB file: diagnostics in ${ms} ms, hover on another document in ${hoverMs} ms; server memory ${mb(m)}`,
    );
    if (m) assert.ok(m.peakMb < 400, `peak ${m.peakMb.toFixed(0)} MB`);
  });
});

describe('deep nesting and long lines', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start();
  });
  after(async () => c?.dispose());

  test('1,000-deep nesting (block and flow, mappings and sequences) is reported, and the server keeps answering', async () => {
    const texts = {
      blockSeq: `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`,
      blockMap: `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
      flowSeq: `id: deep\ntargets: ${'['.repeat(1000)}1${']'.repeat(1000)}\n`,
      flowMap: `id: deep\ntitle: ${'{a: '.repeat(1000)}1${'}'.repeat(1000)}\n`,
    };
    for (const [name, text] of Object.entries(texts)) {
      // twice each: two deep documents in a row used to abort the process inside V8
      for (const v of [1, 2]) {
        const uri = `file:///hostile/deep-${name}-${v}.plan.yaml`;
        const d = await c.open(uri, text, 1);
        assert.ok(codes(d).includes('yaml/RESOURCE_EXHAUSTION'), `${name}: ${codes(d).join(', ')}`);
        await c.request('textDocument/documentSymbol', { textDocument: { uri } });
      }
      await answers(c);
    }
  });

  test('a single 1 MB line (a quoted scalar; a flow list) leaves the server answering', async () => {
    const scalar = `id: long\ntitle: "${'a'.repeat(1024 * 1024)}"\n`;
    const flow = `id: long\nsources: [${Array.from({ length: 45_000 }, (_, i) => `{id: s${i}, title: t}`).join(', ')}]\n`;
    assert.ok(flow.length > 1024 * 1024);
    for (const [name, text] of Object.entries({ scalar, flow })) {
      const uri = `file:///hostile/line-${name}.plan.yaml`;
      const started = Date.now();
      c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      // asked at once: the hover waits at most for the one parse in progress
      const hoverMs = await answers(c);
      const d = await c.waitForDiagnostics(uri, 1, { timeout: 30_000 });
      console.log(
        `1 MB line (${name}): diagnostics in ${Date.now() - started} ms, hover on another document in ${hoverMs} ms`,
      );
      assert.ok(d.diagnostics.length > 0);
    }
  });
});

describe('__proto__, constructor and prototype keys', () => {
  const TEXT = `${SAMPLE}__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype: { polluted: yes }\nsources2: { __proto__: { isAdmin: true } }\n`;

  test('pollute nothing in the engine, with custom schemas too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-proto-'));
    try {
      fs.writeFileSync(
        path.join(dir, 's.json'),
        JSON.stringify({
          properties: { constructor: { type: 'object', required: ['prototype'] }, __proto__: { type: 'string' } },
          required: ['constructor'],
        }),
      );
      const engine = new Engine({ extraChecks: [nodeCustomSchemas().check] });
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const doc = parseDocument(`# $schema: ./s.json\n${TEXT}`, 'plan');
      const findings = engine.check(doc, loneFile('2026-11-27'), path.join(dir, 'x.plan.yaml'));
      assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
      const value = doc.yaml.value as Record<string, unknown>;
      assert.ok(Object.prototype.hasOwnProperty.call(value, '__proto__'), '__proto__ is a plain own key of the value');
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
      const unknown = findings
        .filter((f) => f.code === 'schema/additionalProperties')
        .map((f) => doc.text.slice(f.range.start, f.range.end));
      assert.deepEqual(unknown.sort(), ['__proto__', 'constructor', 'prototype', 'sources2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('through the server: reported on the keys, and a clean document is checked as before', async () => {
    const c = await LspClient.start();
    try {
      const clean = await c.open('file:///hostile/clean.plan.yaml', SAMPLE, 1);
      const d = await c.open('file:///hostile/proto.plan.yaml', TEXT, 1);
      const keys = d.diagnostics
        .filter((x) => x.code === 'schema/additionalProperties')
        .map((x: Diagnostic) =>
          TEXT.split('\n')[x.range.start.line].slice(x.range.start.character, x.range.end.character),
        );
      assert.deepEqual(keys.sort(), ['__proto__', 'constructor', 'prototype', 'sources2']);
      await c.request('textDocument/hover', {
        textDocument: { uri: 'file:///hostile/proto.plan.yaml' },
        position: positionOf(TEXT, 'polluted'),
      });
      await c.request('textDocument/completion', {
        textDocument: { uri: 'file:///hostile/proto.plan.yaml' },
        position: positionOf(TEXT, 'polluted'),
      });
      c.notify('textDocument/didClose', { textDocument: { uri: 'file:///hostile/proto.plan.yaml' } });
      const again = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', {
        textDocument: { uri: 'file:///hostile/clean.plan.yaml' },
      });
      assert.deepEqual(again.items, clean.diagnostics);
      await answers(c);
    } finally {
      await c.dispose();
    }
  });
});

describe('invalid UTF-8 and NUL bytes', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start();
  });
  after(async () => c?.dispose());

  /** Sends a didOpen whose text holds raw bytes, as a client with a broken encoder would. */
  function openRaw(uri: string, before: string, bytes: number[], rest: string): void {
    const head = Buffer.from(
      `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${uri}","languageId":"yaml","version":1,"text":${JSON.stringify(before).slice(0, -1)}`,
      'utf8',
    );
    const body = Buffer.concat([head, Buffer.from(bytes), Buffer.from(`${JSON.stringify(rest).slice(1)}}}}`, 'utf8')]);
    c.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  test('invalid UTF-8 in a message: decoded with replacement characters, checked, and the server keeps answering', async () => {
    const uri = 'file:///hostile/bad-utf8.plan.yaml';
    const since = c.mark();
    openRaw(uri, 'id: bad\ntitle: "caf', [0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80], '"\n');
    const d = await c.waitForDiagnostics(uri, 1, { since });
    assert.ok(
      d.diagnostics.some((x) => x.code === 'schema/required'),
      'checked as a plan',
    );
    await answers(c);
  });

  test('NUL bytes and lone surrogates in the text', async () => {
    for (const [name, text] of Object.entries({
      nul: 'id: a\u0000b\ntitle: "x\u0000y"\n\u0000: 1\n',
      surrogate: 'id: a\ud800b\ntitle: "\udfff"\n',
    })) {
      const d = await c.open(`file:///hostile/${name}.plan.yaml`, text, 1);
      assert.ok(d.diagnostics.length > 0, name);
      for (const x of d.diagnostics)
        assert.ok(x.range.start.line >= 0 && x.range.end.line <= text.split('\n').length, JSON.stringify(x.range));
    }
    await answers(c);
  });

  test('the CLI reads invalid UTF-8 and NUL bytes without crashing', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-bytes-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'a.plan.yaml'),
        Buffer.concat([
          Buffer.from('id: a\ntitle: "'),
          Buffer.from([0xff, 0xfe, 0x00, 0xc3]),
          Buffer.from('"\n\u0000\n'),
        ]),
      );
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'json'], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(r.status, 1, r.stderr);
      const report = JSON.parse(r.stdout) as unknown;
      assert.ok(report);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile schemas through the server', () => {
  let c: LspClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-hostile-schemas-'));
    const files: Record<string, string> = {
      'policy-plans.config.yaml':
        'reference-date: 2026-11-27\nschemas:\n  - { schema: ./notjson.json, files: [notjson.yaml] }\n  - { schema: ./cycle.json, files: [cycle.yaml] }\n  - { schema: ./regex.json, files: [regex.yaml] }\n',
      'notjson.json': '{ "type": "object", "properties": { ',
      'cycle.json': JSON.stringify({
        $defs: { a: { $ref: '#/$defs/b' }, b: { anyOf: [{ $ref: '#/$defs/a' }] } },
        $ref: '#/$defs/a',
      }),
      // look-arounds keep these off the linear-time engine: they run on the backtracking one, under the time limit
      'regex.json': JSON.stringify({
        properties: {
          name: { type: 'string', pattern: '^(?=\\w)(\\w+\\s?)*$' },
          code: { pattern: '^(?!x)([a-z]+)*[0-9]$' },
        },
      }),
      'notjson.yaml': 'a: 1\n',
      'cycle.yaml': 'a: 1\n',
      'regex.yaml': `name: ${'word '.repeat(12)}word!\ncode: ${'a'.repeat(40)}\n`,
    };
    for (const [n, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), t);
    c = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'hostile' }] });
  });
  after(async () => {
    await c?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a schema that is not JSON, a $ref cycle, catastrophic patterns: a diagnostic each, no hang', async () => {
    const uri = (n: string) => pathToFileURL(path.join(dir, n)).href;
    const expect: Record<string, string> = {
      'notjson.yaml': 'schema/unreadable',
      'cycle.yaml': 'schema/ref-cycle',
      'regex.yaml': 'schema/unsafe-pattern',
    };
    for (const [name, code] of Object.entries(expect)) {
      const d = await c.open(uri(name), fs.readFileSync(path.join(dir, name), 'utf8'), 1);
      assert.ok(codes(d).includes(code), `${name}: ${codes(d).join(', ')}`);
      if (name === 'regex.yaml') assert.equal(d.diagnostics.filter((x) => x.code === code).length, 2, 'both patterns');
      await answers(c);
    }
    // edits keep coming: still reported (that the pattern is not tried again, one time-out per pattern and not
    // per version, is tested in process in conformance-custom-schemas.test.ts, without a clock)
    const text = fs.readFileSync(path.join(dir, 'regex.yaml'), 'utf8');
    for (let v = 2; v <= 6; v++) c.change(uri('regex.yaml'), v, `${text}# edit ${v}\n`);
    const last = await c.waitForDiagnostics(uri('regex.yaml'), 6);
    assert.equal(
      last.diagnostics.filter((x) => x.code === 'schema/unsafe-pattern').length,
      2,
      JSON.stringify(last.diagnostics),
    );
  });
});

describe('malformed LSP traffic', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start();
  });
  after(async () => c?.dispose());

  test('unknown methods and bad params get error responses', async () => {
    assert.equal((await c.requestRaw('policyPlans/noSuchMethod', {})).error?.code, -32601);
    assert.equal(
      (await c.requestRaw('textDocument/semanticTokens/full', { textDocument: { uri: SMALL } })).error?.code,
      -32601,
    );
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: 7 }, position: 'x' }],
      ['textDocument/hover', null],
      ['textDocument/completion', { position: { line: -1, character: 1e9 } }],
      ['textDocument/codeAction', { textDocument: { uri: SMALL }, range: null }],
      ['policyPlans/checkDataset', { uri: 12 }],
      ['policyPlans/overview', { uris: 12 }],
      ['policyPlans/overview', { uris: [null] }],
    ] as const) {
      const r = await c.requestRaw(method, params);
      assert.ok(
        r.error || r.result === null || Array.isArray(r.result) || typeof r.result === 'object',
        `${method}: ${JSON.stringify(r)}`,
      );
      if (r.error) assert.ok([-32602, -32603].includes(r.error.code), `${method}: code ${r.error.code}`);
    }
    c.notify('$/noSuchNotification', { x: 1 });
    c.notify('workspace/didChangeWatchedFiles', { changes: 'not a list' });
    await answers(c);
  });

  test('a didChange for a document that is not open, and versions out of order', async () => {
    const uri = 'file:///hostile/versions.plan.yaml';
    c.change('file:///hostile/never-opened.plan.yaml', 2, 'id: x\n');
    c.notify('textDocument/didChange', {
      textDocument: { uri: 'file:///hostile/never-opened.plan.yaml', version: 3 },
      contentChanges: [{ range: { start: { line: 9, character: 9 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await c.open(uri, SAMPLE, 5);
    const since = c.mark();
    c.change(uri, 4, 'id: older\n'); // older than what the server has: ignored
    c.change(uri, 5, 'id: same\n'); // the same version: ignored
    c.change(uri, 7, `${SAMPLE}status: nonsense\n`);
    const d = await c.waitForDiagnostics(uri, 7, { since });
    assert.ok(
      d.diagnostics.some((x) => x.code === 'yaml/DUPLICATE_KEY' || x.code === 'schema/enum'),
      codes(d).join(', '),
    );
    // a change whose range lies beyond the end of the document
    c.notify('textDocument/didChange', {
      textDocument: { uri, version: 8 },
      contentChanges: [
        { range: { start: { line: 9999, character: 5 }, end: { line: 10000, character: 0 } }, text: '\n# appended\n' },
      ],
    });
    await c.waitForDiagnostics(uri, 8, { since });
    await answers(c);
  });

  test('invalid JSON in a message, and messages that are neither requests nor notifications: the server stays up', async () => {
    c.sendRaw('{"jsonrpc":"2.0","id":900,"method":"textDocument/hover",');
    c.sendRaw('not json at all');
    c.sendRaw('[1, 2, 3]');
    c.sendRaw('{"jsonrpc":"2.0","id":901}');
    c.sendRaw('{"jsonrpc":"2.0","method":42}');
    await answers(c);
    // a body that is not JSON is answered with ParseError (id null), as JSON-RPC asks
    const parseErrors = c.unanswerable.filter((m) => m.error?.code === -32700);
    assert.ok(parseErrors.length >= 2, JSON.stringify(c.unanswerable));
    assert.equal(c.exitCode, undefined);
  });
});
