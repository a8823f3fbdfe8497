/**
 * The message reader for stdio: strict Content-Length framing and the LSP lifecycle around it.
 *
 * The JSON-RPC library's stream reader stops for good on a bad header and leaves the process running but
 * deaf (it ignores `shutdown` and `exit` from then on), and a custom reader skips the library's exit on end
 * of input. This one:
 * - reads `Content-Length: <digits>` headers (other headers are allowed and ignored); a header block without
 *   it, with a negative, non-numeric or huge value, or a line that is not a header loses the framing;
 * - answers a body that is not JSON with ParseError (-32700, id null) and reads on, unless the body shows
 *   that the framing is lost: it holds a swallowed `Content-Length:` header (a length that was too long), or
 *   what follows it is not a header (a length that was too short);
 * - reports the end of input as a close, and a lost framing as an error; the entry point exits on both
 *   (LSP: code 0 if `shutdown` was received, 1 otherwise; a lost framing is always 1);
 * - answers a request that comes before `initialize` with ServerNotInitialized (-32002) and drops
 *   notifications before it, except `exit`, as the LSP specification says.
 */
import {
  AbstractMessageReader,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node';

/** Largest body accepted (the editor analyses at most 2 MB of text; a didOpen of that is far smaller). */
const MAX_BODY_BYTES = 256 * 1024 * 1024;
/** Longest header block accepted. */
const MAX_HEADER_BYTES = 8 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*?)[ \t]*$/;
/** A header inside a body: valid JSON never holds this (bare letters outside strings, a raw CR LF inside them). */
const SWALLOWED_HEADER = /Content-Length:[ \t]*\d+\r\n/i;

const SERVER_NOT_INITIALIZED = -32002;
const PARSE_ERROR = -32700;

/** Why the framing was lost; the reader fires it as its error. */
export class FramingError extends Error {}

export interface StdioReaderOptions {
  /** Writes a message straight to the client (a ParseError or ServerNotInitialized answer). */
  respond: (message: Message) => void;
}

interface Input {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
}

export class StdioMessageReader extends AbstractMessageReader implements MessageReader {
  /** Bytes read and not yet framed: whole while a header is read; a body's chunks are only joined once complete. */
  private pending: Buffer = Buffer.alloc(0);
  private bodyLength = -1;
  /** The chunks of the body being read after `pending` (joining each to the last copied a large body many times). */
  private chunks: Buffer[] = [];
  private chunked = 0;
  /** The end of the bytes searched for a swallowed header, kept to find a header cut between two chunks. */
  private tail: Buffer = Buffer.alloc(0);
  private callback: DataCallback | null = null;
  private initialized = false;
  private shutdown = false;
  private done = false;

  constructor(
    private readonly input: Input,
    private readonly options: StdioReaderOptions,
  ) {
    super();
  }

  /** Whether a `shutdown` request has come (for the exit code). */
  get shutdownReceived(): boolean {
    return this.shutdown;
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    this.input.on('data', (chunk) => this.onData(chunk));
    this.input.on('end', () => this.close());
    this.input.on('close', () => this.close());
    this.input.on('error', (e) => this.lose(`the input failed: ${e.message}`));
    return { dispose: () => (this.callback = null) };
  }

  private close(): void {
    if (this.done) return;
    this.done = true;
    this.fireClose();
  }

  private lose(reason: string): void {
    if (this.done) return;
    this.done = true;
    this.fireError(new FramingError(reason));
  }

  private onData(chunk: Buffer): void {
    if (this.done) return;
    if (this.bodyLength >= 0 && this.pending.length + this.chunked + chunk.length < this.bodyLength) {
      // more of a body that is not complete yet: kept aside, searched for a swallowed header (only the new bytes,
      // with the end of the ones before for a header cut between chunks)
      this.chunks.push(chunk);
      this.chunked += chunk.length;
      this.searchSwallowed(chunk);
      return;
    }
    this.pending = this.join(chunk);
    while (!this.done) {
      if (this.bodyLength < 0) {
        const end = this.pending.indexOf(HEADER_END);
        if (end < 0) {
          if (this.pending.length > MAX_HEADER_BYTES) this.lose(`a header block of over ${MAX_HEADER_BYTES} bytes`);
          else if (!this.couldBeHeader(this.pending.toString('latin1')))
            this.lose(`expected a header, got ${quote(this.pending)}`);
          return;
        }
        const length = this.readHeaders(this.pending.subarray(0, end).toString('latin1'));
        if (length === null) return;
        this.bodyLength = length;
        this.tail = Buffer.alloc(0);
        this.pending = this.pending.subarray(end + HEADER_END.length);
      }
      if (this.pending.length < this.bodyLength) {
        // a length that was too long swallows the next message's header: no need to wait for more bytes
        this.searchSwallowed(this.pending);
        return;
      }
      const body = this.pending.subarray(0, this.bodyLength);
      this.pending = this.pending.subarray(this.bodyLength);
      this.bodyLength = -1;
      this.onBody(body);
    }
  }

