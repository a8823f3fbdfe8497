/**
 * The one adapter that owns the `yaml` package: text → the project's own tree (ranges, JSON pointers,
 * parents) and the plain value that schema validation sees. Parsing never fails: it returns a tree and
 * findings. Aliases share their anchor's value and their expansion is budgeted, so an alias bomb is
 * reported instead of blowing up memory or validation time.
 */
import {
  Composer,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Parser,
  Scalar,
  YAMLMap,
  type CST,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
type CstToken = CST.Token;
import type { Range } from '../types';
import { libraryMessage, yamlFinding, type YamlFinding } from './messages';
import { quickParse } from './quick';
import type { QuickChars } from './scan';
import {
  aliasNode,
  mapNode,
  resolved,
  scalarNode,
  seqNode,
  setKey,
  walk,
  type ScalarStyle,
  type YAlias,
  type YEntry,
  type YNode,
  type YScalar,
} from './tree';

export interface ParsedYaml {
  text: string;
  /** The tree of the document, or null for an empty document. */
  root: YNode | null;
  /** The plain (JSON-like) value of the document. */
  value: unknown;
  /**
   * `yaml/*` findings: the yaml library's errors and warnings, with its own codes. Each keeps its message
   * without a language too (`text`), for the engine to render in the dataset's language.
   */
  findings: YamlFinding[];
  /** Anchors by name (the last definition wins, as in YAML). */
  anchors: Map<string, YNode>;
}

export interface ParseLimits {
  /** Most nodes the value may have once aliases are expanded. */
  maxExpandedNodes: number;
  /** Deepest nesting of collections that is read (default 256); a deeper document is reported, not read. */
  maxDepth?: number;
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

class Builder {
  readonly anchors = new Map<string, YNode>();
  readonly findings: YamlFinding[] = [];
  private readonly values = new Map<YNode, unknown>();
  private readonly sizes = new Map<YNode, number>();
  private readonly aliases: YAlias[] = [];

  constructor(private readonly text: string) {}

  build(
    n: YamlNode | null | undefined,
    parent: YNode | null,
    keyRange: Range | null,
    segment: string | number | null,
    fallback: number,
  ): YNode {
    let out: YNode;
    if (isMap(n)) {
      const map = mapNode(parent, keyRange, segment, rangeOf(n, fallback), !!n.flow);
      // duplicate keys, found here in linear time: the yaml library's own check (uniqueKeys) compares every key
      // with every earlier one, which takes minutes on a mapping with 100,000 keys. Same equality: scalar values.
      const firstOf = new Map<string, YEntry>();
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as YamlNode | null;
        const kr = rangeOf(k, map.range.start);
        let key: string;
        if (k == null) key = '';
        else if (isScalar(k)) key = k.value === null ? '' : String(k.value);
        else if (isAlias(k)) key = this.aliasKey(k.source, kr);
        else key = this.text.slice(kr.start, kr.end);
        // a key can carry an anchor (`&a key: v`), or hold anchors inside a complex key: register them
        if (k != null && !isAlias(k) && (!isScalar(k) || (k as { anchor?: string }).anchor))
          this.build(k, map, null, key, kr.start);
        const v = pair.value as YamlNode | null;
        const value = this.build(v, map, kr, key, kr.end);
        const ent: YEntry = { key, keyRange: kr, value };
        map.entries.push(ent);
        if (k == null || (isScalar(k) && !Number.isNaN(k.value))) {
          const id = k == null ? '\0none' : `${typeof k.value}:${String(k.value)}`;
          const first = firstOf.get(id);
          if (!first) firstOf.set(id, ent);
          else {
            const shown = key.length > 40 ? `${key.slice(0, 39)}…` : key;
            this.findings.push(
              yamlFinding({
                code: 'yaml/DUPLICATE_KEY',
                severity: 'error',
                text: { key: 'yaml/DUPLICATE_KEY', params: { key: shown } },
                range: kr,
                related: [{ range: first.keyRange, text: { key: 'yaml/DUPLICATE_KEY.first', params: { key: shown } } }],
              }),
            );
          }
        }
      }
      out = map;
    } else if (isSeq(n)) {
      const seq = seqNode(parent, keyRange, segment, rangeOf(n, fallback), !!n.flow);
      n.items.forEach((item, i) => {
        // a pair straight in a sequence (`[a: 1]`, an unresolved !!omap/!!pairs) is a one-entry mapping
        const node = isPair(item) ? this.pairAsMap(item as never) : (item as YamlNode);
        seq.items.push(this.build(node, seq, null, i, seq.range.start));
      });
      out = seq;
    } else if (isAlias(n)) {
      const alias = aliasNode(
        parent,
        keyRange,
        segment,
        rangeOf(n, fallback),
        n.source,
        this.anchors.get(n.source) ?? null,
      );
      this.aliases.push(alias);
      out = alias;
    } else if (isScalar(n)) {
      const range = rangeOf(n, fallback);
      const v = n.value;
      const value = v === undefined ? null : (v as YScalar['value']);
      out = scalarNode(
        parent,
        keyRange,
        segment,
        range,
        value,
        range.start === range.end ? 'empty' : styleOf(n),
        this.text.slice(range.start, range.end),
      );
    } else {
      out = scalarNode(parent, keyRange, segment, { start: fallback, end: fallback }, null, 'empty', '');
    }
    const anchor = n && 'anchor' in n ? (n as { anchor?: string }).anchor : undefined;
    if (anchor) this.anchors.set(anchor, out);
    return out;
  }

  /** The key an alias key stands for: its anchor's scalar value (a collection anchor keeps the alias text). */
  private aliasKey(name: string, kr: Range): string {
    const t = resolved(this.anchors.get(name));
    if (t && t.kind === 'scalar') return t.value === null ? '' : String(t.value);
    return this.text.slice(kr.start, kr.end);
  }

  private pairAsMap(pair: Pair): YamlNode {
    const map = new YAMLMap();
    map.items.push(pair);
    const kr = (pair.key as YamlNode | null)?.range;
    const vr = (pair.value as YamlNode | null)?.range;
    if (kr || vr) map.range = [kr?.[0] ?? vr![0], vr?.[1] ?? kr![1], vr?.[2] ?? kr![2]];
    map.flow = true;
    return map;
  }

  /** Number of nodes of the value once aliases are expanded, memoised per node. */
  private size(node: YNode, depth = 0): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (depth > 10_000) return Infinity;
    let n = 1;
    if (node.kind === 'map') for (const e of node.entries) n += this.size(e.value, depth + 1);
    else if (node.kind === 'seq') for (const i of node.items) n += this.size(i, depth + 1);
    else if (node.kind === 'alias' && node.target) {
      this.sizes.set(node, Infinity); // an alias inside its own anchor would never end
      n = this.size(node.target, depth + 1);
    }
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
        const first = this.aliases[0]!;
        this.findings.push(
          yamlFinding({
            code: 'yaml/ALIAS_EXPANSION',
            severity: 'error',
            // a number: each language writes it its own way (500,000)
            text: { key: 'yaml/ALIAS_EXPANSION', params: { limit: limits.maxExpandedNodes } },
            range: first.range,
          }),
        );
      }
    }
    return this.toValue(root, expandAliases, 0);
  }

  private toValue(node: YNode, expandAliases: boolean, depth: number): unknown {
    if (node.kind === 'scalar') return node.value;
    if (node.kind === 'alias')
      return expandAliases && node.target && depth < 10_000
        ? this.toValue(node.target, expandAliases, depth + 1)
        : null;
    // a collection is memoised only when aliases may share it (an alias's value is its anchor's, the same object):
    // a map entry per node of a large plan kept the garbage collector busy for nothing
    const memo = this.aliases.length > 0;
    const known = memo ? this.values.get(node) : undefined;
    if (known !== undefined) return known;
    if (node.kind === 'seq') {
      const arr: unknown[] = [];
      if (memo) this.values.set(node, arr);
      for (const i of node.items) arr.push(this.toValue(i, expandAliases, depth + 1));
      return arr;
    }
    const obj: Record<string, unknown> = {};
    if (memo) this.values.set(node, obj);
    for (const e of node.entries) setKey(obj, e.key, this.toValue(e.value, expandAliases, depth + 1));
    return obj;
  }
}

