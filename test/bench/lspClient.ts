/* eslint-disable @typescript-eslint/no-explicit-any -- JSON-RPC payloads of any method pass through this client untyped */
/**
 * A small LSP client over stdio for the benchmark: the same code drives both servers. It frames
 * messages itself (Content-Length), answers the server's requests (configuration, registration,
 * progress) and lets the caller wait for notifications such as publishDiagnostics.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

export interface Waiter {
  match: (m: Message) => boolean;
  resolve: (m: Message) => void;
  /** When the message arrived (performance.now()). */
  at?: number;
}

export interface ClientOptions {
  /** Arguments to `node` (script and its arguments). */
  args: string[];
  cwd: string;
  /** Answers workspace/configuration items by section. */
  configuration?: (section: string | undefined) => unknown;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  env?: Record<string, string>;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly startedAt: number;
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  /** Every notification, in arrival order, with its arrival time (only kept when `record` is set). */
  readonly log: Array<{ at: number; message: Message }> = [];
  record = false;
  /** Latest diagnostics by uri, with arrival time. */
  readonly diagnostics = new Map<string, { at: number; version?: number; diagnostics: any[] }>();
  stderr = '';
  private exited = false;

  constructor(private readonly options: ClientOptions) {
    this.startedAt = performance.now();
    this.proc = spawn(process.execPath, [...(options.nodeFlags ?? []), ...options.args], {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 20_000) this.stderr += chunk.toString('utf8');
    });
    this.proc.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`server exited; stderr: ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.proc.pid as number;
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : (chunk as Buffer);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) throw new Error(`bad header ${header}`);
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      const at = performance.now();
      this.dispatch(JSON.parse(body) as Message, at);
    }
  }

  private dispatch(m: Message, at: number): void {
    if (m.id !== undefined && m.method === undefined) {
      const p = this.pending.get(Number(m.id));
      if (p) {
        this.pending.delete(Number(m.id));
        p.resolve(Object.assign(m, { at }));
      }
      return;
    }
    if (m.id !== undefined && m.method) {
      this.answer(m);
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics')
      this.diagnostics.set(m.params.uri, { at, version: m.params.version, diagnostics: m.params.diagnostics });
    if (this.record) this.log.push({ at, message: m });
    const keep: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.match(m)) {
        w.at = at;
        w.resolve(Object.assign(m, { at }));
      } else keep.push(w);
    }
    this.waiters = keep;
  }

  private answer(m: Message): void {
    let result: unknown = null;
    if (m.method === 'workspace/configuration') {
      const items = (m.params?.items ?? []) as Array<{ section?: string }>;
      result = items.map((i) => this.options.configuration?.(i.section) ?? null);
    }
    this.send({ jsonrpc: '2.0', id: m.id, result });
  }

  send(m: Message): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  /** Sends a request; resolves with the response and its arrival time (`at`). */
  request(method: string, params: unknown): Promise<Message & { at: number }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (m: Message) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (from now on) that matches. */
  waitFor(
    match: (m: Message) => boolean,
    timeoutMs = 120_000,
    what = 'a notification',
  ): Promise<Message & { at: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Message & { at: number });
        },
      };
      this.waiters.push(waiter);
    });
  }

  waitForDiagnostics(uri: string, version?: number, timeoutMs = 120_000): Promise<Message & { at: number }> {
    return this.waitFor(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        m.params.uri === uri &&
        (version === undefined || m.params.version === undefined || m.params.version === version),
      timeoutMs,
      `diagnostics of ${uri}${version !== undefined ? ` v${version}` : ''}`,
    );
  }

  /** Resident memory of the server process in MB (VmRSS). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      /* already gone */
    }
    const t = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(t);
  }
}
