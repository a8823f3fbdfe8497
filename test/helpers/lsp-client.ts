/**
 * A small LSP client for protocol tests: starts the bundled language server (dist/server.js) as a
 * child process over stdio and speaks JSON-RPC to it with Content-Length framing.
 *
 * - `request()` sends a request with an id and resolves with its result (rejects with an
 *   `LspError` for an error response); `requestRaw()` resolves with the whole response.
 * - `notify()` sends a notification.
 * - Requests from the server (`workspace/configuration`, `client/registerCapability`,
 *   `window/workDoneProgress/create`, …) are answered by `onServerRequest` handlers; unknown
 *   ones get `null`. Every request the server sent is kept in `serverRequests`.
 * - Every notification is kept in `notifications`, so a wait that starts after the message
 *   arrived still sees it; `waitForDiagnostics(uri, version)` waits for a publishDiagnostics.
 * - Every wait has a timeout, so a hang fails the test instead of blocking it, and a server
 *   that exits rejects every pending request and wait.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const DEFAULT_TIMEOUT = 10_000;

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  tags?: number[];
  data?: unknown;
}
export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export class LspError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(`${message} (code ${code})`);
  }
}

export class TimeoutError extends Error {}

/** Rejects after `ms` with a message naming what was awaited; the timer never keeps the process alive. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms waiting for ${what}`)), ms);
    timer.unref();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/ with `node esbuild.mjs` when dist/server.js is missing or older than the sources.
 * Test files run in parallel processes: a lock directory keeps two builds from overlapping.
 */
export function ensureBuilt(): void {
  const stale = () =>
    !fs.existsSync(SERVER) ||
    fs.statSync(SERVER).mtimeMs <
      Math.max(newestMtime(path.join(ROOT, 'server', 'src')), fs.statSync(path.join(ROOT, 'esbuild.mjs')).mtimeMs);
  if (!stale()) return;
  const lock = path.join(os.tmpdir(), `policy-plans-build-${Buffer.from(ROOT).toString('hex').slice(-32)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // another test file is building: wait for it (a lock older than two minutes is stale)
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone already */
      }
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!stale()) return;
    const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`node esbuild.mjs failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(ROOT, file)).href;
}

/** Answers a server request; may return a promise (to answer late). */
type RequestHandler = (params: unknown) => unknown;

export interface StartOptions {
  /** Client capabilities; default: `defaultCapabilities()`. */
  capabilities?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** The client's UI language, as VS Code sends it (`zh-cn`); none by default. */
  locale?: string;
  workspaceFolders?: Array<{ uri: string; name: string }> | null;
  rootUri?: string | null;
  /** Answers to server requests by method (e.g. `workspace/configuration`). */
  handlers?: Record<string, RequestHandler>;
  /** Skip the initialize handshake (to test it by hand). */
  noInitialize?: boolean;
  /** Arguments of the server (default `--stdio`). */
  args?: string[];
  /** Options for node itself, before the script (e.g. `--cpu-prof`, `--inspect`). */
  nodeArgs?: string[];
}

