/**
 * The tokens of a plain plan file for the quick path (quick.ts): exactly the strings the `yaml` library's `Lexer`
 * yields for the same text ('\x02' where the document starts, '\x1f' before a plain scalar's source, '\n', runs of
 * spaces, comments, ':', '-', '{', '}', '[', ']', ',', quoted scalars with their quotes), found with `charCodeAt`
 * and `indexOf` instead of the library's general lexer (a generator that reads every character through several
 * nested generators: half of the quick path's time before).
 *
 * It reads only the subset quick.ts reads and refuses (throws `Refused`) as soon as it meets anything else: a
 * character of `UNREAD`, directives, document markers, anchors, aliases, tags, block scalars, explicit keys,
 * `-` or `?` indicators after a line's start, a plain scalar or quoted scalar or flow collection that goes on past
 * its line, a comment or an empty value inside a flow collection, a closing bracket outside one, and a plain
 * scalar that starts with `,` `%` `@` or a backquote (the library reports those). Where it reads, it follows the
 * library's lexer rule by rule (the names below are its methods'); test/yaml-scan.test.ts compares the two token
 * lists on every input test/yaml-quick.test.ts uses.
 *
 * Tokens are made a line at a time, as the parser asks for them: a whole plan's tokens are never held at once.
 */

/** What the quick path does not read: tab, CR, other C0 controls but LF, DEL, C1 controls, BOM, line separators. */
const UNREAD = /[\0-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;

/**
 * What is known of a text's characters: 'unknown', or 'readable' when it was read by the quick path before (it has
 * none of `UNREAD`; the test takes ~6 µs a plan, which a check that parses every file twice need not pay twice).
 */
export type QuickChars = 'unknown' | 'readable';

export class Refused extends Error {}

export const refuse = (): never => {
  throw new Refused();
};

const LF = 10;
const SPACE = 32;
const BANG = 33; // !
const QUOTE = 34; // "
const HASH = 35; // #
const PERCENT = 37; // %
const AMP = 38; // &
const APOS = 39; // '
const STAR = 42; // *
const COMMA = 44; // ,
const DASH = 45; // -
const DOT = 46; // .
const COLON = 58; // :
const GT = 62; // >
const QUESTION = 63; // ?
const AT = 64; // @
const LBRACKET = 91; // [
const BACKSLASH = 92;
const RBRACKET = 93; // ]
const BACKQUOTE = 96;
const LBRACE = 123; // {
const PIPE = 124; // |
const RBRACE = 125; // }

/** Runs of spaces up to 64 long, made once: most space tokens are one of them (indentation, ` ` after `:`). */
const SPACES: readonly string[] = Array.from({ length: 65 }, (_, n) => ' '.repeat(n));

/** `,` `[` `]` `{` `}`: they end a plain scalar inside a flow collection. */
const isFlowIndicator = (c: number): boolean =>
  c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;

/** The offset of the first ` #` at or after `from`, the text's length for none (found by its `#`: faster). */
function findHash(text: string, from: number): number {
  for (let at = text.indexOf('#', from + 1); at !== -1; at = text.indexOf('#', at + 1))
    if (text.charCodeAt(at - 1) === SPACE) return at - 1;
  return text.length;
}

/** The tokens of one text, read line by line as they are asked for. */
export class Scanner {
  private pos = 0;
  private readonly len: number;
  /** Offset of the current line's line break (the text's length on the last line without one). */
  private lineEnd = 0;
  /** The document has started (the lexer's "stream" state is over). */
  private inDoc = false;
  /** The lexer's `indentValue` and `indentNext`, which say whether a plain scalar goes on to the next line. */
  private indentValue = 0;
  private indentNext = 0;
  private flowLevel = 0;
  /** The lexer's `flowKey`: a `:` right after this (a quoted scalar, a closing bracket) is an indicator. */
  private flowKey = false;
  /** The offset of the next ` #` from where it was last looked for (the text's length for none). */
  private hashAt = -1;
  /** Tokens scanned and not yet taken: `buf[head..n)`. */
  private readonly buf: string[] = [];
  private head = 0;
  private n = 0;

  private constructor(private readonly text: string) {
    this.len = text.length;
  }

  /** The scanner of `text`, or null when the text has a character the quick path does not read (`UNREAD`). */
  static of(text: string, chars: QuickChars = 'unknown'): Scanner | null {
    return chars === 'readable' || !UNREAD.test(text) ? new Scanner(text) : null;
  }

  /** The token `k` places ahead (0: the next one), undefined after the last. Throws `Refused`. */
  peek(k: number): string | undefined {
    while (this.n - this.head <= k) if (!this.line()) return undefined;
    return this.buf[this.head + k];
  }

  /** Takes the next token (after `peek` saw it). */
  take(): void {
    this.head++;
  }

  // ── one line ──

  private push(t: string): void {
    this.buf[this.n++] = t;
  }

  private code(i: number): number {
    return this.text.charCodeAt(i); // NaN past the end
  }

  /** `isEmpty` of the lexer at `i`: a space, a line break or the end (tab and CR are never met). */
  private emptyAt(i: number): boolean {
    if (i >= this.len) return true;
    const c = this.text.charCodeAt(i);
    return c === SPACE || c === LF;
  }

  /** `pushSpaces`: the run of spaces at the position, if any. */
  private spaces(): void {
    const start = this.pos;
    let i = start;
    while (this.text.charCodeAt(i) === SPACE) i++;
    if (i > start) {
      this.push(i - start < SPACES.length ? SPACES[i - start]! : this.text.slice(start, i));
      this.pos = i;
    }
  }

  /** Scans the next line's tokens into the buffer; false at the end of the text. */
  private line(): boolean {
    if (this.pos >= this.len) return false;
    if (this.head === this.n) this.head = this.n = 0;
    const nl = this.text.indexOf('\n', this.pos);
    this.lineEnd = nl === -1 ? this.len : nl;
    if (!this.inDoc && this.stream()) return true;
    this.lineStart();
    this.document();
    return true;
  }

  /** `parseStream`: a blank or comment line before the document (true), or the document's start (false). */
  private stream(): boolean {
    const c = this.code(this.pos);
    if (c === PERCENT) refuse(); // a directive
    let i = this.pos;
    while (this.text.charCodeAt(i) === SPACE) i++;
    if (i === this.lineEnd || this.text.charCodeAt(i) === HASH) {
      this.spaces();
      this.rest();
      return true;
    }
    this.push('\x02');
    this.inDoc = true;
    return false;
  }

  /** The rest of the line (a comment), then its line break. */
  private rest(): void {
    if (this.pos < this.lineEnd) this.push(this.text.slice(this.pos, this.lineEnd));
    this.pos = this.lineEnd;
    if (this.pos < this.len) {
      this.push('\n');
      this.pos++;
    }
  }

  /** `parseLineStart` and `parseBlockStart`: the indentation and the `- ` of sequence items. */
  private lineStart(): void {
    const p = this.pos;
    const c = this.code(p);
    if ((c === DASH || c === DOT) && this.emptyAt(p + 3)) {
      const s = this.text.slice(p, p + 3);
      if (s === '---' || s === '...') refuse(); // a document marker
    }
    this.spaces();
    this.indentValue = this.pos - p;
    if (this.indentNext > this.indentValue && !this.emptyAt(this.pos + 1)) this.indentNext = this.indentValue;
    for (;;) {
      const ch = this.code(this.pos);
      if (!(ch === DASH || ch === QUESTION || ch === COLON) || !this.emptyAt(this.pos + 1)) return;
      if (ch !== DASH) refuse(); // an explicit key, or a value without a key
      const at = this.pos;
      this.push('-');
      this.pos++;
      this.spaces();
      this.indentNext = this.indentValue + 1;
      this.indentValue += this.pos - at;
    }
  }

  /** `parseDocument` up to the end of the line, with `pushIndicators`. */
  private document(): void {
    for (;;) {
      this.spaces();
      for (;;) {
        const c = this.code(this.pos);
        if (c === BANG || c === AMP) refuse(); // a tag, an anchor
        if (!(c === COLON || c === DASH || c === QUESTION) || !this.emptyAt(this.pos + 1)) break;
        if (c !== COLON) refuse(); // a sequence item or explicit key after the line's start
        this.indentNext = this.indentValue + 1;
        this.push(':');
        this.pos++;
        this.spaces();
      }
      if (this.pos >= this.lineEnd || this.code(this.pos) === HASH) {
        this.rest();
        return;
      }
      const c = this.code(this.pos);
      if (c === LBRACE || c === LBRACKET) {
        this.push(c === LBRACE ? '{' : '[');
        this.pos++;
        this.flowKey = false;
        this.flowLevel = 1;
        this.flow();
      } else if (c === QUOTE || c === APOS) this.quoted();
      else if (c === RBRACE || c === RBRACKET || c === STAR || c === PIPE || c === GT) refuse();
      else this.plain();
    }
  }

  /** `parseFlowCollection` up to the end of the outermost collection, which must be on this line. */
  private flow(): void {
    for (;;) {
      this.spaces();
      while (this.code(this.pos) === COMMA) {
        this.push(',');
        this.pos++;
        this.spaces();
        this.flowKey = false;
      }
      for (;;) {
        const c = this.code(this.pos);
        if (c === BANG || c === AMP) refuse();
        if (!(c === COLON || c === DASH || c === QUESTION)) break;
        const c1 = this.code(this.pos + 1);
        if (!(this.emptyAt(this.pos + 1) || isFlowIndicator(c1))) break;
        if (c !== COLON) refuse();
        this.flowKey = false;
        this.push(':');
        this.pos++;
        this.spaces();
      }
      if (this.pos >= this.lineEnd) refuse(); // the collection goes on to the next line
      const c = this.code(this.pos);
      if (c === LBRACE || c === LBRACKET) {
        this.push(c === LBRACE ? '{' : '[');
        this.pos++;
        this.flowKey = false;
        this.flowLevel++;
      } else if (c === RBRACE || c === RBRACKET) {
        this.push(c === RBRACE ? '}' : ']');
        this.pos++;
        this.flowKey = true;
        if (--this.flowLevel === 0) return;
      } else if (c === QUOTE || c === APOS) {
        this.flowKey = true;
        this.quoted();
      } else if (c === HASH || c === STAR) refuse();
      else if (c === COLON && this.flowKey) {
        // after a quoted key or a collection, `:` needs no space (the other cases were indicators above)
        this.flowKey = false;
        this.push(':');
        this.pos++;
        this.spaces();
      } else {
        this.flowKey = false;
        this.flowPlain();
      }
    }
  }

  /** `parseQuotedScalar`, for a quoted scalar that ends on its line. */
  private quoted(): void {
    const text = this.text;
    const start = this.pos;
    let end: number;
    if (text.charCodeAt(start) === APOS) {
      end = text.indexOf("'", start + 1);
      while (end !== -1 && text.charCodeAt(end + 1) === APOS) end = text.indexOf("'", end + 2);
    } else {
      end = text.indexOf('"', start + 1);
      while (end !== -1) {
        let b = 0;
        while (text.charCodeAt(end - 1 - b) === BACKSLASH) b++;
        if (b % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
    }
    if (end === -1 || end >= this.lineEnd) refuse(); // unterminated, or over more lines
    this.pos = end + 1;
    this.push(text.slice(start, this.pos));
  }

  /**
   * `parsePlainScalar` outside flow collections: the scalar ends before the first `: ` (or `:` at the line's end)
   * or ` #`, else at its line's end, without the spaces before that end.
   */
  private plain(): void {
    const text = this.text;
    const start = this.pos;
    const first = text.charCodeAt(start);
    if (first === COMMA || first === PERCENT || first === AT || first === BACKQUOTE) refuse();
    let stop = this.lineEnd;
    // the first `:` that ends it (no search for the next one past it: that read on to the next line's key)
    for (let k = text.indexOf(':', start); k !== -1 && k < stop; k = text.indexOf(':', k + 1))
      if (this.emptyAt(k + 1)) {
        stop = k;
        break;
      }
    if (this.hashAt < start) this.hashAt = findHash(text, start);
    if (this.hashAt < stop) stop = this.hashAt;
    else if (stop === this.lineEnd && stop < this.len) this.endsAtLine(stop);
    let end = stop;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    this.scalar(start, end);
  }

  /**
   * A plain scalar that reached the line break at `nl`: the lexer goes on reading it on the next line unless that
   * line starts with a comment, is indented less than `indentNext`, or (after blank lines) the text ends. Refuses
   * where it would go on (a multi-line scalar, or a line that is an error), else the scalar ended before `nl`.
   */
  private endsAtLine(nl: number): void {
    const text = this.text;
    for (let p = nl; ;) {
      if (text.charCodeAt(p + 1) === HASH) return;
      if (this.indentNext === 0) refuse(); // only a document marker would end it
      let q = p + 1;
      while (text.charCodeAt(q) === SPACE) q++;
      if (q >= this.len) return;
      const c = text.charCodeAt(q);
      if (c === LF) {
        p = q; // a blank line: the lexer reads on
        continue;
      }
      if (q - p - 1 < this.indentNext || c === HASH) return; // (the comment after at least one space)
      return refuse();
    }
  }

  /** `parsePlainScalar` inside a flow collection: it ends before `: `, ` #`, `,` `[` `]` `{` `}` and on its line. */
  private flowPlain(): void {
    const text = this.text;
    const start = this.pos;
    const first = text.charCodeAt(start);
    if (first === PERCENT || first === AT || first === BACKQUOTE) refuse();
    const lineEnd = this.lineEnd;
    let end = start;
    let i = start;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        const n = text.charCodeAt(i + 1);
        if (n === HASH || isFlowIndicator(n)) break;
      } else if (c === COLON) {
        if (this.emptyAt(i + 1) || isFlowIndicator(text.charCodeAt(i + 1))) break;
        end = i + 1;
      } else if (isFlowIndicator(c)) break;
      else end = i + 1;
    }
    if (i === lineEnd) refuse(); // the collection goes on to the next line
    this.scalar(start, end);
  }

  private scalar(start: number, end: number): void {
    if (end === start) refuse();
    this.push('\x1f');
    this.push(this.text.slice(start, end));
    this.pos = end;
  }
}

/** Every token of `text`, or null where the scanner refuses it (for tests and measures). */
export function scanAll(text: string): string[] | null {
  const s = Scanner.of(text);
  if (!s) return null;
  const out: string[] = [];
  try {
    for (let t = s.peek(0); t !== undefined; t = s.peek(0)) {
      out.push(t);
      s.take();
    }
  } catch (e) {
    if (e instanceof Refused) return null;
    throw e;
  }
  return out;
}
