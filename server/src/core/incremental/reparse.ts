/**
 * Incremental re-parse: after an edit inside one item of a top-level block sequence (`targets[i]`) or inside
 * one top-level entry (`title: …`), only that item is parsed again, on its own, and its new subtree takes the
 * old one's place. The tree is reused, not copied: **the cached document is consumed** (its root, the
 * sequence and the nodes after the edit are changed; a caller that wants an older version parses its text
 * again). Nodes before the edit are kept as they are; nodes after it are moved by the edit in place, range
 * objects included (the engine gives every finding range objects of its own, so a finding of the old version
 * stays where it was found; facts of the old version are compared without their ranges). The plain value
 * shares the untouched parts with the old one (plain data, never written). Copying the whole tree instead took
 * ~9 ms per edit of the 36,000-line realistic plan and filled the old generation with garbage; new range
 * objects for the nodes after the edit, ~2.5 ms and ~24,000 objects an edit.
 *
 * The result must equal a fresh full parse of the new text, so anything that could make the item read
 * differently in its place than on its own falls back to the full parse (a reason is returned): an edit that crosses an
 * item boundary or touches the line start or the dash of an item, a line indented to item level or less,
 * anchors, aliases or multi-line scalars near the edit, document markers, an item that ends
 * in an empty value (whose extent reaches to the next token, outside the item), and any YAML error or
 * warning before or after. test/incremental.test.ts checks the equality after thousands of
 * random edits.
 */
import { buildPlanModel } from '../model';
import type { ParsedDocument } from '../engine';
import type { Range } from '../types';
import { parseEntryFragment, parseItemFragment, type ParsedYaml } from '../yaml/parse';
import type { YEntry, YMap, YNode, YSeq } from '../yaml/tree';
import type { FoldedEdit } from './edits';
import { contentTail, dashLine, endsEmpty, endsInside, lineStart, linesIndentedPast, risky, setKey } from './spans';

function fail(why: string): string {
  return why;
}

/**
 * Moves `node` and everything below it by `shift`, in place: the tree owns its range objects (the engine copies
 * the ranges of every finding it keeps, see `owned` in engine.ts), and an entry shares its key range object with
 * its value (the builders make one), which is moved once.
 */
function moveTree(node: YNode, shift: number): void {
  const r = node.range;
  r.start += shift;
  r.end += shift;
  const k = node.keyRange;
  if (k !== null) {
    k.start += shift;
    k.end += shift;
  }
  if (node.kind === 'seq') for (const item of node.items) moveTree(item, shift);
  else if (node.kind === 'map') for (const e of node.entries) moveEntry(e, shift);
}

function moveEntry(e: YEntry, shift: number): void {
  moveTree(e.value, shift);
  if (e.keyRange !== e.value.keyRange) {
    e.keyRange.start += shift;
    e.keyRange.end += shift;
  }
}

interface Target {
  /** Root entry that holds the edit. */
  entry: number;
  /** Item of that entry's block sequence that holds the edit, or -1 for the whole entry. */
  item: number;
  /** The span that is parsed again, in the old text: from a line start to a line start (or the end). */
  from: number;
  to: number;
  /** Column of the item's dash, or 0 for an entry's key. */
  indent: number;
}

/** Finds the item or entry whose span strictly holds the edit. */
function locate(root: YMap, text: string, edit: FoldedEdit): Target | string {
  const { start, oldEnd } = edit;
  const entries = root.entries;
  let j = -1;
  for (let k = 0; k < entries.length; k++) {
    if (entries[k]!.keyRange.start <= start) j = k;
    else break;
  }
  if (j < 0) return 'edit before the first key';
  const ent = entries[j]!;
  const entryFrom = lineStart(text, ent.keyRange.start);
  if (entryFrom !== ent.keyRange.start) return 'top-level key not at column 0';
  let entryTo = text.length;
  if (j + 1 < entries.length) {
    entryTo = lineStart(text, entries[j + 1]!.keyRange.start);
    if (entryTo !== entries[j + 1]!.keyRange.start) return 'next top-level key not at column 0';
  }
  const v = ent.value;
  if (v.kind === 'seq' && !v.flow && v.items.length > 0 && start >= v.items[0]!.range.start) {
    // an item of a block sequence: the item whose content starts at or before the edit
    const items = v.items;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (items[mid]!.range.start <= start) lo = mid;
      else hi = mid - 1;
    }
    const i = lo;
    const dash = dashLine(text, items[i]!.range.start);
    if (dash === null) return 'item content not on its dash line';
    let to = entryTo;
    if (i + 1 < items.length) {
      const next = dashLine(text, items[i + 1]!.range.start);
      if (next === null || next.indent !== dash.indent) return 'next item content not on its dash line';
      to = next.from;
    }
    if (oldEnd >= to) return 'edit crosses an item boundary';
    return { entry: j, item: i, from: dash.from, to, indent: dash.indent };
  }
  if (start <= entryFrom) return 'edit at the start of a top-level line';
  if (oldEnd >= entryTo) return 'edit crosses a top-level boundary';
  if (v.kind === 'seq' && !v.flow && v.items.length > 0) return 'edit in a block sequence outside its items';
  return { entry: j, item: -1, from: entryFrom, to: entryTo, indent: 0 };
}

