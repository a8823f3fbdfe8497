/**
 * The one adapter that owns the `yaml` package: text → the project's own tree (ranges, JSON pointers,
 * parents) and the plain value that schema validation sees. Parsing never fails: it returns a tree and
 * findings. Aliases share their anchor's value and their expansion is budgeted, so an alias bomb is
 * reported instead of blowing up memory or validation time.
 */
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type Node as YamlNode } from 'yaml';
import type { Finding, Range } from '../types';
import { pointerSegment, type ScalarStyle, type YAlias, type YMap, type YNode, type YScalar, type YSeq } from './tree';

export interface ParsedYaml {
  text: string;
  /** The tree of the document, or null for an empty document. */
  root: YNode | null;
  /** The plain (JSON-like) value of the document. */
  value: unknown;
  /** `yaml/*` findings: the yaml library's errors and warnings, with its own codes. */
  findings: Finding[];
  /** Anchors by name (the last definition wins, as in YAML). */
  anchors: Map<string, YNode>;
}

export interface ParseLimits {
  /** Most nodes the value may have once aliases are expanded. */
  maxExpandedNodes: number;
}

export const defaultLimits: ParseLimits = { maxExpandedNodes: 500_000 };

function styleOf(s: Scalar): ScalarStyle {
  switch (s.type) {
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.BLOCK_LITERAL:
      return 'block-literal';
    case Scalar.BLOCK_FOLDED:
      return 'block-folded';
    default:
      return 'plain';
  }
}

function rangeOf(node: YamlNode | null | undefined, fallback: number): Range {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : { start: fallback, end: fallback };
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty so that keys such as __proto__ stay plain data and pollute nothing
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

class Builder {
  readonly anchors = new Map<string, YNode>();
  readonly findings: Finding[] = [];
  private readonly values = new Map<YNode, unknown>();
  private readonly sizes = new Map<YNode, number>();
  private readonly aliases: YAlias[] = [];

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
  ) {}

  build(n: YamlNode | null | undefined, pointer: string, parent: YNode | null, keyRange: Range | null, segment: string | number | null, fallback: number): YNode {
    const base = { pointer, parent, keyRange, segment };
    let out: YNode;
    if (isMap(n)) {
      const map: YMap = { ...base, kind: 'map', range: rangeOf(n, fallback), entries: [], flow: !!n.flow };
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as YamlNode | null;
        const kr = rangeOf(k, map.range.start);
        let key: string;
        if (k == null) key = '';
        else if (isScalar(k)) key = k.value === null ? '' : String(k.value);
        else key = this.text.slice(kr.start, kr.end);
        const v = pair.value as YamlNode | null;
        const value = this.build(v, `${pointer}/${pointerSegment(key)}`, map, kr, key, kr.end);
        map.entries.push({ key, keyRange: kr, value });
      }
      out = map;
    } else if (isSeq(n)) {
      const seq: YSeq = { ...base, kind: 'seq', range: rangeOf(n, fallback), items: [], flow: !!n.flow };
      n.items.forEach((item, i) => {
        seq.items.push(this.build(item as YamlNode, `${pointer}/${i}`, seq, null, i, seq.range.start));
      });
      out = seq;
    } else if (isAlias(n)) {
      const alias: YAlias = { ...base, kind: 'alias', range: rangeOf(n, fallback), name: n.source, target: this.anchors.get(n.source) ?? null };
      this.aliases.push(alias);
      out = alias;
    } else if (isScalar(n)) {
      const range = rangeOf(n, fallback);
      const v = n.value;
      const value = v === undefined ? null : (v as YScalar['value']);
      const s: YScalar = { ...base, kind: 'scalar', range, value, style: range.start === range.end ? 'empty' : styleOf(n), source: this.text.slice(range.start, range.end) };
      out = s;
    } else {
      out = { ...base, kind: 'scalar', range: { start: fallback, end: fallback }, value: null, style: 'empty', source: '' };
    }
    const anchor = n && 'anchor' in n ? (n as { anchor?: string }).anchor : undefined;
    if (anchor) this.anchors.set(anchor, out);
    return out;
  }

  /** Number of nodes of the value once aliases are expanded, memoised per node. */
  private size(node: YNode, depth = 0): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (depth > 10_000) return Infinity;
    let n = 1;
    if (node.kind === 'map') for (const e of node.entries) n += this.size(e.value, depth + 1);
    else if (node.kind === 'seq') for (const i of node.items) n += this.size(i, depth + 1);
    else if (node.kind === 'alias') n = node.target && !this.sizes.has(node) ? (this.sizes.set(node, Infinity), this.size(node.target, depth + 1)) : n;
    this.sizes.set(node, n);
    return n;
  }

  value(root: YNode | null, limits: ParseLimits): unknown {
    if (!root) return null;
    let expandAliases = true;
    if (this.aliases.length > 0) {
      const total = this.size(root);
      if (total > limits.maxExpandedNodes) {
        expandAliases = false;
        const first = this.aliases[0];
        this.findings.push({
          code: 'yaml/ALIAS_EXPANSION',
          severity: 'error',
          message: `aliases expand this document to over ${limits.maxExpandedNodes.toLocaleString('en-US')} values (an alias bomb); aliases were not expanded`,
          range: first.range,
        });
      }
    }
    return this.toValue(root, expandAliases, 0);
  }

  private toValue(node: YNode, expandAliases: boolean, depth: number): unknown {
    const known = this.values.get(node);
    if (known !== undefined) return known;
    let v: unknown;
    if (node.kind === 'scalar') v = node.value;
    else if (node.kind === 'alias') v = expandAliases && node.target && depth < 10_000 ? this.toValue(node.target, expandAliases, depth + 1) : null;
    else if (node.kind === 'seq') {
      const arr: unknown[] = [];
      this.values.set(node, arr);
      for (const i of node.items) arr.push(this.toValue(i, expandAliases, depth + 1));
      return arr;
    } else {
      const obj: Record<string, unknown> = {};
      this.values.set(node, obj);
      for (const e of node.entries) setKey(obj, e.key, this.toValue(e.value, expandAliases, depth + 1));
      return obj;
    }
    this.values.set(node, v);
    return v;
  }
}