/** What a typical editor advertises: configuration, pull diagnostics, snippets, markdown. */
export function defaultCapabilities(): Record<string, unknown> {
  return {
    workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: {
      synchronization: { didSave: false, dynamicRegistration: false },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: true,
        codeDescriptionSupport: true,
        dataSupport: true,
        tagSupport: { valueSet: [1, 2] },
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      definition: {},
      inlayHint: {},
    },
    window: { workDoneProgress: false },
  };
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  readonly serverRequests: Message[] = [];
  /** Error responses with id null (JSON-RPC ParseError and the like). */
  readonly unanswerable: Message[] = [];
  readonly handlers: Record<string, RequestHandler>;
  stderr = '';
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } } | null =
    null;
  /** Resolves when the process exits. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exitCode: number | null | undefined = undefined;

  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly waiters = new Set<{
    test: (m: Message) => boolean;
    resolve: (m: Message) => void;
    reject: (e: Error) => void;
  }>();

  private constructor(args: string[], handlers: Record<string, RequestHandler>, nodeArgs: string[] = []) {
    this.handlers = handlers;
    this.proc = spawn(process.execPath, [...nodeArgs, SERVER, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.proc.stdin.on('error', () => undefined); // writing to a server that died: the waits report it
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        this.exitCode = code;
        const err = new Error(`the server exited (code ${code}, signal ${signal})\nstderr:\n${this.stderr}`);
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
        for (const w of this.waiters) w.reject(err);
        this.waiters.clear();
        resolve({ code, signal });
      });
    });
  }

  /** Starts the server and (unless `noInitialize`) performs initialize + initialized. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const handlers: Record<string, RequestHandler> = {
      'workspace/configuration': (p) => ((p as { items: unknown[] }).items ?? []).map(() => null),
      'client/registerCapability': () => null,
      'client/unregisterCapability': () => null,
      'window/workDoneProgress/create': () => null,
      'workspace/applyEdit': () => ({ applied: false }),
      ...options.handlers,
    };
    const client = new LspClient(options.args ?? ['--stdio'], handlers, options.nodeArgs);
    if (!options.noInitialize) await client.initialize(options);
    return client;
  }

  async initialize(options: StartOptions = {}): Promise<NonNullable<LspClient['initializeResult']>> {
    const result = (await this.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'lsp-test-client' },
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities: options.capabilities ?? defaultCapabilities(),
      initializationOptions: options.initializationOptions,
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    })) as NonNullable<LspClient['initializeResult']>;
    this.initializeResult = result;
    this.notify('initialized', {});
    return result;
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad header from the server: ${JSON.stringify(header)}`);
      const length = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.method !== undefined && msg.id !== undefined && msg.id !== null) {
      // a request from the server
      this.serverRequests.push(msg);
      const h = this.handlers[msg.method];
      const id = msg.id;
      Promise.resolve()
        .then(() => (h ? h(msg.params) : null))
        .then(
          (result) =>
            this.exitCode === undefined &&
            this.send({ jsonrpc: '2.0', id, result: result === undefined ? null : result }),
          (e) =>
            this.exitCode === undefined &&
            this.send({ jsonrpc: '2.0', id, error: { code: -32603, message: String(e) } }),
        );
      for (const w of [...this.waiters]) if (w.test(msg)) w.resolve(msg);
      return;
    }
    if (msg.method !== undefined) {
      this.notifications.push(msg);
      for (const w of [...this.waiters]) if (w.test(msg)) w.resolve(msg);
      return;
    }
    if (msg.id === null && msg.error) {
      // an error that answers no request: e.g. ParseError for a body that is not JSON
      this.unanswerable.push(msg);
      return;
    }
    if (msg.id !== undefined && msg.id !== null) {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        p.resolve(msg);
      }
    }
  }

  /** Writes one framed message. */
  send(msg: Message | Record<string, unknown>): void {
    this.sendRaw(JSON.stringify(msg));
  }

  /** Writes a body as is, framed (for malformed-message tests). */
  sendRaw(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  /** Sends a request and resolves with the whole response message (result or error). */
  requestRaw(method: string, params?: unknown, timeout = DEFAULT_TIMEOUT): Promise<Message> {
    return this.sendRequest(method, params, timeout).response;
  }

  /** Sends a request; its id (for `$/cancelRequest`) and its whole response. */
  sendRequest(method: string, params?: unknown, timeout = DEFAULT_TIMEOUT): { id: number; response: Promise<Message> } {
    const id = this.nextId++;
    const p = new Promise<Message>((resolve, reject) => {
      if (this.exitCode !== undefined)
        return reject(new Error(`the server has exited (code ${this.exitCode}); cannot send ${method}`));
      this.pending.set(id, { resolve, reject });
    });
    this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    return {
      id,
      response: withTimeout(p, timeout, `the response to ${method} (id ${id})`).finally(() => this.pending.delete(id)),
    };
  }

  /** Sends a request and resolves with its result; an error response rejects with an LspError. */
  async request<T = unknown>(method: string, params?: unknown, timeout = DEFAULT_TIMEOUT): Promise<T> {
    const r = await this.requestRaw(method, params, timeout);
    if (r.error) throw new LspError(r.error.code, r.error.message, r.error.data);
    return r.result as T;
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /** A mark in the notification log: pass it as `since` to wait only for later notifications. */
  mark(): number {
    return this.notifications.length;
  }

  /**
   * Waits for a notification or server request matching `test`. Looks at the ones already received
   * first: all server requests, and the notifications from index `since` on (default: all).
   */
  waitFor(
    test: (m: Message) => boolean,
    what: string,
    { timeout = DEFAULT_TIMEOUT, since = 0 } = {},
  ): Promise<Message> {
    const seen = [...this.notifications.slice(since), ...this.serverRequests].find(test);
    if (seen) return Promise.resolve(seen);
    if (this.exitCode !== undefined)
      return Promise.reject(new Error(`the server has exited (code ${this.exitCode}) while waiting for ${what}`));
    let waiter!: { test: (m: Message) => boolean; resolve: (m: Message) => void; reject: (e: Error) => void };
    const p = new Promise<Message>((resolve, reject) => {
      waiter = { test, resolve, reject };
      this.waiters.add(waiter);
    });
    return withTimeout(p, timeout, what).finally(() => this.waiters.delete(waiter));
  }

  /** Every publishDiagnostics received so far, in order. */
  published(uri?: string): PublishDiagnosticsParams[] {
    return this.notifications
      .filter((m) => m.method === 'textDocument/publishDiagnostics')
      .map((m) => m.params as PublishDiagnosticsParams)
      .filter((p) => uri === undefined || p.uri === uri);
  }

  /**
   * Waits for a publishDiagnostics for `uri` (and `version`, when given), among the notifications
   * from `since` on (a `mark()`), or for one that arrives within `timeout`.
   */
  async waitForDiagnostics(
    uri: string,
    version?: number,
    { timeout = DEFAULT_TIMEOUT, since = 0 } = {},
  ): Promise<PublishDiagnosticsParams> {
    const m = await this.waitFor(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        (m.params as PublishDiagnosticsParams).uri === uri &&
        (version === undefined || (m.params as PublishDiagnosticsParams).version === version),
      `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`,
      { timeout, since },
    );
    return m.params as PublishDiagnosticsParams;
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, version = 1, languageId = 'yaml'): Promise<PublishDiagnosticsParams> {
    const since = this.mark();
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return this.waitForDiagnostics(uri, version, { since });
  }

  /** Sends a didChange (full text when `changes` is a string). */
  change(uri: string, version: number, changes: string | Array<{ range: Range; text: string }>): void {
    this.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: typeof changes === 'string' ? [{ text: changes }] : changes,
    });
  }

  /** shutdown, then exit; resolves with the exit code. */
  async shutdown(timeout = DEFAULT_TIMEOUT): Promise<number | null> {
    await this.request('shutdown', undefined, timeout);
    this.notify('exit');
    const { code } = await withTimeout(this.exited, timeout, 'the server to exit after exit');
    return code;
  }

  /** Ends the process if it is still running (for `after` hooks). */
  async dispose(): Promise<void> {
    if (this.exitCode !== undefined) return;
    try {
      await this.shutdown(2000);
    } catch {
      this.proc.kill('SIGKILL');
      await withTimeout(this.exited, 2000, 'the killed server to exit').catch(() => undefined);
    }
  }
}

