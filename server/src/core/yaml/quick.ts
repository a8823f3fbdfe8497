/**
 * The quick path of the one parse: the tree of a plain plan file built straight from tokens, without the `yaml`
 * library's CST parser and composer (which are three quarters of a whole parse of the plans people write: the
 * realistic 36,000-line plan took ~590 ms in `Parser` and ~150 ms in `Composer` against ~140 ms in `Lexer`). The
 * tokens are the library `Lexer`'s own strings, made by our scanner (scan.ts), which reads only this subset and
 * is three to seven times faster than the general `Lexer` on the realistic plans.
 *
 * It reads only what plan, registry and config files are made of — a block mapping at the root; block
 * mappings and sequences nested by indentation (sequence items as `- value` or `- key: value`); one-line plain and
 * quoted scalars; one-line flow mappings and sequences (`period: { start: 2023, end: 2025 }`); comments and blank
 * lines anywhere — and gives up (returns null) on anything else: anchors, aliases, tags, block scalars, multi-line
 * scalars or flow collections, explicit keys, empty sequence items, keys that are not text, duplicate keys, tabs,
 * CR, a byte-order mark, document markers, directives, and any token out of place. Then the caller parses the
 * text whole with the library (`parseYamlStream`), which also reports the errors: this path never does.
 *
 * What it builds must equal what the composer gives through the `Builder` of parse.ts, ranges included: a
 * collection's range ends where the composer's does, after its last item's trailing comment and line break, and
 * after comment lines indented deeper than the collection that the library's parser gives to that item (see
 * `gap` and `pop`). The scalar rules are the library's: lexing as its `Lexer` lexes (scan.ts, which refuses the rest),
 * quoted values by `CST.resolveAsScalar` (a one-line plain scalar's value is its source), plain scalars typed by the
 * tests and resolvers of its core schema's tags.
 * test/yaml-quick.test.ts compares the two paths on every sample, fixture and YAML test-suite case and on
 * thousands of edited samples.
 */
import { CST, isScalar, Schema } from 'yaml';
import type { Range } from '../types';
import type { ParsedYaml } from './parse';
import { Refused, refuse, Scanner, type QuickChars } from './scan';
import { mapNode, scalarNode, seqNode, plainValueOf, type YMap, type YNode, type YScalar, type YSeq } from './tree';

/** Deepest nesting read quickly (the whole parse reports documents deeper than 256). */
const MAX_DEPTH = 128;

type ScalarValue = YScalar['value'];

/** An open block collection. */
interface Frame {
  node: YMap | YSeq;
  /** A long mapping's keys (see `hasKey`), made at its 17th. */
  keys: Set<string> | null;
  indent: number;
  depth: number;
  /** Offset after the last item's node (the composer's `range[2]` of that item's value). */
  end: number;
  /** The last item's value is a one-line scalar or flow collection whose end can take deeper comment lines. */
  open: boolean;
  /** ... and its end is a comment (a line break after it joins it too). */
  endsInComment: boolean;
  /**
   * The trailing comment and blank lines after the last item that belong to no item yet: the offset after the last of
   * them, -1 for none (two numbers here rather than an object: a parse made ~10 MB of those objects a check).
   */
  pendingEnd: number;
  /** The deepest indentation of a comment among them, -1 for none. */
  pendingComments: number;
}

/**
 * Whether a mapping has the key already (a duplicate, which the whole parse reports): its few entries read in
 * turn, a long mapping's keys in a set that `at` (its frame, or its flow collection's) keeps, made when first needed.
 */
function hasKey(map: YMap, at: { keys: Set<string> | null }, key: string): boolean {
  const entries = map.entries;
  if (entries.length > 16) {
    if (at.keys === null) at.keys = new Set(entries.map((e) => e.key));
    if (at.keys.has(key)) return true;
    at.keys.add(key);
    return false;
  }
  for (let i = 0; i < entries.length; i++) if (entries[i]!.key === key) return true;
  return false;
}

interface Tag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (s: string, onError: (m: string) => void, o: object) => unknown;
}

interface CoreTags {
  /** The core schema's tags that type plain scalars by a test. */
  readonly tags: readonly Tag[];
  /** The tags' tests in one: most plain scalars are text, which one test tells (null where the tests have flags). */
  readonly anyTag: RegExp | null;
}

