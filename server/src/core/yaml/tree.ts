import type { Range } from '../types';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block-literal' | 'block-folded' | 'empty';

interface NodeBase {
  /** The value's range (without trailing comments). */
  range: Range;
  parent: YNode | null;
  /** Range of the key when this node is a mapping value. */
  keyRange: Range | null;
  /** The mapping key or sequence index under which the parent holds this node. */
  segment: string | number | null;
}

export interface YEntry {
  key: string;
  keyRange: Range;
  value: YNode;
}

export interface YMap extends NodeBase {
  kind: 'map';
  entries: YEntry[];
  flow: boolean;
}

export interface YSeq extends NodeBase {
  kind: 'seq';
  items: YNode[];
  flow: boolean;
}

export interface YScalar extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | bigint | null;
  style: ScalarStyle;
  /** The scalar's text as written in the document. */
  source: string;
}

export interface YAlias extends NodeBase {
  kind: 'alias';
  name: string;
  target: YNode | null;
}

export type YNode = YMap | YSeq | YScalar | YAlias;

/**
 * The one factory per kind: every tree node is made here (the yaml adapter, the incremental re-parse), so adding a
 * field is one edit. Each writes its fields in one order, so all nodes of a kind share one hidden class (a spread of
 * a shared base would not, and every later property read in rules and features would be megamorphic).
 */
export function mapNode(
  parent: YNode | null,
  keyRange: Range | null,
  segment: string | number | null,
  range: Range,
  flow: boolean,
): YMap {
  return { parent, keyRange, segment, kind: 'map', range, entries: [], flow };
}

export function seqNode(
  parent: YNode | null,
  keyRange: Range | null,
  segment: string | number | null,
  range: Range,
  flow: boolean,
): YSeq {
  return { parent, keyRange, segment, kind: 'seq', range, items: [], flow };
}

export function scalarNode(
  parent: YNode | null,
  keyRange: Range | null,
  segment: string | number | null,
  range: Range,
  value: YScalar['value'],
  style: ScalarStyle,
  source: string,
): YScalar {
  return { parent, keyRange, segment, kind: 'scalar', range, value, style, source };
}

export function aliasNode(
  parent: YNode | null,
  keyRange: Range | null,
  segment: string | number | null,
  range: Range,
  name: string,
  target: YNode | null,
): YAlias {
  return { parent, keyRange, segment, kind: 'alias', range, name, target };
}

/** Follows aliases to the node that holds the value. */
export function resolved(node: YNode | null | undefined): Exclude<YNode, YAlias> | null {
  let n: YNode | null | undefined = node;
  for (let i = 0; n && n.kind === 'alias' && i < 64; i++) n = n.target;
  return n && n.kind !== 'alias' ? n : null;
}

export function get(node: YNode | null | undefined, key: string): YNode | null {
  const m = resolved(node);
  if (!m || m.kind !== 'map') return null;
  for (const e of m.entries) if (e.key === key) return e.value;
  return null;
}

export function entry(node: YNode | null | undefined, key: string): YEntry | null {
  const m = resolved(node);
  if (!m || m.kind !== 'map') return null;
  for (const e of m.entries) if (e.key === key) return e;
  return null;
}

export function items(node: YNode | null | undefined): YNode[] {
  const s = resolved(node);
  return s && s.kind === 'seq' ? s.items : [];
}

export function scalar(node: YNode | null | undefined): YScalar | null {
  const s = resolved(node);
  return s && s.kind === 'scalar' ? s : null;
}

/** The string value of a scalar node, or null. */
export function str(node: YNode | null | undefined): string | null {
  const s = scalar(node);
  return s && typeof s.value === 'string' ? s.value : null;
}

export function isMap(node: YNode | null | undefined): node is YMap {
  return resolved(node)?.kind === 'map';
}

