/**
 * A fast path for the common shape of a plan file: block mappings and block sequences, one value per line,
 * plain or simple quoted scalars. It builds the project's tree (server/src/core/yaml/tree.ts), its plain
 * value and its ranges exactly as the yaml adapter (yaml/parse.ts) does from the yaml library, about ten
 * times faster, and returns null at the first thing outside that shape: comments after the first key,
 * flow collections, multi-line or block scalars, escapes, anchors, aliases, tags, explicit keys, empty
 * items, tabs, carriage returns, control characters, unusual keys or indentation, duplicate keys — anything
 * that the yaml library could read differently or report. The caller then parses with the yaml library.
 *
 * Plain scalars are resolved with the YAML 1.2 core schema's tests, in the yaml library's order (null,
 * bool, octal, decimal and hexadecimal int, .inf/.nan, float with exponent, float), with its functions.
 * test/incremental.test.ts compares this parser with the adapter on thousands of documents.
 */
import type { Fragment, FragmentPlace, ParsedYaml } from '../yaml/parse';
import { pointerSegment, type YMap, type YNode, type YScalar, type YSeq } from '../yaml/tree';
import type { Range } from '../types';
import { setKey } from './spans';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain scalar in the YAML 1.2 core schema (the yaml library's tags, in its order). */
export function resolvePlain(s: string): string | number | boolean | null {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Characters that make the whole text go to the yaml library. */
const UNUSUAL = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
/** A key this parser reads: plain, simple, on one line. */
const KEY = /^[A-Za-z0-9_$][A-Za-z0-9_$./-]*$/;
const MAX_DEPTH = 200;

class Bail extends Error {}

/** The first `needle` in text[from, end), or -1: never searches past `end` (a line's end). */
function indexIn(text: string, needle: string, from: number, end: number): number {
  if (from >= end) return -1;
  const i = text.slice(from, end).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

function bail(): never {
  throw new Bail();
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its line break (or the end of the text). */
  end: number;
  /** Spaces before the content. */
  indent: number;
  /** Blank, comment, or content. */
  kind: 0 | 1 | 2;
}

const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;

class BlockParser {
  private readonly lines: Line[] = [];
  /** Index of the current line. */
  private i = 0;

  /** Reads the lines of text[from, to); `from` is a line start, `to` a line start or the end of the text. */
  constructor(
    private readonly text: string,
    from = 0,
    private readonly to = text.length,
  ) {
    let start = from;
    for (;;) {
      if (start >= to && start > from) break;
      const nl = text.indexOf('\n', start);
      const end = nl < 0 || nl >= to ? Math.min(to, nl < 0 ? text.length : nl) : nl;
      let j = start;
      while (j < end && text.charCodeAt(j) === 32) j++;
      const kind = j === end ? BLANK : text.charCodeAt(j) === 35 ? COMMENT : CONTENT;
      this.lines.push({ start, end, indent: j - start, kind });
      if (nl < 0 || nl >= to) break;
      start = nl + 1;
    }
  }

  /** Only blank lines from this.i on. */
  private restBlank(): void {
    for (let k = this.i; k < this.lines.length; k++) if (this.lines[k].kind !== BLANK) bail();
  }

  /** One item of a block sequence whose dash is at column `col` on the first line (see parseItemFragment). */
  item(col: number, at: FragmentPlace): Fragment {
    const line = this.lines[0];
    if (!line || line.kind !== CONTENT || line.indent !== col) bail();
    const seq = at.parent;
    if (seq.kind !== 'seq') bail();
    const dash = line.start + col;
    if (this.text.charCodeAt(dash) !== 45) bail();
    const value: unknown[] = [];
    // parse as a sequence of its own and take its one item, built in the place of the real one
    const holder: YSeq = { pointer: '', parent: null, keyRange: null, segment: null, kind: 'seq', range: { start: dash, end: dash }, items: [], flow: false };
    this.itemsOf(holder, dash, col, value, 1, { pointer: at.pointer, parent: seq, segment: at.segment, single: true });
    this.restBlank();
    const node = holder.items[0];
    return { node, value: value[0], key: '', keyRange: null, nodeEnd: holder.range.end, collectionEnd: holder.range.end };
  }

  /** One top-level entry `key: …` at the start of the text (see parseEntryFragment). */
  entry(parent: YMap): Fragment {
    const line = this.lines[0];
    if (!line || line.kind !== CONTENT || line.indent !== 0) bail();
    const value: Record<string, unknown> = {};
    const holder = this.map(line.start, 0, '', parent, null, null, value, 1, true);
    this.restBlank();
    const e = holder.entries[0];
    return { node: e.value, value: value[e.key], key: e.key, keyRange: e.keyRange, nodeEnd: holder.range.end, collectionEnd: holder.range.end };
  }

  /** The next line with content from line `i` on; comments there are not for this parser. */
  private nextContent(i: number): number {
    const lines = this.lines;
    while (i < lines.length && lines[i].kind !== CONTENT) {
      if (lines[i].kind === COMMENT) bail();
      i++;
    }
    return i;
  }

  /** After a line's break: where a value on that line ends, with its line break (range[2]). */
  private after(line: Line): number {
    return line.end < this.text.length && line.end < this.to ? line.end + 1 : line.end;
  }

  parse(): { root: YMap; value: Record<string, unknown> } {
    const lines = this.lines;
    let i = 0;
    while (i < lines.length && lines[i].kind !== CONTENT) i++; // comments before the first key are fine
    if (i === lines.length || lines[i].indent !== 0) bail();
    this.i = i;
    const value: Record<string, unknown> = {};
    const root = this.map(lines[i].start, 0, '', null, null, null, value, 0);
    if (this.i < lines.length) {
      // only blank lines after the root mapping
      for (let k = this.i; k < lines.length; k++) if (lines[k].kind !== BLANK) bail();
    }
    return { root, value };
  }

  /**
   * A block mapping whose first key is at `at` on line this.i and whose keys sit at column `col`. Returns
   * with this.i at the first line after it.
   */
  private map(at: number, col: number, pointer: string, parent: YNode | null, keyRange: Range | null, segment: string | number | null, value: Record<string, unknown>, depth: number, single = false): YMap {
    if (depth > MAX_DEPTH) bail();
    const text = this.text;
    const lines = this.lines;
    const map: YMap = { pointer, parent, keyRange, segment, kind: 'map', range: { start: at, end: at }, entries: [], flow: false };
    // for a top-level entry parsed on its own, its value hangs from the real root (`parent`)
    const owner: YNode = single && parent ? parent : map;
    const keys = new Set<string>();
    let keyStart = at;
    let lastEnd = at;
    for (;;) {
      const line = lines[this.i];
      // the key: up to the first ': ' or a ':' that ends the line
      let colon = indexIn(text, ':', keyStart, line.end);
      while (colon >= 0 && colon + 1 < line.end && text.charCodeAt(colon + 1) !== 32) colon = indexIn(text, ':', colon + 1, line.end);
      if (colon < 0) bail();
      const keySource = text.slice(keyStart, colon);
      if (keySource.length > 1000 || !KEY.test(keySource)) bail();
      const kv = resolvePlain(keySource);
      const key = kv === null ? '' : String(kv);
      if (keys.has(key)) bail();
      keys.add(key);
      const kr: Range = { start: keyStart, end: colon };
      const childPointer = `${pointer}/${pointerSegment(key)}`;
      let j = colon + 1;
      while (j < line.end && text.charCodeAt(j) === 32) j++;
      let node: YNode;
      let child: unknown;
      if (j < line.end) {
        if (text.charCodeAt(j) === 35) bail(); // a comment after `key:`
        node = this.scalar(j, line, childPointer, owner, kr, key);
        child = (node as YScalar).value;
        lastEnd = this.after(line);
        this.i = this.nextContent(this.i + 1);
        if (this.i < lines.length && lines[this.i].indent > col) bail(); // a multi-line scalar or worse
      } else {
        const next = this.nextContent(this.i + 1);
        const nl = next < lines.length ? lines[next] : null;
        if (nl && nl.indent > col) {
          this.i = next;
          const c = nl.start + nl.indent;
          if (text.charCodeAt(c) === 45 && (c + 1 === nl.end || text.charCodeAt(c + 1) === 32)) {
            const arr: unknown[] = [];
            node = this.seq(c, nl.indent, childPointer, owner, kr, key, arr, depth + 1);
            child = arr;
          } else {
            const obj: Record<string, unknown> = {};
            node = this.map(c, nl.indent, childPointer, owner, kr, key, obj, depth + 1);
            child = obj;
          }
          lastEnd = node.range.end;
        } else {
          if (nl && nl.indent === col && text.charCodeAt(nl.start + nl.indent) === 45) bail(); // `key:` then `- ` at the key's column
          // an empty value sits at the end of the key's line
          const p = line.end;
          node = { pointer: childPointer, parent: owner, keyRange: kr, segment: key, kind: 'scalar', range: { start: p, end: p }, value: null, style: 'empty', source: '' };
          child = null;
          lastEnd = p;
          this.i = next;
        }
      }
      map.entries.push({ key, keyRange: kr, value: node });
      setKey(value, key, child);
      // the next key at this column, or the end of the mapping
      if (this.i >= lines.length || single) break;
      const nl = lines[this.i];
      if (nl.indent < col) break;
      if (nl.indent > col) bail();
      keyStart = nl.start + nl.indent;
      if (text.charCodeAt(keyStart) === 45) bail();
    }
    map.range.end = lastEnd;
    return map;
  }

  /** A block sequence whose first dash is at `at` on line this.i, dashes at column `col`. */
  private seq(at: number, col: number, pointer: string, parent: YNode, keyRange: Range | null, segment: string | number | null, value: unknown[], depth: number): YSeq {
    if (depth > MAX_DEPTH) bail();
    const seq: YSeq = { pointer, parent, keyRange, segment, kind: 'seq', range: { start: at, end: at }, items: [], flow: false };
    this.itemsOf(seq, at, col, value, depth, null);
    return seq;
  }

  /**
   * The items of `seq` from the dash at `at` (dashes at column `col`); sets the sequence's range end. With
   * `single`, reads one item only and builds it at the given place instead.
   */
  private itemsOf(seq: YSeq, at: number, col: number, value: unknown[], depth: number, single: { pointer: string; parent: YNode; segment: number; single: true } | null): void {
    const text = this.text;
    const lines = this.lines;
    let dash = at;
    let lastEnd = at;
    for (let index = 0; ; index++) {
      const line = lines[this.i];
      if (dash + 1 >= line.end) bail(); // `-` alone: an empty item, or its content on the next lines
      let c = dash + 1;
      while (c < line.end && text.charCodeAt(c) === 32) c++;
      if (c === line.end || c === dash + 1) bail();
      const ch = text.charCodeAt(c);
      const itemPointer = single ? single.pointer : `${seq.pointer}/${index}`;
      const itemParent = single ? single.parent : seq;
      const itemSegment = single ? single.segment : index;
      let node: YNode;
      if (ch === 45 && (c + 1 === line.end || text.charCodeAt(c + 1) === 32)) bail(); // `- - x`
      if (this.isKeyLine(c, line.end)) {
        const obj: Record<string, unknown> = {};
        node = this.map(c, c - line.start, itemPointer, itemParent, null, itemSegment, obj, depth + 1);
        value.push(obj);
      } else {
        node = this.scalar(c, line, itemPointer, itemParent, null, itemSegment);
        value.push((node as YScalar).value);
        this.i = this.nextContent(this.i + 1);
        if (this.i < lines.length && lines[this.i].indent > col) bail();
      }
      seq.items.push(node);
      lastEnd = node.kind === 'scalar' ? this.after(line) : node.range.end;
      if (this.i >= lines.length || single) break;
      const nl = lines[this.i];
      if (nl.indent < col) break;
      if (nl.indent > col) bail();
      dash = nl.start + nl.indent;
      if (text.charCodeAt(dash) !== 45 || (dash + 1 < nl.end && text.charCodeAt(dash + 1) !== 32)) bail();
    }
    seq.range.end = lastEnd;
  }

  /** Whether the content at `c` on a line is `key:` or `key: value` (a mapping), rather than a scalar. */
  private isKeyLine(c: number, end: number): boolean {
    const text = this.text;
    const ch = text.charCodeAt(c);
    if (ch === 34 || ch === 39) return false; // a quoted scalar (a quoted key is refused by scalar())
    let colon = indexIn(text, ':', c, end);
    while (colon >= 0 && colon + 1 < end && text.charCodeAt(colon + 1) !== 32) colon = indexIn(text, ':', colon + 1, end);
    return colon >= 0;
  }

  /** A one-line scalar starting at `s` on `line` (plain, or quoted without escapes), up to a comment. */
  private scalar(s: number, line: Line, pointer: string, parent: YNode, keyRange: Range | null, segment: string | number | null): YScalar {
    const text = this.text;
    const end = line.end;
    const c = text.charCodeAt(s);
    let valueEnd: number;
    let value: string | number | boolean | null;
    let style: YScalar['style'];
    if (c === 34 /* " */) {
      const q = indexIn(text, '"', s + 1, end);
      if (q < 0) bail();
      const inner = text.slice(s + 1, q);
      if (inner.includes('\\')) bail();
      value = inner;
      valueEnd = q + 1;
      style = 'double';
      this.rest(valueEnd, end);
    } else if (c === 39 /* ' */) {
      let q = s + 1;
      for (;;) {
        q = indexIn(text, "'", q, end);
        if (q < 0) bail();
        if (text.charCodeAt(q + 1) === 39 && q + 1 < end) q += 2;
        else break;
      }
      value = text.slice(s + 1, q).replace(/''/g, "'");
      valueEnd = q + 1;
      style = 'single';
      this.rest(valueEnd, end);
    } else {
      // plain: not an indicator first, up to ` #`; no `: ` inside and no `:` at the end
      if ('-?:,[]{}#&*!|>\'"%@`'.includes(text[s])) {
        if (!(c === 45 && /[0-9.]/.test(text[s + 1] ?? ''))) bail();
      }
      let stop = indexIn(text, ' #', s, end);
      if (stop < 0) stop = end;
      let e = stop;
      while (e > s && text.charCodeAt(e - 1) === 32) e--;
      const src = text.slice(s, e);
      if (src.includes(': ') || src.endsWith(':')) bail();
      value = resolvePlain(src);
      valueEnd = e;
      style = 'plain';
    }
    return { pointer, parent, keyRange, segment, kind: 'scalar', range: { start: s, end: valueEnd }, value, style, source: text.slice(s, valueEnd) };
  }

  /** After a quoted scalar: spaces, then nothing or a comment. */
  private rest(from: number, end: number): void {
    let j = from;
    while (j < end && this.text.charCodeAt(j) === 32) j++;
    if (j < end && (this.text.charCodeAt(j) !== 35 || j === from)) bail();
  }
}

/** The tree, value and (no) findings of `text`, or null when the text is not of the simple shape. */
export function parseBlockYaml(text: string): ParsedYaml | null {
  if (UNUSUAL.test(text)) return null;
  try {
    const { root, value } = new BlockParser(text).parse();
    return { text, root, value, findings: [], anchors: new Map() };
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}

/** parseItemFragment's fast path: one sequence item, dash at column `col`, in text[from, to); null: use the yaml library. */
export function fastItemFragment(text: string, from: number, to: number, col: number, at: FragmentPlace): Fragment | null {
  if (UNUSUAL.test(text.slice(from, to))) return null;
  try {
    return new BlockParser(text, from, to).item(col, at);
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}

/** parseEntryFragment's fast path: one top-level entry in text[from, to); null: use the yaml library. */
export function fastEntryFragment(text: string, from: number, to: number, parent: YMap): Fragment | null {
  if (UNUSUAL.test(text.slice(from, to))) return null;
  try {
    return new BlockParser(text, from, to).entry(parent);
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}