/** The library's core schema tags, read once (making a `Schema` for every parse was ~1 % of a check). */
function coreTags(): CoreTags {
  const schema = new Schema({ schema: 'core', resolveKnownTags: false });
  const tags = (schema.tags as unknown as Tag[]).filter((t) => t.test);
  const tests = tags.map((t) => t.test!);
  const anyTag = tests.every((t) => t.flags === '') ? new RegExp(tests.map((t) => `(?:${t.source})`).join('|')) : null;
  return Object.freeze({ tags: Object.freeze(tags), anyTag });
}

const CORE = coreTags();

/**
 * Whether a plain scalar may be one a core tag types (null, bool, int, float): each of their tests matches only the
 * empty text or a text starting with one of `~ n N t T f F + - .` or a digit (test/yaml-quick.test.ts holds the
 * library's tests to that). Most plain scalars (ids, codes, units, words) start otherwise and are text, told
 * without running the tests' one expression on them.
 */
export function mayBeTagged(src: string): boolean {
  if (src.length === 0) return true;
  const c = src.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) || // 0-9
    c === 43 || // +
    c === 45 || // -
    c === 46 || // .
    c === 126 || // ~
    c === 110 || // n
    c === 78 || // N
    c === 116 || // t
    c === 84 || // T
    c === 102 || // f
    c === 70 // F
  );
}

class QuickParser {
  private off = 0;
  /** The range of the key `plainKey` read last. */
  private keyRange: Range = { start: 0, end: 0 };
  private lineStart = 0;
  private readonly stack: Frame[] = [];
  private readonly tags = CORE.tags;
  private readonly anyTag = CORE.anyTag;
  /** Plain scalars met before (keys, units, years repeat), by whether they were keys. */
  private readonly plainCache = new Map<string, ScalarValue>();
  private readonly keyCache = new Map<string, ScalarValue>();

  /** The tokens, scanned a line at a time as they are needed. */
  constructor(
    private readonly text: string,
    private readonly tokens: Scanner,
  ) {}

  parse(): ParsedYaml | null {
    try {
      return this.document();
    } catch (e) {
      if (e instanceof Refused) return null;
      throw e;
    }
  }

  // ── tokens ──

  private tok(): string | undefined {
    return this.tokens.peek(0);
  }

  /** The token `k` places ahead. */
  private peek(k: number): string | undefined {
    return this.tokens.peek(k);
  }

  /** Passes a marker token (document start, scalar), which takes no place in the text. */
  private skipMarker(): void {
    this.tokens.peek(0);
    this.tokens.take();
  }

  private advance(): void {
    const t = this.tokens.peek(0)!;
    this.tokens.take();
    this.off += t.length;
    if (t === '\n') this.lineStart = this.off;
  }

  private isNewline(t: string | undefined): boolean {
    return t === '\n' || t === '';
  }

  private column(): number {
    return this.off - this.lineStart;
  }

  // ── the document ──

  private document(): ParsedYaml {
    let docMode = false;
    for (;;) {
      const t = this.tok();
      if (t === undefined) return refuse();
      if (t === '\x02') {
        if (docMode) refuse();
        docMode = true;
        this.skipMarker();
      } else if (this.isNewline(t) || t[0] === '#') this.advance();
      else if (t[0] === ' ') {
        this.advance();
        const n = this.tok();
        if (!(n === undefined || this.isNewline(n) || n[0] === '#')) refuse();
      } else if (t === '\x1f' && this.column() === 0 && docMode) break;
      else refuse();
    }
    const root = mapNode(null, null, null, { start: this.off, end: this.off }, false);
    this.stack.push(this.frame(root, 0, 1));
    for (;;) {
      const top = this.stack[this.stack.length - 1]!;
      const t = this.tok();
      if (t === undefined) break;
      const k = this.column();
      if (k < top.indent) {
        this.pop();
        continue;
      }
      if (k !== top.indent) refuse();
      if (top.node.kind === 'map') {
        if (t !== '\x1f') refuse();
        this.entry(top);
      } else {
        if (t !== '-') refuse();
        this.item(top);
      }
    }
    while (this.stack.length > 0) this.pop();
    return new QuickDocument(this.text, root);
  }

  private frame(node: YMap | YSeq, indent: number, depth: number): Frame {
    if (depth > MAX_DEPTH) refuse();
    return {
      node,
      keys: null,
      indent,
      depth,
      end: node.range.start,
      open: false,
      endsInComment: false,
      pendingEnd: -1,
      pendingComments: -1,
    };
  }