function yamlFindings(doc: Document.Parsed, textLength: number): YamlFinding[] {
  const out: YamlFinding[] = [];
  const push = (e: { code: string; message: string; pos: [number, number] }, severity: 'error' | 'warning') => {
    const start = Math.min(e.pos[0], textLength);
    const end = Math.max(start, Math.min(e.pos[1], textLength));
    const message = e.message.split('\n')[0]!.replace(/\s+at line \d+, column \d+.*$/, '');
    out.push(
      yamlFinding({ code: `yaml/${e.code}`, severity, text: libraryMessage(e.code, message), range: { start, end } }),
    );
  };
  for (const e of doc.errors) push(e, 'error');
  for (const w of doc.warnings) push(w, 'warning');
  return out;
}

// resolveKnownTags: false keeps to the YAML 1.2 core schema: `!!binary`, `!!timestamp`, `!!set`, `!!omap` are not
// turned into Buffers, Dates or Maps (which JSON Schema cannot see); the tag is reported and the value stays plain.
// uniqueKeys: false: duplicate keys are found by the Builder (see there), in linear time.
const parseOptions = {
  prettyErrors: false,
  uniqueKeys: false,
  version: '1.2',
  schema: 'core',
  strict: true,
  resolveKnownTags: false,
} as const;

/**
 * The text as the yaml library should read it: a lone CR is a line break in YAML 1.2 (as LF and CR LF are),
 * but the library reads only LF. Each lone CR becomes LF, which keeps every offset (one character for one),
 * so the tree's ranges and the line numbering (LineIndex, which breaks lines at CR, LF and CR LF) agree.
 * Line breaks in scalar content are normalised to LF anyway (YAML 1.2, 5.4).
 */