  /** `pending`, the chunks kept aside and `chunk` as one buffer (one copy). */
  private join(chunk: Buffer): Buffer {
    if (this.chunks.length === 0) return this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const all = Buffer.concat([this.pending, ...this.chunks, chunk], this.pending.length + this.chunked + chunk.length);
    this.chunks = [];
    this.chunked = 0;
    return all;
  }

  /** Loses the framing when these new bytes of a body (after those searched before) hold a `Content-Length:` header. */
  private searchSwallowed(bytes: Buffer): void {
    const text = this.tail.toString('latin1') + bytes.toString('latin1');
    if (SWALLOWED_HEADER.test(text)) {
      this.lose('the Content-Length was longer than the message');
      return;
    }
    this.tail = Buffer.from(text.slice(-64), 'latin1');
  }

  /** Whether text without a complete header block can still become one. */
  private couldBeHeader(text: string): boolean {
    const lines = text.split('\r\n');
    const last = lines.pop() ?? '';
    return lines.every((l) => HEADER_LINE.test(l)) && /^[A-Za-z0-9-]*(:[^\r\n]*)?\r?$/.test(last);
  }

  /** The Content-Length of a header block, or null when the framing is lost. */
  private readHeaders(block: string): number | null {
    let length: number | null = null;
    for (const line of block.split('\r\n')) {
      const m = HEADER_LINE.exec(line);
      if (!m) {
        this.lose(`expected a header, got ${quote(Buffer.from(line, 'latin1'))}`);
        return null;
      }
      if (m[1]!.toLowerCase() !== 'content-length') continue;
      const value = m[2]!;
      if (!/^\d+$/.test(value) || Number(value) > MAX_BODY_BYTES) {
        this.lose(`Content-Length ${quote(Buffer.from(value, 'latin1'))} is not a length`);
        return null;
      }
      length = Number(value);
    }
    if (length === null) this.lose('a header block without Content-Length');
    return length;
  }

  private onBody(body: Buffer): void {
    const text = body.toString('utf8');
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (e) {
      if (SWALLOWED_HEADER.test(text)) return this.lose('the Content-Length was longer than the message');
      // a length that was too short leaves the rest of the body where the next header should be: that is
      // found when the next header is read
      this.options.respond({
        jsonrpc: '2.0',
        id: null,
        error: { code: PARSE_ERROR, message: `could not read the message: ${(e as Error).message}` },
      } as Message);
      return;
    }
    this.deliver(message as Message);
  }

  private deliver(message: Message): void {
    const m = (typeof message === 'object' && message !== null ? message : {}) as { id?: unknown; method?: unknown };
    const isRequest = typeof m.method === 'string' && m.id !== undefined && m.id !== null;
    const isNotification = typeof m.method === 'string' && m.id === undefined;
    if (!this.initialized) {
      if (isRequest && m.method === 'initialize') this.initialized = true;
      else if (isRequest) {
        this.options.respond({
          jsonrpc: '2.0',
          id: m.id,
          error: {
            code: SERVER_NOT_INITIALIZED,
            message: `the server is not initialized: send initialize before ${String(m.method)}`,
          },
        } as Message);
        return;
      } else if (isNotification && m.method !== 'exit') return;
    }
    if (isRequest && m.method === 'shutdown') this.shutdown = true;
    this.callback?.(message);
  }
}

function quote(b: Buffer): string {
  const s = JSON.stringify(b.subarray(0, 40).toString('latin1'));
  return b.length > 40 ? `${s.slice(0, -1)}…"` : s;
}