  /**
   * Closes the innermost collection (the next content is left of it, or the text ended). Its trailing comment
   * lines go up to its parent when each is left of the collection (or the collection is at column 0), else they
   * stay and end it — the library's parser (`pop`).
   */
  private pop(): void {
    const f = this.stack.pop()!;
    f.node.range.end = f.end;
    const waiting = f.pendingEnd !== -1;
    const moves = waiting && (f.indent === 0 || f.pendingComments < f.indent);
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return;
    parent.end = waiting && !moves ? f.pendingEnd : f.end;
    parent.open = false;
    parent.endsInComment = false;
    parent.pendingEnd = moves ? f.pendingEnd : -1;
    parent.pendingComments = moves ? f.pendingComments : -1;
  }

  // ── block collections ──

  /** `key: value` at the mapping's column. */
  private entry(f: Frame): void {
    f.pendingEnd = -1; // what waited after the last item starts this one
    const key = this.plainKey();
    if (hasKey(f.node as YMap, f, key)) refuse();
    const map = f.node as YMap;
    const kr = this.keyRange;
    if (this.tok() !== ':') refuse();
    this.advance();
    let t = this.tok();
    let emptyAt = this.off;
    let spaced = false;
    if (t !== undefined && t[0] === ' ') {
      this.advance();
      spaced = true;
      emptyAt = this.off;
      t = this.tok();
      if (t !== undefined && t[0] !== '#' && !this.isNewline(t)) {
        // the value on the key's line
        const v = this.inline(map, kr, key, f.depth);
        if (this.tok() === ':') refuse();
        this.add(f, key, kr, v);
        this.lineEnd(f);
        this.gap(f);
        return;
      }
    }
    // the value on the lines below, or none: comment and blank lines up to the next content are the separator's
    let commented = false;
    if (t !== undefined && t[0] === '#') {
      if (!spaced) refuse();
      this.advance();
      commented = true;
    }
    t = this.tok();
    if (t !== undefined) {
      if (!this.isNewline(t)) refuse();
      this.advance();
    }
    if (this.skipSeparator()) commented = true;
    t = this.tok();
    const k = this.column();
    if (t !== undefined && k > f.indent) {
      const range = { start: this.off, end: this.off };
      if (t === '-') {
        const seq = seqNode(map, kr, key, range, false);
        this.add(f, key, kr, seq);
        this.stack.push(this.frame(seq, k, f.depth + 1));
        return;
      }
      if (t === '\x1f' && this.peek(2) === ':') {
        const inner = mapNode(map, kr, key, range, false);
        this.add(f, key, kr, inner);
        this.stack.push(this.frame(inner, k, f.depth + 1));
        return;
      }
      refuse();
    }
    if (t === '-' && k === f.indent) refuse(); // a sequence at its key's column
    // an empty value, where the composer puts it: after the indicator and the spaces that follow it; with a
    // comment in its separator, the node ends where the separator does (the next content's indentation included)
    const empty = scalarNode(map, kr, key, { start: emptyAt, end: emptyAt }, null, 'empty', '');
    this.add(f, key, kr, empty);
    f.end = commented ? this.off : emptyAt;
    f.open = false;
  }

  /** `- value` or `- key: value` at the sequence's column. */
  private item(f: Frame): void {
    f.pendingEnd = -1;
    this.advance();
    const t0 = this.tok();
    if (t0 === undefined || t0[0] !== ' ') refuse();
    this.advance();
    const seq = f.node as YSeq;
    const index = seq.items.length;
    if (this.tok() === '\x1f' && this.peek(2) === ':') {
      // a compact mapping: its keys at the column of the first
      const map = mapNode(seq, null, index, { start: this.off, end: this.off }, false);
      seq.items.push(map);
      const inner = this.frame(map, this.column(), f.depth + 1);
      this.stack.push(inner);
      this.entry(inner);
      return;
    }
    const v = this.inline(seq, null, index, f.depth);
    if (this.tok() === ':') refuse();
    seq.items.push(v);
    this.lineEnd(f);
    this.gap(f);
  }

  private add(f: Frame, key: string, keyRange: Range, node: YNode): void {
    (f.node as YMap).entries.push({ key, keyRange, value: node });
  }

  /** The rest of a value's line: spaces, a comment after a space, the line break (or the end of the text). */
  private lineEnd(f: Frame): void {
    let t = this.tok();
    let spaced = false;
    if (t !== undefined && t[0] === ' ') {
      this.advance();
      spaced = true;
      t = this.tok();
    }
    f.endsInComment = false;
    if (t !== undefined && t[0] === '#') {
      if (!spaced) refuse();
      this.advance();
      f.endsInComment = true;
      t = this.tok();
    }
    if (t !== undefined) {
      if (!this.isNewline(t)) refuse();
      this.advance();
      f.endsInComment = false;
    }
    f.end = this.off;
    f.open = true;
    f.pendingEnd = -1;
  }