export function yamlLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Parses every document of a stream (for conformance and multi-document YAML). */
export function parseYamlStream(text: string, limits: ParseLimits = defaultLimits): ParsedYaml[] {
  // parseAllDocuments, in two steps: the CST parser is iterative, but composing recurses once per level of
  // nesting, and near the end of the stack V8 can abort the whole process (a regex compiled there fails with
  // "RegExpCompiler Allocation failed"). So the nesting depth is measured on the CST first.
  const tokens = Array.from(new Parser().parse(yamlLineBreaks(text)));
  const deep = tooDeep(tokens, limits.maxDepth ?? defaultMaxDepth);
  if (deep !== null) {
    const at = Math.min(deep, text.length);
    return [
      {
        text,
        root: null,
        value: null,
        anchors: new Map(),
        findings: [
          yamlFinding({
            code: 'yaml/RESOURCE_EXHAUSTION',
            severity: 'error',
            text: { key: 'yaml/RESOURCE_EXHAUSTION', params: { depth: String(limits.maxDepth ?? defaultMaxDepth) } },
            range: { start: at, end: Math.min(at + 1, text.length) },
          }),
        ],
      },
    ];
  }
  const composer = new Composer(parseOptions);
  const docs = Array.from(composer.compose(tokens)) as Document.Parsed[] & {
    errors?: Array<{ code: string; message: string; pos: [number, number] }>;
  };
  if (docs.length === 0) docs.errors = composer.streamInfo().errors;
  const out: ParsedYaml[] = [];
  if (docs.length === 0) {
    // an empty stream: it may still carry errors (a lone `]`, say)
    const findings: YamlFinding[] = [];
    for (const e of docs.errors ?? [])
      findings.push(
        yamlFinding({
          code: `yaml/${e.code}`,
          severity: 'error',
          text: libraryMessage(e.code, e.message.split('\n')[0]!),
          range: { start: Math.min(e.pos[0], text.length), end: Math.min(e.pos[1], text.length) },
        }),
      );
    return [{ text, root: null, value: null, findings, anchors: new Map() }];
  }
  // A stream of only comments and `...` markers holds no document (YAML 1.2, 9.2); the yaml library still
  // makes an empty one for each `...`. Drop such bare empty documents, keeping whatever they report.
  const list = docs.filter((d) => !(isBareEmpty(d) && d.errors.length === 0 && d.warnings.length === 0));
  if (list.length === 0) return [{ text, root: null, value: null, findings: [], anchors: new Map() }];
  for (const doc of list) out.push(fromDocument(text, doc, limits));
  return out;
}