/** Line/character of the first occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0, from = 0): Position {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return positionAt(text, i + delta);
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, pos: Position): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < pos.line; i++) o += lines[i].length + 1;
  return o + pos.character;
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: Array<{ range: Range; newText: string }>): string {
  const sorted = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text of a hover result, whatever form its contents take. */
export function hoverText(h: unknown): string {
  if (!h || typeof h !== 'object') return '';
  const c = (h as { contents: unknown }).contents;
  const one = (x: unknown): string =>
    typeof x === 'string'
      ? x
      : x && typeof x === 'object' && 'value' in x
        ? String((x as { value: unknown }).value)
        : '';
  return Array.isArray(c) ? c.map(one).join('\n') : one(c);
}

export interface Sample {
  name: string;
  /** Path relative to the repository. */
  file: string;
  uri: string;
  text: string;
  /** The rule of its first line, `# expect: <rule>`. */
  expect: string;
}

/** The broken samples (samples/broken/*.plan.yaml): one file per rule. */
export function brokenSamples(): Sample[] {
  const dir = path.join(ROOT, 'samples', 'broken');
  return fs
    .readdirSync(dir)
    .filter((f) => /\.plan\.ya?ml$/.test(f))
    .sort()
    .map((name) => {
      const file = `samples/broken/${name}`;
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const m = /^# expect: (\S+)/.exec(text);
      if (!m) throw new Error(`${file} does not start with "# expect: <rule>"`);
      return { name, file, uri: fileUri(file), text, expect: m[1] };
    });
}

export function brokenSample(name: string): Sample {
  const s = brokenSamples().find((x) => x.name === name || x.name === `${name}.plan.yaml`);
  if (!s) throw new Error(`no broken sample ${name}`);
  return s;
}

/**
 * A temporary dataset folder with a dataset config that fixes the reference date (2026-11-27),
 * so that results never depend on the clock. Files are not written unless given: the server
 * works on the text the client sends.
 */
export function tempDataset(files: Record<string, string> = {}): {
  dir: string;
  uri: (name: string) => string;
  remove: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-lsp-'));
  fs.writeFileSync(path.join(dir, 'policy-plans.config.yaml'), 'reference-date: 2026-11-27\n');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return {
    dir,
    uri: (name) => pathToFileURL(path.join(dir, name)).href,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