  /** Comment and blank lines after a key whose value is below: the separator's. Says whether it had a comment. */
  private skipSeparator(): boolean {
    let commented = false;
    for (;;) {
      const t = this.tok();
      if (t === undefined) return commented;
      if (t[0] === ' ') {
        this.advance();
        const n = this.tok();
        if (n !== undefined && n[0] === '#') {
          this.advance();
          commented = true;
        } else if (!(n === undefined || this.isNewline(n))) return commented; // the content line's indentation
      } else if (t[0] === '#') {
        this.advance();
        commented = true;
      } else if (!this.isNewline(t)) return commented;
      const n = this.tok();
      if (n !== undefined) {
        if (!this.isNewline(n)) refuse();
        this.advance();
      }
    }
  }

  /**
   * Comment and blank lines after a value's line, and the indentation of the next content line: the library's
   * parser gives them to the innermost collection, where a comment line indented deeper than the collection,
   * after only blank lines, joins the last item's value (and ends it later); the rest wait for `pop`.
   */
  private gap(f: Frame): void {
    for (;;) {
      const t = this.tok();
      if (t === undefined) return;
      if (this.isNewline(t)) {
        this.advance();
        if (f.pendingEnd === -1 && f.open && f.endsInComment) {
          f.end = this.off;
          f.endsInComment = false;
        } else this.wait(f, -1);
        continue;
      }
      let indent = 0;
      if (t[0] === ' ') {
        indent = t.length;
        this.advance();
        this.wait(f, -1);
      }
      const n = this.tok();
      if (n === undefined || this.isNewline(n)) continue;
      if (n[0] !== '#') return; // content
      this.advance();
      if (f.pendingEnd !== -1 && f.pendingComments === -1 && indent > f.indent && f.open) {
        f.end = this.off;
        f.endsInComment = true;
        f.pendingEnd = -1;
      } else this.wait(f, indent);
    }
  }

  /** A token that waits after the last item (`comments`: the indentation of a comment, -1 for others). */
  private wait(f: Frame, comments: number): void {
    if (f.pendingEnd === -1) f.pendingComments = comments;
    else if (comments > f.pendingComments) f.pendingComments = comments;
    f.pendingEnd = this.off;
  }

  // ── scalars and flow collections ──

  /** A plain key's text; its range is left in `keyRange` (no object made to return the two). */
  private plainKey(): string {
    this.skipMarker();
    const src = this.tok();
    // a line break is a token of its own: the scanner ends every other token before one (it refuses what goes on)
    if (src === undefined || src === '' || src === '\n' || src.length > 1000) return refuse();
    const start = this.off;
    const v = this.plain(src, true);
    if (typeof v !== 'string') refuse();
    this.advance();
    this.keyRange = { start, end: start + src.length };
    return v as string;
  }

  /** A one-line value: a plain or quoted scalar, or a flow collection. */
  private inline(parent: YNode, keyRange: Range | null, segment: string | number, depth: number): YNode {
    const t = this.tok();
    if (t === undefined) return refuse();
    const start = this.off;
    if (t === '\x1f') {
      this.skipMarker();
      const src = this.tok();
      if (src === undefined || src === '' || src === '\n') return refuse(); // '': an empty value in a flow collection
      const value = this.plain(src, false);
      this.advance();
      return scalarNode(parent, keyRange, segment, { start, end: this.off }, value, 'plain', src);
    }
    if (t[0] === '"' || t[0] === "'") {
      if (t.includes('\n')) return refuse();
      const value = this.quoted(t);
      this.advance();
      const style = t[0] === '"' ? 'double' : 'single';
      return scalarNode(parent, keyRange, segment, { start, end: this.off }, value, style, t);
    }
    if (t === '{' || t === '[') return this.flow(parent, keyRange, segment, depth + 1);
    return refuse();
  }