const defaultMaxDepth = 256;

/** The offset of the first collection nested deeper than `max` levels in the CST, or null. Iterative. */
function tooDeep(tokens: CstToken[], max: number): number | null {
  const stack: Array<[CstToken | undefined, number]> = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [t, depth] = stack.pop()!;
    if (!t) continue;
    if (t.type === 'document') stack.push([t.value, depth]);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth + 1 > max) return t.offset;
      for (const it of t.items as Array<{ key?: CstToken | null; value?: CstToken }>) {
        if (it.key) stack.push([it.key, depth + 1]);
        if (it.value) stack.push([it.value, depth + 1]);
      }
    }
  }
  return null;
}

/** A document with no `---`, no directives and no content: only comments before a `...` marker. */
function isBareEmpty(doc: Document.Parsed): boolean {
  const c = doc.contents as YamlNode | null;
  if (doc.directives?.docStart) return false;
  if (doc.directives && (doc.directives.yaml.explicit || Object.keys(doc.directives.tags).length > 2)) return false;
  if (c && !(isScalar(c) && c.value == null && c.range && c.range[0] === c.range[1] && !c.tag && !c.anchor))
    return false;
  return true;
}

/**
 * An alias without its anchor is an error (the yaml library composes it silently). Duplicate keys are not the
 * library's to report: with `uniqueKeys: false` it never does, and the Builder finds them (see there).
 */
function unresolvedAliases(findings: YamlFinding[], root: YNode | null): void {
  walk(root, (n) => {
    if (n.kind === 'alias' && !n.target)
      findings.push(
        yamlFinding({
          code: 'yaml/UNRESOLVED_ALIAS',
          severity: 'error',
          text: { key: 'yaml/UNRESOLVED_ALIAS', params: { name: n.name } },
          range: n.range,
        }),
      );
  });
}

function fromDocument(text: string, doc: Document.Parsed, limits: ParseLimits): ParsedYaml {
  const b = new Builder(text);
  const contents = doc.contents as YamlNode | null;
  const root = contents ? b.build(contents, null, null, null, 0) : null;
  const findings = yamlFindings(doc, text.length);
  unresolvedAliases(findings, root);
  const value = b.value(root, limits);
  findings.push(...b.findings);
  return { text, root, value, findings, anchors: b.anchors };
}

/**
 * Parses one YAML document (a plan, a region registry, a config). A stream of several documents is an
 * error (`yaml/MULTIPLE_DOCS`) on the second one; the first is still checked.
 */
export function parseYaml(
  text: string,
  limits: ParseLimits = defaultLimits,
  chars: QuickChars = 'unknown',
): ParsedYaml {
  return quickParse(text, chars) ?? parseWhole(text, limits);
}

/** parseYaml without the quick path: the yaml library's CST parser and composer, for any YAML. */
export function parseWhole(text: string, limits: ParseLimits = defaultLimits): ParsedYaml {
  const docs = parseYamlStream(text, limits);
  const first: ParsedYaml = docs[0] ?? { text, root: null, value: null, findings: [], anchors: new Map() };
  for (const d of docs.slice(1)) {
    first.findings.push(...d.findings);
    const start = d.root ? d.root.range.start : text.length;
    first.findings.push(
      yamlFinding({
        code: 'yaml/MULTIPLE_DOCS',
        severity: 'error',
        text: { key: 'yaml/MULTIPLE_DOCS', params: {} },
        range: { start, end: start },
      }),
    );
  }
  return first;
}

/** Where the incremental re-parse puts a fragment's node: what the full parse would pass to the builder there. */
export interface FragmentPlace {
  parent: YNode;
  segment: number;
  fallback: number;
}