/**
 * The keys and indexes under which a node's parents hold it, from the root down ([] for the root): made when asked
 * (a feature asks of a few nodes), not stored in every node of every parse (a pointer string was ~6 % of the parse).
 */
export function pathOf(node: YNode): string[] {
  const path: string[] = [];
  for (let n: YNode = node; n.parent !== null && n.segment !== null; n = n.parent) path.push(String(n.segment));
  return path.reverse();
}

/** The JSON pointer of a node ('' for the root): its `pathOf`, escaped. */
export function pointerOf(node: YNode): string {
  return pathOf(node)
    .map((s) => `/${pointerSegment(s)}`)
    .join('');
}

/** Escapes one JSON pointer segment. */
export function pointerSegment(s: string | number): string {
  const t = String(s);
  // most keys need no escape: no new strings for them (one per node of every parse)
  if (t.indexOf('~') < 0 && t.indexOf('/') < 0) return t;
  return t.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The node at a JSON pointer, and how far the walk got when it stops early. */
export function atPointer(
  root: YNode | null,
  pointer: string,
  options: { index?: EntryIndex } = {},
): { node: YNode | null; deepest: YNode | null } {
  let node: YNode | null = root;
  let deepest: YNode | null = root;
  for (const seg of parsePointer(pointer)) {
    const n = resolved(node);
    if (!n) return { node: null, deepest };
    let next: YNode | null = null;
    if (n.kind === 'map')
      next = (options.index ? options.index.entry(n, seg) : n.entries.find((e) => e.key === seg))?.value ?? null;
    else if (n.kind === 'seq') next = n.items[Number(seg)] ?? null;
    if (!next) return { node: null, deepest };
    node = next;
    deepest = next;
  }
  return { node, deepest };
}

/**
 * The entries of mappings by key, each mapping indexed once on first use (the first entry of a key, as
 * `entries.find` gives): for callers that look up many keys of one large mapping, such as the mapping of
 * thousands of schema errors.
 */
export class EntryIndex {
  private readonly maps = new Map<YMap, Map<string, YEntry>>();

  entry(map: YMap, key: string): YEntry | undefined {
    let byKey = this.maps.get(map);
    if (!byKey) {
      byKey = new Map();
      for (const e of map.entries) if (!byKey.has(e.key)) byKey.set(e.key, e);
      this.maps.set(map, byKey);
    }
    return byKey.get(key);
  }
}

/** The innermost node whose key or value range contains the offset. */
export function nodeAt(root: YNode | null, offset: number): YNode | null {
  let best: YNode | null = null;
  const visit = (n: YNode): void => {
    const inValue = n.range.start <= offset && offset <= n.range.end;
    const inKey = n.keyRange !== null && n.keyRange.start <= offset && offset <= n.keyRange.end;
    if (!inValue && !inKey) return;
    best = n;
    if (inValue) {
      if (n.kind === 'map') for (const e of n.entries) visit(e.value);
      else if (n.kind === 'seq') for (const i of n.items) visit(i);
    }
  };
  if (root) visit(root);
  return best;
}

export function walk(root: YNode | null, fn: (node: YNode) => void): void {
  if (!root) return;
  const stack: YNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as YNode;
    fn(n);
    if (n.kind === 'map') for (let i = n.entries.length - 1; i >= 0; i--) stack.push(n.entries[i]!.value);
    else if (n.kind === 'seq') for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]!);
  }
}

/**
 * The plain (JSON-like) value of a tree without aliases (the quick path's): mappings as objects in their key order,
 * sequences as arrays, scalars as their values.
 */
export function plainValueOf(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainValueOf);
  if (node.kind === 'alias') return node.target ? plainValueOf(node.target) : null;
  const obj: Record<string, unknown> = {};
  for (const e of node.entries) setKey(obj, e.key, plainValueOf(e.value));
  return obj;
}

/** Sets a key of a plain value; `__proto__` (the one accessor of Object.prototype) as own data, so that it pollutes nothing. */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