  /** A plain scalar's value, typed as the composer types it with the core schema's tags. */
  private plain(src: string, atKey: boolean): ScalarValue {
    // a plain scalar on one line is its source: the library's `plainValue` only unfolds lines and reports a bad
    // first character (the scanner refuses those), and `CST.resolveAsScalar` made a regular expression and three
    // objects a call to find that out (the check of the realistic dataset allocated 878 → 764 MB without them).
    // Most are text, which the tags' one test tells without remembering them (a table of every plain scalar cost
    // more in hashing the new strings than the test).
    if (!mayBeTagged(src) || (this.anyTag !== null && !this.anyTag.test(src))) return src;
    const cache = atKey ? this.keyCache : this.plainCache;
    const cacheable = src.length <= 24;
    if (cacheable) {
      const known = cache.get(src);
      if (known !== undefined || cache.has(src)) return known as ScalarValue;
    }
    let value: ScalarValue = src;
    for (let i = 0; i < this.tags.length; i++) {
      const tag = this.tags[i]!;
      if ((tag.default === true || (atKey && tag.default === 'key')) && tag.test!.test(src)) {
        let failed = false;
        const res = tag.resolve(
          src,
          () => {
            failed = true;
          },
          OPTIONS,
        );
        if (failed) refuse();
        value = (isScalar(res) ? res.value : res) as ScalarValue;
        break;
      }
    }
    if (cacheable) cache.set(src, value);
    return value;
  }

  private quoted(src: string): string {
    // a quote on one line with no escape in it (a backslash in double quotes, a doubled quote in single ones) is the
    // text between its quotes, which is what the library's resolution gives after a regular expression, an object
    // and a closure made for it (most quotes of real plans: titles, quotes from the sources)
    const q = src.charCodeAt(0);
    if (src.length >= 2 && src.charCodeAt(src.length - 1) === q) {
      const inner = src.slice(1, -1);
      if (!inner.includes(q === 34 ? '\\' : "'")) return inner;
    }
    let failed = false;
    const type = src[0] === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
    const r = CST.resolveAsScalar({ type, offset: 0, indent: 0, source: src }, true, () => {
      failed = true;
    });
    if (failed) refuse();
    return r.value;
  }

  private skipSpaces(): void {
    while (this.tok()?.[0] === ' ') this.advance();
  }

  /** A one-line flow mapping or sequence. */
  private flow(parent: YNode, keyRange: Range | null, segment: string | number, depth: number): YNode {
    if (depth > MAX_DEPTH) refuse();
    const isMap = this.tok() === '{';
    const close = isMap ? '}' : ']';
    const range = { start: this.off, end: this.off };
    this.advance();
    const node = isMap
      ? mapNode(parent, keyRange, segment, range, true)
      : seqNode(parent, keyRange, segment, range, true);
    const at = { keys: null as Set<string> | null };
    for (;;) {
      this.skipSpaces();
      if (this.tok() === close) break;
      if (isMap) {
        const t = this.tok();
        let key: string;
        let kr: Range;
        if (t === '\x1f') {
          key = this.plainKey();
          kr = this.keyRange;
        } else if (t !== undefined && (t[0] === '"' || t[0] === "'") && !t.includes('\n')) {
          kr = { start: this.off, end: this.off + t.length };
          key = this.quoted(t);
          this.advance();
        } else return refuse();
        if (hasKey(node as YMap, at, key)) refuse();
        if (this.tok() !== ':') refuse();
        this.advance();
        this.skipSpaces();
        const v = this.inline(node, kr, key, depth);
        (node as YMap).entries.push({ key, keyRange: kr, value: v });
      } else {
        const seq = node as YSeq;
        seq.items.push(this.inline(seq, null, seq.items.length, depth));
      }
      this.skipSpaces();
      const t = this.tok();
      if (t === ',') this.advance();
      else if (t !== close) refuse();
    }
    this.advance();
    range.end = this.off;
    return node;
  }
}

const OPTIONS = { intAsBigInt: false };

/**
 * The quick path's document: its plain value (for the schema) is made from the tree when first asked, since the
 * workspace's summary of a file reads only the tree (the CLI's check parses every file twice and validates only the
 * second tree). A class, not an object literal with a getter: V8 makes such a literal in the old generation, whose
 * reference to the young tree then kept every tree through young collections (the parse of the realistic dataset
 * took twice as long).
 */
class QuickDocument implements ParsedYaml {
  readonly findings: ParsedYaml['findings'] = [];
  readonly anchors: ParsedYaml['anchors'] = new Map();
  private plain: { value: unknown } | null = null;

  constructor(
    readonly text: string,
    readonly root: YMap,
  ) {}

  get value(): unknown {
    return (this.plain ??= { value: plainValueOf(this.root) }).value;
  }
}

/** Whether the quick path read this document (its text has only characters the quick path reads). */
export function readQuickly(yaml: ParsedYaml): boolean {
  return yaml instanceof QuickDocument;
}

/** The tree of `text` when it is made only of what the quick path reads (see above), else null. */
export function quickParse(text: string, chars: QuickChars = 'unknown'): ParsedYaml | null {
  const tokens = Scanner.of(text, chars);
  return tokens && new QuickParser(text, tokens).parse();
}