const LONE_CR = /\r(?!\n)/;

/**
 * The document after `edit`, parsed incrementally from `prev`, or the reason why only a full parse is sure to
 * be right (see the module comment).
 */
export function reparse(prev: ParsedDocument, text: string, edit: FoldedEdit): ParsedDocument | string {
  const old = prev.yaml;
  const delta = edit.newEnd - edit.oldEnd;
  if (text.length !== prev.text.length + delta) return fail('edit does not match the text');
  if (old.findings.length > 0) return fail('the old text has YAML findings');
  // the pieces are found by LF alone: a lone CR (a YAML line break too) takes the full parse
  if (LONE_CR.test(text)) return fail('a lone CR line break');
  if (old.anchors.size > 0) return fail('anchors');
  const root = old.root;
  if (!root || root.kind !== 'map' || root.flow || root.keyRange !== null) return fail('root is not a block mapping');
  const where = locate(root, prev.text, edit);
  if (typeof where === 'string') return fail(where);
  const ent = root.entries[where.entry]!;
  const oldNode = where.item >= 0 ? (ent.value as YSeq).items[where.item]! : ent.value;
  // anything risky in the old item near the edit
  const oldRisk = risky(oldNode);
  if (oldRisk) return fail(`old item: ${oldRisk}`);

  const from = where.from;
  const to = where.to + delta;
  if (/^(?:---|\.\.\.|%)/m.test(text.slice(from, to))) return fail('document marker or directive');
  if (!linesIndentedPast(text, from, to, where.indent)) return fail('a line at item level or less');

  const lastEntry = where.entry === root.entries.length - 1;
  const oldValue = old.value as Record<string, unknown>;
  let newValue: unknown;
  // everything is checked before the tree is changed: a fallback leaves the cached document as it was
  if (where.item >= 0) {
    const seq = ent.value as YSeq;
    const place = {
      parent: seq,
      segment: where.item,
      fallback: seq.range.start,
    };
    const frag = parseItemFragment(text, from, to, place);
    if (typeof frag === 'string') return fail(`the item on its own: ${frag}`);
    const newRisk = risky(frag.node);
    if (newRisk) return fail(`new item: ${newRisk}`);
    if (frag.node.range.start !== oldNode.range.start) return fail('item start moved');
    // an empty value at the end reaches over trailing comments to whatever comes next, which is not in the fragment
    if (endsEmpty(frag.node) || !endsInside(frag.node, contentTail(text, from, to)))
      return fail('the item ends in an empty value');
    const lastItem = where.item === seq.items.length - 1;
    // the sequence ends where its last item ends; the mapping that holds it, where the sequence does
    if (lastItem && text.slice(frag.nodeEnd, to).trim() !== '') return fail('something after the last item');
    const items = seq.items.slice();
    items[where.item] = frag.node;
    for (let i = where.item + 1; i < items.length; i++) moveTree(items[i]!, delta);
    seq.items = items;
    seq.range = { start: seq.range.start, end: lastItem ? frag.nodeEnd : seq.range.end + delta };
    root.range = {
      start: root.range.start,
      end: lastItem && lastEntry ? frag.collectionEnd : root.range.end + delta,
    };
    const arr = (oldValue[ent.key] as unknown[]).slice();
    arr[where.item] = frag.value;
    newValue = arr;
  } else {
    const frag = parseEntryFragment(text, from, to, root);
    if (typeof frag === 'string') return fail(`the entry on its own: ${frag}`);
    for (let k = 0; k < root.entries.length; k++)
      if (k !== where.entry && root.entries[k]!.key === frag.key) return fail('the key is now a duplicate');
    const newRisk = risky(frag.node);
    if (newRisk) return fail(`new entry: ${newRisk}`);
    if (endsEmpty(frag.node) || !endsInside(frag.node, contentTail(text, from, to)))
      return fail('the entry ends in an empty value');
    if (lastEntry && text.slice(frag.nodeEnd, to).trim() !== '') return fail('something after the last entry');
    const entries = root.entries.slice();
    entries[where.entry] = { key: frag.key, keyRange: frag.keyRange as Range, value: frag.node };
    root.entries = entries;
    root.range = { start: root.range.start, end: lastEntry ? frag.nodeEnd : root.range.end + delta };
    newValue = frag.value;
  }
  for (let k = where.entry + 1; k < root.entries.length; k++) moveEntry(root.entries[k]!, delta);

  // the plain value: a new top-level object in the same key order, sharing the untouched values
  const value: Record<string, unknown> = {};
  for (let k = 0; k < root.entries.length; k++) {
    const e = root.entries[k]!;
    setKey(value, e.key, k === where.entry ? newValue : oldValue[e.key]);
  }
  const yaml: ParsedYaml = { text, root, value, findings: [], anchors: new Map() };
  const plan = buildPlanModel(prev.kind === 'plan' ? root : null, prev.plan);
  if (where.item < 0) return { text, kind: prev.kind, yaml, plan };
  // which item changed, for the rules that are local to the items of its list (engine.ts, checkKeeping)
  const edited = { list: ent.key, item: where.item, from, oldTo: where.to, delta };
  return { text, kind: prev.kind, yaml, plan, edited };
}
