/**
 * The first parse of a large document, in pieces: each top-level entry, and each item of a top-level block
 * sequence, is parsed on its own (as the incremental re-parse parses one), then the pieces are put together.
 * The yaml library's syntax tree of one piece is garbage as soon as the piece is built, instead of the whole
 * document's living until the end, which saves much of the garbage collector's work and about half of the
 * peak memory of a full parse of a large file.
 *
 * The result must equal a full parse. The pieces are cut at lines that start a top-level key or an item
 * dash, and each piece must read on its own exactly as in place — the same checks as the incremental
 * re-parse: one clean entry or item, every other line indented past it, no anchors or aliases, no empty
 * value at its end, nothing but blank lines after the last item. Anything else returns a reason, and the
 * caller parses the whole document. test/incremental.test.ts compares the two on thousands of documents.
 */
import { buildPlanModel, type DocumentKind } from '../model';
import type { ParsedDocument } from '../engine';
import { parseEntryFragment, parseItemFragment, type Fragment, type ParsedYaml } from '../yaml/parse';
import type { YEntry, YMap, YNode } from '../yaml/tree';
import { fastEntryFragment, fastItemFragment } from './blockParse';
import { contentTail, endsEmpty, endsInside, linesIndentedPast, setKey } from './spans';

function hasAlias(node: YNode): boolean {
  const stack: YNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as YNode;
    if (n.kind === 'alias') return true;
    if (n.kind === 'map') for (const e of n.entries) stack.push(e.value);
    else if (n.kind === 'seq') for (const i of n.items) stack.push(i);
  }
  return false;
}

/** A piece reads on its own as in place (see the module comment). */
function selfContained(text: string, from: number, to: number, frag: Fragment): boolean {
  return !hasAlias(frag.node) && !endsEmpty(frag.node) && endsInside(frag.node, contentTail(text, from, to));
}

/** Offsets of the lines that start a top-level key, or a reason not to cut the text there. */
function topLevelKeys(text: string): number[] | string {
  const keys: number[] = [];
  let pos = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === 45 /* - */ || c === 9 || c === 0xfeff || c === 37 /* % */ || c === 46 /* . */) return 'a line at column 0 that is not a key';
    if (c !== 32 && c !== 35 && c !== 10 && c !== 13) keys.push(pos);
    else if (keys.length === 0 && c === 32) {
      // before the first key, only blank lines and comments
      const nl = text.indexOf('\n', pos);
      const t = text.slice(pos, nl < 0 ? text.length : nl).trim();
      if (t !== '' && !t.startsWith('#')) return 'content before the first key';
    }
    const nl = text.indexOf('\n', pos);
    if (nl < 0) break;
    pos = nl + 1;
  }
  return keys.length ? keys : 'no top-level key';
}

/** The item dashes of a block sequence that is an entry's value: `key:` then lines `<indent>- …`. */
function itemStarts(text: string, from: number, to: number): { indent: number; starts: number[] } | null {
  const firstNl = text.indexOf('\n', from);
  if (firstNl < 0 || firstNl >= to) return null;
  // the key line holds only `key:` (and maybe a comment)
  if (!/^[^\s#][^#]*?:[ \t]*(?:#.*)?\r?$/.test(text.slice(from, firstNl))) return null;
  let pos = firstNl + 1;
  let indent = -1;
  const starts: number[] = [];
  while (pos < to) {
    let j = pos;
    while (j < to && text.charCodeAt(j) === 32) j++;
    const c = text.charCodeAt(j);
    const blankOrComment = j >= to || c === 10 || c === 13 || c === 35;
    if (!blankOrComment) {
      if (indent < 0) {
        if (c !== 45 || text.charCodeAt(j + 1) !== 32) return null;
        indent = j - pos;
      }
      if (j - pos === indent && c === 45 && text.charCodeAt(j + 1) === 32) starts.push(pos);
    }
    const nl = text.indexOf('\n', pos);
    if (nl < 0 || nl >= to) break;
    pos = nl + 1;
  }
  return starts.length ? { indent, starts } : null;
}

/** The document of `text` parsed in pieces, or why it cannot be. */
export function parseChunked(text: string, kind: DocumentKind): ParsedDocument | string {
  // the pieces are found by LF alone: a lone CR (a YAML line break too) takes the full parse
  if (/\r(?!\n)/.test(text)) return 'a lone CR line break';
  const keys = topLevelKeys(text);
  if (typeof keys === 'string') return keys;
  const root: YMap = { pointer: '', parent: null, keyRange: null, segment: null, kind: 'map', range: { start: keys[0], end: keys[0] }, entries: [], flow: false };
  const value: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (let j = 0; j < keys.length; j++) {
    const from = keys[j];
    const to = j + 1 < keys.length ? keys[j + 1] : text.length;
    const last = j === keys.length - 1;
    const items = itemStarts(text, from, to);
    // the key with its whole value, or with the first item of its sequence
    const headEnd = items && items.starts.length > 1 ? items.starts[1] : to;
    const head = fastEntryFragment(text, from, headEnd, root) ?? parseEntryFragment(text, from, headEnd, root);
    if (typeof head === 'string') return `entry at ${from}: ${head}`;
    if (!selfContained(text, from, headEnd, head)) return `entry at ${from} does not end cleanly`;
    if (seen.has(head.key)) return 'duplicate top-level key';
    seen.add(head.key);
    const entry: YEntry = { key: head.key, keyRange: head.keyRange!, value: head.node };
    let entryValue = head.value;
    let end = head.nodeEnd; // the yaml library's end of the value, for the root's range
    let tailFrom = head.nodeEnd;
    if (items && items.starts.length > 1) {
      const seq = head.node;
      if (seq.kind !== 'seq' || seq.flow || seq.items.length !== 1) return `entry at ${from} is not the sequence it looks like`;
      const arr = head.value as unknown[];
      for (let i = 1; i < items.starts.length; i++) {
        const a = items.starts[i];
        const b = i + 1 < items.starts.length ? items.starts[i + 1] : to;
        if (!linesIndentedPast(text, a, b, items.indent)) return `item at ${a}: a line at item level or less`;
        const place = { pointer: `${seq.pointer}/${i}`, parent: seq, segment: i, fallback: seq.range.start };
        const frag = fastItemFragment(text, a, b, items.indent, place) ?? parseItemFragment(text, a, b, place);
        if (typeof frag === 'string') return `item at ${a}: ${frag}`;
        if (!selfContained(text, a, b, frag)) return `item at ${a} does not end cleanly`;
        seq.items.push(frag.node);
        arr.push(frag.value);
        seq.range.end = frag.nodeEnd;
        end = frag.collectionEnd;
        tailFrom = frag.nodeEnd;
      }
      entryValue = arr;
    }
    // after the last item of a sequence, or the last entry: blank lines only (comments there may belong elsewhere)
    if ((last || (items && items.starts.length > 1)) && text.slice(tailFrom, to).trim() !== '') return `something after the value at ${from}`;
    root.entries.push(entry);
    setKey(value, entry.key, entryValue);
    if (last) root.range.end = end;
  }
  const yaml: ParsedYaml = { text, root, value, findings: [], anchors: new Map() };
  return { text, kind, yaml, plan: buildPlanModel(kind === 'plan' ? root : null) };
}