function yamlFindings(doc: Document.Parsed, textLength: number): Finding[] {
  const out: Finding[] = [];
  const push = (e: { code: string; message: string; pos: [number, number] }, severity: 'error' | 'warning') => {
    const start = Math.min(e.pos[0], textLength);
    const end = Math.max(start, Math.min(e.pos[1], textLength));
    const message = e.message.split('\n')[0].replace(/\s+at line \d+, column \d+.*$/, '');
    out.push({ code: `yaml/${e.code}`, severity, message, range: { start, end } });
  };
  for (const e of doc.errors) push(e, 'error');
  for (const w of doc.warnings) push(w, 'warning');
  return out;
}

const parseOptions = { prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core', strict: true } as const;

/** Parses every document of a stream (for conformance and multi-document YAML). */
export function parseYamlStream(text: string, limits: ParseLimits = defaultLimits): ParsedYaml[] {
  const docs = parseAllDocuments(text, parseOptions) as Document.Parsed[] & { errors?: Array<{ code: string; message: string; pos: [number, number] }> };
  const out: ParsedYaml[] = [];
  if (docs.length === 0) {
    // an empty stream: it may still carry errors (a lone `]`, say)
    const findings: Finding[] = [];
    for (const e of docs.errors ?? []) findings.push({ code: `yaml/${e.code}`, severity: 'error', message: e.message.split('\n')[0], range: { start: Math.min(e.pos[0], text.length), end: Math.min(e.pos[1], text.length) } });
    return [{ text, root: null, value: null, findings, anchors: new Map() }];
  }
  const list = docs;
  for (const doc of list) out.push(fromDocument(text, doc, limits));
  return out;
}

function fromDocument(text: string, doc: Document.Parsed, limits: ParseLimits): ParsedYaml {
  const b = new Builder(text, doc);
  const contents = doc.contents as YamlNode | null;
  const root = contents ? b.build(contents, '', null, null, null, 0) : null;
  const findings = yamlFindings(doc, text.length);
  const value = b.value(root, limits);
  findings.push(...b.findings);
  return { text, root, value, findings, anchors: b.anchors };
}

/**
 * Parses one YAML document (a plan, a region registry, a config). A stream of several documents is an
 * error (`yaml/MULTIPLE_DOCS`) on the second one; the first is still checked.
 */
export function parseYaml(text: string, limits: ParseLimits = defaultLimits): ParsedYaml {
  const docs = parseYamlStream(text, limits);
  const first = docs[0] ?? { text, root: null, value: null, findings: [], anchors: new Map() };
  for (let i = 1; i < docs.length; i++) {
    const d = docs[i];
    first.findings.push(...d.findings);
    const start = d.root ? d.root.range.start : text.length;
    first.findings.push({ code: 'yaml/MULTIPLE_DOCS', severity: 'error', message: 'a plan file holds one YAML document; remove this extra one (or the --- before it)', range: { start, end: start } });
  }
  return first;
}