/** One sequence item or one top-level entry parsed on its own (see parseItemFragment, parseEntryFragment). */
export interface Fragment {
  node: YNode;
  value: unknown;
  /** The entry's key and key range (entries only). */
  key: string;
  keyRange: Range | null;
  /** The yaml library's node end (with trailing comments) of the item or the entry's value. */
  nodeEnd: number;
  /** The yaml library's node end of the fragment's sequence or mapping (with trailing comments). */
  collectionEnd: number;
}

/**
 * For the incremental re-parse (core/incremental): parses `text.slice(start, end)` (from a line start) on its
 * own, with the options of a full parse and every offset counted from the start of the whole text. Returns the
 * one document, or a reason when it is not one clean document (errors, warnings, markers, directives, too deep).
 */
function parseFragment(text: string, start: number, end: number, maxDepth: number): Document.Parsed | string {
  const parser = new Parser();
  parser.offset = start; // the CST counts offsets from here, and so do the nodes composed from it
  const tokens = Array.from(parser.parse(yamlLineBreaks(text.slice(start, end))));
  if (tooDeep(tokens, maxDepth) !== null) return 'nested too deeply';
  const docs = Array.from(new Composer(parseOptions).compose(tokens)) as Document.Parsed[];
  if (docs.length !== 1) return 'not one document';
  const d = docs[0]!;
  if (d.errors.length || d.warnings.length) return 'YAML errors or warnings';
  if (d.directives?.docStart || d.directives?.docEnd) return 'document markers';
  return d;
}

/**
 * Parses one item of a block sequence on its own: `text.slice(start, end)` must be exactly one block-sequence
 * item, at the depth of a top-level sequence's items. Builds it as the full parse would at `at`.
 */
export function parseItemFragment(text: string, start: number, end: number, at: FragmentPlace): Fragment | string {
  const doc = parseFragment(text, start, end, defaultMaxDepth - 2);
  if (typeof doc === 'string') return doc;
  const seq = doc.contents as YamlNode | null;
  if (!isSeq(seq) || seq.flow || seq.items.length !== 1 || !seq.range) return 'not one block-sequence item';
  const item = seq.items[0] as YamlNode;
  if (!item || isPair(item) || !item.range) return 'not one block-sequence item';
  const b = new Builder(text);
  const node = b.build(item, at.parent, null, at.segment, at.fallback);
  if (b.anchors.size || b.findings.length) return 'anchors or findings';
  return {
    node,
    value: b.value(node, defaultLimits),
    key: '',
    keyRange: null,
    nodeEnd: item.range[2],
    collectionEnd: seq.range[2],
  };
}

/**
 * Parses one top-level entry on its own: `text.slice(start, end)` must be exactly one `key: value` of a block
 * mapping, with a plain text key (no anchor, no tag) at `start`. Builds its value as the full parse would.
 */
export function parseEntryFragment(text: string, start: number, end: number, parent: YNode): Fragment | string {
  const doc = parseFragment(text, start, end, defaultMaxDepth - 1);
  if (typeof doc === 'string') return doc;
  const map = doc.contents as YamlNode | null;
  if (!isMap(map) || map.flow || map.items.length !== 1 || !map.range) return 'not one block-mapping entry';
  const pair = map.items[0]!;
  const k = pair.key as YamlNode | null;
  if (
    !isScalar(k) ||
    !k.range ||
    k.range[0] !== start ||
    k.anchor ||
    k.tag ||
    k.type !== Scalar.PLAIN ||
    typeof k.value !== 'string'
  )
    return 'not a plain text key at the line start';
  const key = k.value;
  const keyRange = rangeOf(k, start);
  const b = new Builder(text);
  const v = pair.value as YamlNode | null;
  const node = b.build(v, parent, keyRange, key, keyRange.end);
  if (b.anchors.size || b.findings.length) return 'anchors or findings';
  return {
    node,
    value: b.value(node, defaultLimits),
    key,
    keyRange,
    nodeEnd: v?.range ? v.range[2] : keyRange.end,
    collectionEnd: map.range[2],
  };
}
