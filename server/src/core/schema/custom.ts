/**
 * Custom schemas: an organisation's own JSON Schemas (draft 7 or 2020-12, also draft 6 and 2019-09, picked
 * by `$schema`), applied on top of the built-in ones to plan files and to any other YAML file of a dataset.
 *
 * Pure: the schema documents (the schema and every local document it `$ref`s) are passed in as data, by
 * absolute URI. Nothing is fetched: a reference to a document that was not passed in is reported
 * (`schema/remote-ref` for http(s), `schema/unreadable` for a local file) and treated as allowing anything,
 * so the rest of the schema still checks.
 *
 * Guards, so that a hostile schema cannot hang or crash the server:
 * - a `$ref` cycle that never descends into the data (`a → b → a`, `{"$ref": "#"}`) is found before ajv
 *   sees it (ajv would recurse until the stack is gone) and reported as `schema/ref-cycle`;
 * - `pattern`/`patternProperties` go through a pattern engine (ajv's `code.regExp`). Every pattern that a
 *   linear-time engine can take with its JavaScript meaning runs there (linearPattern.ts). The rest
 *   (look-around, back-references) falls back: the default engine here refuses risky shapes and long
 *   values; the node side runs them under a time limit (see node/schemas.ts). A pattern that is not
 *   enforced is reported as `schema/unsafe-pattern`, naming the pattern.
 * - a stack overflow that gets through anyway is caught and reported, and the schema is not used again.
 *
 * Findings from custom schemas go through the same `mapErrors` as the built-in ones: codes
 * `schema/<keyword>`, ranges on the offending key or value.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import draft6MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import addFormats from 'ajv-formats';
import type { DatasetContext } from '../dataset';
import { localeOf, type Locale } from '../i18n';
import { render, type Message } from '../i18n/message';
import type { ExtraCheck, ParsedDocument } from '../engine';
import type { Finding, Range, Severity } from '../types';
import type { YNode } from '../yaml/tree';
import { builtinSchemas, SCHEMA_BASE } from './store';
import { linearRegExp } from './linearPattern';
import { mapErrors } from './validate';
import { lineEndOf } from '../text';

/**
 * A schema document by absolute URI: its parsed JSON, or why it could not be had (in English, and as a message
 * without a language when the driver gives one: it is rendered in the language of the check).
 */
export type SchemaDoc = { json: unknown } | { error: string; problem?: Message };
export type SchemaDocs = ReadonlyMap<string, SchemaDoc>;

export interface RegExpLike {
  test(s: string): boolean;
}
/** Makes ajv's `code.regExp` for one compiled schema; `unsafe` records a pattern that is not enforced. */
export type PatternEngine = (
  unsafe: (pattern: string, reason: PatternProblem) => void,
) => (pattern: string, flags: string) => RegExpLike;

/**
 * Why a pattern is not enforced: the whole `schema/unsafe-pattern` message without a language (its catalogue key
 * and the parameters other than `pattern`, which the check fills in).
 */
export type PatternProblem = Message;

/** Where the association of a custom schema comes from: the `$schema` comment, or the dataset config (its file name). */
export type SchemaVia = { kind: 'comment' } | { kind: 'config'; file: string };

/** One custom schema that applies to a document. */
export interface CustomSchemaUse {
  /** Absolute URI of the schema document (file:///…/x.schema.json). */
  uri: string;
  /** Where the association comes from, for messages ("the dataset config", "the $schema comment"); a text is shown as it is. */
  via: SchemaVia | string;
  /** Where in the document to report problems of the schema itself. */
  range: Range;
  /** The schema document and every local document it references, by absolute URI (no fragment). */
  docs: SchemaDocs;
}

type Draft = '6' | '7' | '2019-09' | '2020-12';

interface Problem {
  code: string;
  severity: Severity;
  /** Without a language (a compiled schema serves every language); rendered by `check`. */
  text: Message;
  /** A message rendered as the `error` parameter of `text` (a schema file's problem), shortened to `max`. */
  error?: { text: Message; max: number };
}

interface Compiled {
  /** The documents (by identity) it was compiled from: a change of any recompiles. */
  identity: Array<[string, unknown]>;
  validate: ValidateFunction | null;
  problems: Problem[];
  /** Patterns that are not enforced, with the reason. */
  unsafe: Map<string, PatternProblem>;
}

const MAX_PROBLEMS = 20;

function short(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function draftOf(schemaUri: unknown): Draft | 'unsupported' | null {
  if (typeof schemaUri !== 'string') return null;
  if (/json-schema\.org\/draft-07\/schema/.test(schemaUri)) return '7';
  if (/json-schema\.org\/draft-06\/schema/.test(schemaUri)) return '6';
  if (/json-schema\.org\/draft\/2019-09\/schema/.test(schemaUri)) return '2019-09';
  if (/json-schema\.org\/draft\/2020-12\/schema/.test(schemaUri)) return '2020-12';
  if (/json-schema\.org\/(draft-0[0-5]|draft-03|draft-04)\/schema/.test(schemaUri)) return 'unsupported';
  return null;
}

function stripFragment(uri: string): string {
  const i = uri.indexOf('#');
  return i >= 0 ? uri.slice(0, i) : uri;
}

function resolveUri(ref: string, base: string): string | null {
  try {
    return new URL(ref, base).href;
  } catch {
    // a base that is not a URL (an id such as "#foo" or "urn:…" that URL cannot join): best effort
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
    return null;
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Keywords whose values are data, not schemas: their `$ref`/`$id` keys mean nothing. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/**
 * Walks every schema object of a document with its base URI (following `$id`), calling `visit`.
 * Iterative, so a deep schema cannot exhaust the stack.
 */
function walkSchema(
  json: unknown,
  retrieval: string,
  draft: Draft,
  visit: (s: Record<string, unknown>, base: string) => void,
): void {
  const stack: Array<[unknown, string]> = [[json, retrieval]];
  let guard = 0;
  while (stack.length && guard++ < 1_000_000) {
    const [node, base0] = stack.pop()!;
    if (Array.isArray(node)) {
      for (const x of node) stack.push([x, base0]);
      continue;
    }
    if (!isObject(node)) continue;
    let base = base0;
    const id = node.$id;
    const ignoresSiblings = (draft === '7' || draft === '6') && typeof node.$ref === 'string';
    if (typeof id === 'string' && !id.startsWith('#') && !ignoresSiblings)
      base = stripFragment(resolveUri(id, base) ?? base);
    visit(node, base);
    for (const [k, v] of Object.entries(node))
      if (!DATA_KEYWORDS.has(k) && typeof v === 'object' && v !== null) stack.push([v, base]);
  }
}

/**
 * The documents a schema document references (absolute URIs without fragment), other than itself and the
 * resources it embeds. The node side loads these from disk.
 */
export function referencedDocuments(json: unknown, retrieval: string): string[] {
  const draft = (isObject(json) ? draftOf(json.$schema) : null) ?? '2020-12';
  const d: Draft = draft === 'unsupported' ? '7' : draft;
  const embedded = new Set<string>([stripFragment(retrieval)]);
  const refs = new Set<string>();
  walkSchema(json, retrieval, d, (s, base) => {
    embedded.add(base);
    for (const k of ['$ref', '$dynamicRef', '$recursiveRef']) {
      const r = s[k];
      if (typeof r !== 'string') continue;
      const abs = resolveUri(r, base);
      if (abs) refs.add(stripFragment(abs));
    }
  });
  // a meta-schema that is not one of the drafts is a document too (a custom vocabulary)
  if (isObject(json) && typeof json.$schema === 'string' && draftOf(json.$schema) === null) {
    const m = resolveUri(json.$schema, retrieval);
    if (m) refs.add(stripFragment(m));
  }
  return [...refs].filter((r) => !embedded.has(r));
}

/** Index of the schema objects reachable by URI: resources by id, anchors, for the cycle check. */
class SchemaIndex {
  readonly resources = new Map<string, unknown>();
  readonly anchors = new Map<string, unknown>();
  readonly baseOf = new Map<unknown, string>();

  add(json: unknown, retrieval: string, draft: Draft): void {
    this.resources.set(stripFragment(retrieval), json);
    walkSchema(json, retrieval, draft, (s, base) => {
      if (!this.baseOf.has(s)) this.baseOf.set(s, base);
      this.resources.set(base, this.resources.get(base) ?? s);
      const id = s.$id;
      if (typeof id === 'string' && !id.startsWith('#')) this.resources.set(base, s);
      if (typeof id === 'string' && id.startsWith('#') && id.length > 1) this.anchors.set(`${base}${id}`, s);
      for (const a of ['$anchor', '$dynamicAnchor', '$recursiveAnchor'])
        if (typeof s[a] === 'string') this.anchors.set(`${base}#${s[a] as string}`, s);
    });
  }

  resolve(ref: string, base: string): unknown {
    const abs = resolveUri(ref, base);
    if (!abs) return undefined;
    const hash = abs.indexOf('#');
    const doc = hash >= 0 ? abs.slice(0, hash) : abs;
    const fragment = hash >= 0 ? abs.slice(hash + 1) : '';
    const res = this.resources.get(doc);
    if (res === undefined) return undefined;
    if (!fragment) return res;
    if (!fragment.startsWith('/')) return this.anchors.get(`${doc}#${decodeURIComponent(fragment)}`);
    let cur: unknown = res;
    for (const seg of fragment.slice(1).split('/')) {
      const s = decodeURIComponent(seg).replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(cur) && /^\d+$/.test(s)) cur = cur[Number(s)];
      else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, s)) cur = cur[s];
      else return undefined;
    }
    return cur;
  }
}

/**
 * A chain of references that comes back to where it started without descending into the data (only
 * `$ref` and in-place applicators such as allOf/anyOf/not/if on the way): validating would never end.
 * Returns the `$ref`s of the cycle, or null.
 */
export function findRefCycle(rootJson: unknown, rootUri: string, docs: SchemaDocs, draft: Draft): string[] | null {
  const index = new SchemaIndex();
  for (const [uri, d] of docs) if ('json' in d && uri !== rootUri) index.add(d.json, uri, draftOfDoc(d.json) ?? draft);
  index.add(rootJson, rootUri, draft);
  const legacy = draft === '7' || draft === '6';
  const edges = (s: unknown): Array<[unknown, string | null]> => {
    if (!isObject(s)) return [];
    const base = index.baseOf.get(s) ?? rootUri;
    const out: Array<[unknown, string | null]> = [];
    for (const k of ['$ref', '$dynamicRef', '$recursiveRef']) {
      const r = s[k];
      if (typeof r === 'string') {
        const t = index.resolve(r, base);
        if (t !== undefined) out.push([t, r]);
      }
    }
    if (legacy && typeof s.$ref === 'string') return out; // draft 7: siblings of $ref are ignored
    for (const k of ['allOf', 'anyOf', 'oneOf'])
      if (Array.isArray(s[k])) for (const x of s[k] as unknown[]) out.push([x, null]);
    for (const k of ['not', 'if', 'then', 'else']) if (s[k] !== undefined) out.push([s[k], null]);
    for (const k of ['dependentSchemas', ...(legacy ? ['dependencies'] : [])]) {
      const m = s[k];
      if (isObject(m)) for (const v of Object.values(m)) if (isObject(v)) out.push([v, null]);
    }
    return out;
  };
  // iterative depth-first search with colours: a grey node met again closes a cycle
  const colour = new Map<unknown, 1 | 2>();
  const stack: Array<{ node: unknown; via: string | null; next: Array<[unknown, string | null]>; i: number }> = [];
  const push = (node: unknown, via: string | null) => {
    colour.set(node, 1);
    stack.push({ node, via, next: edges(node), i: 0 });
  };
  push(rootJson, null);
  let steps = 0;
  while (stack.length && steps++ < 2_000_000) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.next.length) {
      colour.set(top.node, 2);
      stack.pop();
      continue;
    }
    const [child, via] = top.next[top.i++]!;
    const c = colour.get(child);
    if (c === 1) {
      const from = stack.findIndex((f) => f.node === child);
      const refs = [...stack.slice(from + 1).map((f) => f.via), via].filter((x): x is string => !!x);
      return refs.length ? refs : ['(allOf/anyOf/oneOf/not)'];
    }
    if (c === undefined && isObject(child)) push(child, via);
  }
  return null;
}

function draftOfDoc(json: unknown): Draft | null {
  const d = isObject(json) ? draftOf(json.$schema) : null;
  return d === 'unsupported' ? null : d;
}

/**
 * Whether a pattern's shape can backtrack catastrophically: a group repeated by `*`, `+` or `{n,m}` whose
 * body itself repeats or alternates (`(a+)+`, `(a|aa)*`, `(\w+\s?)*`), or a back-reference. Conservative:
 * some safe patterns (`^[a-z]+(-[a-z]+)*$`) are flagged too; see `defaultPatterns`.
 */
export function riskyPattern(pattern: string): string | null {
  interface Group {
    repeats: boolean;
    alternates: boolean;
  }
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let lastGroup: Group | null = null;
  const quantifierAt = (i: number): { unbounded: boolean; len: number } | null => {
    const c = pattern[i];
    if (c === '*' || c === '+') return { unbounded: true, len: pattern[i + 1] === '?' ? 2 : 1 };
    if (c === '?') return { unbounded: false, len: pattern[i + 1] === '?' ? 2 : 1 };
    if (c === '{') {
      const m = /^\{(\d*)(,(\d*))?\}\??/.exec(pattern.slice(i));
      if (!m) return null;
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      return { unbounded: max > 1, len: m[0].length };
    }
    return null;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    let atomEnd = i;
    let closed: Group | null = null;
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n !== undefined && /[1-9]/.test(n)) return 'a back-reference';
      if (n === 'k' && pattern[i + 2] === '<') return 'a back-reference';
      if (n === 'u' && pattern[i + 2] === '{') atomEnd = pattern.indexOf('}', i) >= 0 ? pattern.indexOf('}', i) : i + 1;
      else if ((n === 'p' || n === 'P') && pattern[i + 2] === '{')
        atomEnd = pattern.indexOf('}', i) >= 0 ? pattern.indexOf('}', i) : i + 1;
      else atomEnd = i + 1;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      atomEnd = j;
    } else if (c === '(') {
      stack.push({ repeats: false, alternates: false });
      if (pattern[i + 1] === '?') {
        // (?:…), (?=…), (?!…), (?<=…), (?<!…), (?<name>…)
        if (pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!')
          i = pattern.indexOf('>', i) >= 0 ? pattern.indexOf('>', i) : i;
        else i += pattern[i + 2] === '<' ? 3 : 2;
      }
      continue;
    } else if (c === ')') {
      if (stack.length > 1) closed = stack.pop()!;
      atomEnd = i;
    } else if (c === '|') {
      stack[stack.length - 1]!.alternates = true;
      continue;
    }
    const q = quantifierAt(atomEnd + 1);
    const top = stack[stack.length - 1]!;
    if (closed) {
      if (q?.unbounded && (closed.repeats || closed.alternates))
        return closed.repeats
          ? 'a repeated group that repeats inside (nested quantifiers)'
          : 'a repeated group of alternatives';
      if (closed.repeats || q?.unbounded) top.repeats = true;
      lastGroup = closed;
    } else if (q?.unbounded) top.repeats = true;
    i = q ? atomEnd + q.len : atomEnd;
  }
  void lastGroup;
  return null;
}

const MAX_DIRECT_INPUT = 10_000;

/** The message of each risky shape that `riskyPattern` names. */
const RISKS: Readonly<Record<string, PatternProblem['key']>> = {
  'a back-reference': 'schema/unsafe-pattern.back-reference',
  'a repeated group that repeats inside (nested quantifiers)': 'schema/unsafe-pattern.nested-quantifiers',
  'a repeated group of alternatives': 'schema/unsafe-pattern.repeated-alternatives',
};

const EN = localeOf('en');

/** How a message names where a schema's association comes from. */
function viaText(via: SchemaVia | string, locale: Locale): string {
  if (typeof via === 'string') return via;
  return via.kind === 'comment' ? locale.t('schema.via.comment') : locale.t('schema.via.config', { file: via.file });
}

/**
 * The pure default pattern engine: a pattern the linear-time engine takes (see linearPattern.ts) runs
 * there, on values of any length. The rest (look-around, back-references) falls back: a risky shape (see
 * `riskyPattern`) is not enforced and reported; a safe shape is not tested on values over 10,000
 * characters. The node side runs the fallback under a time limit instead.
 */
export const defaultPatterns: PatternEngine = (unsafe) => (pattern, flags) => {
  const re = new RegExp(pattern, flags);
  const linear = linearRegExp(pattern, flags);
  if (linear) return { test: (s: string) => linear.test(s), toString: () => `/${pattern}/${flags}` } as RegExpLike;
  const risk = riskyPattern(pattern);
  if (risk) unsafe(pattern, { key: RISKS[risk] ?? 'schema/unsafe-pattern.nested-quantifiers', params: {} });
  let skipped = false;
  return {
    test: (s: string) => {
      if (risk) return true;
      if (s.length > MAX_DIRECT_INPUT) {
        if (!skipped) unsafe(pattern, { key: 'schema/unsafe-pattern.long-value', params: { length: s.length } });
        skipped = true;
        return true;
      }
      return re.test(s);
    },
    toString: () => `/${pattern}/${flags}`,
  } as RegExpLike;
};

/** Whether `format` asserts: always in drafts 6 and 7; in 2019-09 and 2020-12 only with the format-assertion vocabulary. */
function formatAssertion(draft: Draft, root: unknown, docs: SchemaDocs): boolean {
  if (draft === '6' || draft === '7') return true;
  const metaUri = isObject(root) && typeof root.$schema === 'string' ? stripFragment(root.$schema) : null;
  const meta = metaUri ? docs.get(metaUri) : undefined;
  const vocab =
    meta && 'json' in meta && isObject(meta.json) && isObject(meta.json.$vocabulary) ? meta.json.$vocabulary : null;
  return !!vocab && Object.keys(vocab).some((k) => /\/vocab\/format-assertion$/.test(k));
}

const VALIDATION_KEYWORDS = [
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
];

/** Whether a vocabulary is in use: true unless the root's meta-schema (passed in) lists vocabularies without it. */
function vocabularyUsed(root: unknown, docs: SchemaDocs, name: string): boolean {
  const metaUri = isObject(root) && typeof root.$schema === 'string' ? stripFragment(root.$schema) : null;
  const meta = metaUri ? docs.get(metaUri) : undefined;
  if (!meta || !('json' in meta) || !isObject(meta.json) || !isObject(meta.json.$vocabulary)) return true;
  return Object.keys(meta.json.$vocabulary).some((k) => k.endsWith(`/vocab/${name}`));
}

/** Drafts 6 and 7: every keyword next to a `$ref` is ignored (also `$id`); only `definitions` stay, for pointers. */
function refSiblingsIgnored(docs: Map<string, unknown>): Map<string, unknown> {
  let changed = false;
  const out = new Map<string, unknown>();
  for (const [uri, j] of docs) {
    let needs = false;
    walkSchema(j, uri, '7', (s) => {
      if (typeof s.$ref === 'string' && Object.keys(s).some((k) => !REF_KEEPS.has(k))) needs = true;
    });
    if (!needs) {
      out.set(uri, j);
      continue;
    }
    changed = true;
    const c = clone(j);
    walkSchema(c, uri, '7', (s) => {
      if (typeof s.$ref === 'string')
        for (const k of Object.keys(s)) if (!REF_KEEPS.has(k) && !(s === c && k === '$schema')) delete s[k];
    });
    out.set(uri, c);
  }
  return changed ? out : docs;
}
const REF_KEEPS = new Set(['$ref', 'definitions', '$comment']);

const metaInstances = new Map<Draft, Ajv>();

/** Why a schema document does not match its draft's meta-schema, or null. */
function metaErrors(json: unknown, fallback: Draft): string | null {
  if (typeof json === 'boolean') return null;
  if (!isObject(json)) return 'a schema must be an object or true/false';
  const d = draftOfDoc(json) ?? fallback;
  let ajv = metaInstances.get(d);
  if (!ajv) {
    ajv = newAjv(d, (p, f) => new RegExp(p, f), { validateSchema: false, formats: true });
    metaInstances.set(d, ajv);
  }
  try {
    const withMeta =
      typeof json.$schema === 'string' && draftOf(json.$schema) !== null ? json : { ...json, $schema: META_URIS[d] };
    return ajv.validateSchema(withMeta) ? null : ajv.errorsText(ajv.errors, { dataVar: 'schema' });
  } catch {
    return null;
  }
}
const META_URIS: Record<Draft, string> = {
  '6': 'http://json-schema.org/draft-06/schema#',
  '7': 'http://json-schema.org/draft-07/schema#',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/**
 * 2020-12: a `$dynamicRef` whose anchor name has at most one `$dynamicAnchor` among all the documents can only
 * resolve one way, exactly like a `$ref`; it is rewritten so (ajv resolves such plain cases wrongly).
 */
function staticDynamicRefs(docs: Map<string, unknown>): Map<string, unknown> {
  const count = new Map<string, number>();
  for (const [uri, j] of docs)
    walkSchema(j, uri, '2020-12', (s) => {
      if (typeof s.$dynamicAnchor === 'string') count.set(s.$dynamicAnchor, (count.get(s.$dynamicAnchor) ?? 0) + 1);
    });
  let changed = false;
  const out = new Map<string, unknown>();
  for (const [uri, j] of docs) {
    let needs = false;
    walkSchema(j, uri, '2020-12', (s) => {
      if (typeof s.$dynamicRef === 'string' && typeof s.$ref !== 'string') {
        const frag = s.$dynamicRef.includes('#') ? s.$dynamicRef.slice(s.$dynamicRef.indexOf('#') + 1) : '';
        if (frag === '' || frag.startsWith('/') || (count.get(frag) ?? 0) <= 1) needs = true;
      }
    });
    if (!needs) {
      out.set(uri, j);
      continue;
    }
    changed = true;
    const c = clone(j);
    walkSchema(c, uri, '2020-12', (s) => {
      if (typeof s.$dynamicRef === 'string' && typeof s.$ref !== 'string') {
        const frag = s.$dynamicRef.includes('#') ? s.$dynamicRef.slice(s.$dynamicRef.indexOf('#') + 1) : '';
        if (frag === '' || frag.startsWith('/') || (count.get(frag) ?? 0) <= 1) {
          s.$ref = s.$dynamicRef;
          delete s.$dynamicRef;
        }
      }
    });
    out.set(uri, c);
  }
  return changed ? out : docs;
}

/**
 * Takes every embedded resource (a subschema with its own `$id`) out into a document of its own and
 * leaves a `$ref` to it in its place. Same meaning, except for JSON pointers from outside into the
 * resource, which is why this is only the fallback when ajv cannot compile the bundle.
 */
function unbundle(docs: Map<string, unknown>, draft: Draft): Map<string, unknown> {
  const legacy = draft === '6' || draft === '7';
  const out = new Map<string, unknown>();
  const queue: Array<[string, unknown]> = [...docs].map(([u, j]) => [u, clone(j)]);
  while (queue.length && out.size < MAX_DOCS_UNBUNDLED) {
    const [uri, json] = queue.shift()!;
    out.set(uri, json);
    const stack: Array<[unknown, string, boolean]> = [
      [
        json,
        isObject(json) && typeof json.$id === 'string' ? stripFragment(resolveUri(json.$id, uri) ?? uri) : uri,
        true,
      ],
    ];
    while (stack.length) {
      const [node, base, isRoot] = stack.pop()!;
      if (!isObject(node)) continue;
      for (const [k, v] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(k)) continue;
        const kids: Array<[unknown, (x: unknown) => void]> = Array.isArray(v)
          ? v.map((x, i) => [x, (y: unknown) => (v[i] = y)])
          : [[v, (y: unknown) => (node[k] = y)]];
        for (const [kid, replace] of kids) {
          if (!isObject(kid)) continue;
          const id = kid.$id;
          const embedded = typeof id === 'string' && !id.startsWith('#') && !(legacy && typeof kid.$ref === 'string');
          if (embedded) {
            const abs = stripFragment(resolveUri(id as string, base) ?? '');
            if (abs && !out.has(abs) && !queue.some(([u]) => u === abs)) {
              kid.$id = abs;
              if (!legacy && kid.$schema === undefined && isObject(json) && json.$schema !== undefined)
                kid.$schema = json.$schema;
              queue.push([abs, kid]);
              replace({ $ref: abs });
              continue;
            }
          }
          stack.push([
            kid,
            typeof id === 'string' && !id.startsWith('#') ? stripFragment(resolveUri(id, base) ?? base) : base,
            false,
          ]);
        }
      }
      void isRoot;
    }
  }
  return out;
}

const MAX_DOCS_UNBUNDLED = 500;

function newAjv(
  draft: Draft,
  regExp: (pattern: string, flags: string) => RegExpLike,
  extra: { validateSchema: boolean; formats: boolean },
): Ajv {
  const fn = Object.assign((p: string, f: string) => regExp(p, f), { code: 'customPatternEngine' });
  const options = {
    allErrors: true,
    strict: false,
    verbose: true,
    validateFormats: extra.formats,
    logger: false as const,
    // own properties only: `{}` does not "have" constructor or __proto__ through its prototype
    ownProperties: true,
    validateSchema: extra.validateSchema,
    code: { regExp: fn as never },
  };
  let ajv: Ajv;
  if (draft === '2020-12') ajv = new Ajv2020(options) as unknown as Ajv;
  else if (draft === '2019-09') ajv = new Ajv2019(options) as unknown as Ajv;
  else {
    ajv = new Ajv(options);
    if (draft === '6') ajv.addMetaSchema(draft6MetaSchema);
  }
  addFormats(ajv as never);
  return ajv;
}

/**
 * The stand-in for a schema document that is not there (remote, or unreadable): it allows anything, and
 * has an (allow-anything) subschema at every fragment referenced into it, so that the references resolve
 * and the rest of the schema still checks.
 */
class StubDoc {
  readonly json: Record<string, unknown> = {};
  private readonly fragments = new Set<string>();

  constructor(private readonly draft: Draft) {}

  /** Adds the subschema a reference's fragment points at; false when it was there already or cannot be made. */
  addFragment(ref: string): boolean {
    const hash = ref.indexOf('#');
    let fragment = hash >= 0 ? ref.slice(hash + 1) : '';
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      return false;
    }
    if (fragment === '' || this.fragments.has(fragment)) return false;
    this.fragments.add(fragment);
    if (fragment.startsWith('/')) {
      let node = this.json;
      for (const seg of fragment
        .slice(1)
        .split('/')
        .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'))) {
        if (!isObject(node[seg]))
          Object.defineProperty(node, seg, { value: {}, enumerable: true, writable: true, configurable: true });
        node = node[seg] as Record<string, unknown>;
      }
      return true;
    }
    // a plain-name fragment: an anchor
    const defs = this.draft === '6' || this.draft === '7' ? 'definitions' : '$defs';
    const holder = (isObject(this.json[defs]) ? this.json[defs] : (this.json[defs] = {})) as Record<string, unknown>;
    holder[`anchor ${fragment}`] =
      this.draft === '6' || this.draft === '7' ? { $id: `#${fragment}` } : { $anchor: fragment };
    return true;
  }
}

function missingOf(e: unknown): { ref: string; schema: string } | null {
  if (
    e &&
    typeof e === 'object' &&
    'missingSchema' in e &&
    typeof (e as { missingSchema: unknown }).missingSchema === 'string'
  ) {
    const m = e as { missingSchema: string; missingRef?: string };
    return { ref: m.missingRef ?? m.missingSchema, schema: m.missingSchema };
  }
  return null;
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** Compiles custom schemas (cached by the identity of their documents) and checks documents with them. */
export class CustomSchemas {
  private readonly cache = new Map<string, Compiled>();
  private readonly patterns: PatternEngine;

  constructor(options: { patterns?: PatternEngine } = {}) {
    this.patterns = options.patterns ?? defaultPatterns;
  }

  private compile(use: CustomSchemaUse): Compiled {
    const identity: Array<[string, unknown]> = [...use.docs].map(([u, d]) => [u, 'json' in d ? d.json : d.error]);
    const known = this.cache.get(use.uri);
    if (
      known &&
      known.identity.length === identity.length &&
      known.identity.every(([u, j], i) => identity[i]![0] === u && identity[i]![1] === j)
    )
      return known;
    const compiled: Compiled = { identity, validate: null, problems: [], unsafe: new Map() };
    this.cache.set(use.uri, compiled);
    const problem = (code: string, severity: Severity, text: Message, error?: Problem['error']) => {
      const same = render(EN, text);
      if (compiled.problems.length < MAX_PROBLEMS && !compiled.problems.some((p) => render(EN, p.text) === same))
        compiled.problems.push({ code, severity, text, ...(error ? { error } : {}) });
    };
    // the problems leave out `via`: `check` fills it in, from the use at hand, in the language of the check
    let root = use.docs.get(use.uri);
    const builtin = builtinSchemas.find((b) => b.$id === use.uri);
    if (!root && builtin) root = { json: builtin };
    const name = short(use.uri.replace(/^file:\/\/\/?/, '/').replace(/^\/([A-Za-z]:)/, '$1'));
    if (!root) {
      if (/^https?:/i.test(use.uri))
        problem('schema/remote-ref', 'warning', { key: 'schema/remote-ref.schema', params: { name } });
      else problem('schema/unreadable', 'error', { key: 'schema/unreadable.not-loaded', params: { name } });
      return compiled;
    }
    if ('error' in root) {
      problem(
        'schema/unreadable',
        'error',
        { key: 'schema/unreadable', params: { name, error: short(root.error, 120) } },
        root.problem ? { text: root.problem, max: 120 } : undefined,
      );
      return compiled;
    }
    const json = root.json;
    if (!isObject(json) && typeof json !== 'boolean') {
      problem('schema/invalid-schema', 'error', { key: 'schema/invalid-schema.not-schema', params: { name } });
      return compiled;
    }
    let draft = isObject(json) ? draftOf(json.$schema) : null;
    // a custom meta-schema passed in as data: its own $schema tells the draft
    if (draft === null && isObject(json) && typeof json.$schema === 'string') {
      const meta = use.docs.get(stripFragment(json.$schema));
      if (meta && 'json' in meta && isObject(meta.json)) draft = draftOf(meta.json.$schema);
    }
    if (draft === 'unsupported') {
      problem('schema/unsupported-draft', 'error', {
        key: 'schema/unsupported-draft',
        params: { name, draft: short(String((json as Record<string, unknown>).$schema)) },
      });
      return compiled;
    }
    const d: Draft = draft ?? '2020-12';
    // a $ref cycle that never reaches the data would recurse forever in ajv
    const cycle = findRefCycle(json, use.uri, use.docs, d);
    if (cycle) {
      problem('schema/ref-cycle', 'error', {
        key: 'schema/ref-cycle',
        params: { name, cycle: short(cycle.join(' → '), 100) },
      });
      return compiled;
    }
    // a meta-schema that is neither a known draft nor passed in: check with 2020-12, without validating the schema
    const metaUri = isObject(json) && typeof json.$schema === 'string' ? stripFragment(json.$schema) : null;
    const unknownMeta = draft === null && metaUri !== null && !use.docs.has(metaUri);
    if (unknownMeta)
      problem('schema/unsupported-draft', 'warning', {
        key: 'schema/unsupported-draft.unknown-meta',
        params: { name, meta: short(String(metaUri)) },
      });
    // the documents as ajv will see them: $dynamicRefs that can only mean one target become $refs (ajv's own
    // $dynamicRef support is partial), and our own schemas are there when referenced by their ids
    const sources = new Map<string, unknown>();
    for (const [uri, doc] of use.docs) if ('json' in doc) sources.set(uri, doc.json);
    sources.set(use.uri, json);
    const wanted = new Set<string>();
    for (const [uri, j] of sources) for (const r of referencedDocuments(j, uri)) wanted.add(r);
    if ([...wanted].some((w) => w.startsWith(SCHEMA_BASE)))
      for (const b of builtinSchemas) if (typeof b.$id === 'string' && !sources.has(b.$id)) sources.set(b.$id, b);
    const prepared =
      d === '2020-12' ? staticDynamicRefs(sources) : d === '7' || d === '6' ? refSiblingsIgnored(sources) : sources;
    const patterns = this.patterns((pattern, reason) => compiled.unsafe.set(pattern, reason));
    const attempt = (docs: Map<string, unknown>): 'overflow' | 'done' => {
      // documents are checked against their meta-schema by one shared instance per draft (compiling a
      // meta-schema costs 15-35 ms); only a custom meta-schema passed in is left to the new instance
      const customMeta = draft === null && metaUri !== null && !unknownMeta;
      const ajv = newAjv(d, patterns, { validateSchema: customMeta, formats: formatAssertion(d, json, use.docs) });
      // a custom meta-schema that leaves out the validation vocabulary: its keywords are only annotations
      if (!vocabularyUsed(json, use.docs, 'validation')) for (const k of VALIDATION_KEYWORDS) ajv.removeKeyword(k);
      const added = new Set<string>();
      for (const [uri, j] of docs) {
        if (uri === use.uri) continue;
        const err = (customMeta ? null : metaErrors(j, d)) ?? tryAdd(ajv, added, j, uri);
        if (err && use.docs.has(uri))
          problem('schema/invalid-schema', 'error', {
            key: 'schema/invalid-schema.referenced',
            params: { uri: short(uri), name, error: short(err, 120) },
          });
      }
      const err =
        (customMeta || unknownMeta ? null : metaErrors(docs.get(use.uri), d)) ??
        tryAdd(ajv, added, docs.get(use.uri), use.uri);
      if (err) {
        problem('schema/invalid-schema', 'error', {
          key: 'schema/invalid-schema',
          params: { name, error: short(err, 140) },
        });
        return 'done';
      }
      // a document that is not there is stood in for by one that allows anything: at its root, and at each
      // fragment referenced into it (`base.json#/definitions/string`, `base.json#name`)
      const stubs = new Map<string, StubDoc>();
      for (let i = 0; i < 50; i++) {
        try {
          compiled.validate = ajv.getSchema(use.uri) ?? null;
          return 'done';
        } catch (e) {
          const missing = missingOf(e);
          const stub = missing && !added.has(missing.schema) ? (stubs.get(missing.schema) ?? new StubDoc(d)) : null;
          if (missing && stub && (!stubs.has(missing.schema) || stub.addFragment(missing.ref))) {
            if (!stubs.has(missing.schema)) stub.addFragment(missing.ref);
            stubs.set(missing.schema, stub);
            if (/^https?:/i.test(missing.schema))
              problem('schema/remote-ref', 'warning', {
                key: 'schema/remote-ref',
                params: { ref: short(missing.ref) },
              });
            else {
              const doc = use.docs.get(missing.schema);
              if (doc && 'error' in doc)
                problem(
                  'schema/unreadable',
                  'warning',
                  { key: 'schema/unreadable.ref-error', params: { ref: short(missing.ref), error: short(doc.error) } },
                  doc.problem ? { text: doc.problem, max: 80 } : undefined,
                );
              else
                problem('schema/unreadable', 'warning', {
                  key: 'schema/unreadable.ref',
                  params: { ref: short(missing.ref) },
                });
            }
            ajv.removeSchema(missing.schema);
            ajv.addSchema(stub.json as never, missing.schema);
            continue;
          }
          compiled.validate = null;
          if (isStackOverflow(e)) return 'overflow';
          problem('schema/invalid-schema', 'error', {
            key: 'schema/invalid-schema.unusable',
            params: { name, error: short(e instanceof Error ? e.message : String(e), 140) },
          });
          return 'done';
        }
      }
      return 'done';
    };
    // ajv overflows its stack on some bundles (an embedded resource with its own $id next to a $ref):
    // then the embedded resources are compiled as documents of their own
    if (attempt(prepared) === 'overflow' && attempt(unbundle(prepared, d)) === 'overflow')
      problem('schema/ref-cycle', 'error', { key: 'schema/ref-cycle.compile-overflow', params: { name } });
    return compiled;
  }

  /** Checks a document's value with one custom schema; findings carry `schema/*` codes, messages in the locale's language. */
  check(use: CustomSchemaUse, value: unknown, root: YNode | null, text: string, locale: Locale = EN): Finding[] {
    const compiled = this.compile(use);
    const out: Finding[] = [];
    let errors: ErrorObject[] = [];
    if (compiled.validate) {
      try {
        if (!compiled.validate(value)) errors = compiled.validate.errors ?? [];
      } catch (e) {
        compiled.validate = null;
        if (isStackOverflow(e))
          compiled.problems.push({
            code: 'schema/ref-cycle',
            severity: 'error',
            text: { key: 'schema/ref-cycle.check-overflow', params: {} },
          });
        else
          compiled.problems.push({
            code: 'schema/invalid-schema',
            severity: 'error',
            text: {
              key: 'schema/invalid-schema.check-failed',
              params: { error: short(e instanceof Error ? e.message : String(e), 140) },
            },
          });
      }
    }
    if (errors.length) out.push(...mapErrors(errors, root, text, locale));
    const via = viaText(use.via, locale);
    for (const p of compiled.problems)
      out.push({
        code: p.code,
        severity: p.severity,
        message: locale.t(p.text.key, {
          ...p.text.params,
          via,
          ...(p.error ? { error: short(render(locale, p.error.text), p.error.max) } : {}),
        }),
        range: use.range,
      });
    for (const [pattern, reason] of compiled.unsafe)
      out.push({
        code: 'schema/unsafe-pattern',
        severity: 'warning',
        message: locale.t(reason.key, { ...reason.params, pattern: short(JSON.stringify(pattern), 60) }),
        range: use.range,
      });
    return out;
  }

  clear(): void {
    this.cache.clear();
  }
}

function tryAdd(ajv: Ajv, added: Set<string>, json: unknown, uri: string): string | null {
  if (added.has(uri)) return null;
  try {
    ajv.addSchema(json as never, uri);
    added.add(uri);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** A `# $schema: <ref>` (or `# yaml-language-server: $schema=<ref>`) comment among the first comment lines. */
export function schemaComment(text: string): { ref: string; range: Range } | null {
  // both forms name `schema`: a header without the word has no such comment (a search of the header only, not of
  // the whole text: every file is asked, and few have one)
  if (text.lastIndexOf('schema', headerEnd(text)) < 0) return null;
  let pos = 0;
  for (let n = 0; n < 50 && pos < text.length; n++) {
    const end = lineEndOf(text, pos);
    const line = text.slice(pos, end);
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#') && trimmed !== '---' && !trimmed.startsWith('%')) return null;
    // a header of plain comments (a plan's title, its sources) is not matched line by line
    const m = line.includes('schema')
      ? /^(\s*#\s*(?:\$schema\s*:\s*|yaml-language-server\s*:\s*\$schema=))(\S+)/.exec(line)
      : null;
    if (m) return { ref: m[2]!, range: { start: pos + m[1]!.length, end: pos + m[1]!.length + m[2]!.length } };
    pos = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return null;
}

/**
 * Where the lines that may hold a schema comment end, at the latest: after the first 50 lines, or at the first line
 * that starts (after spaces and tabs) with an ASCII character that no comment, blank line, `---` or `%` line starts
 * with. Any other line (a non-ASCII space, say) is read on, so that the word is never missed where the exact reading
 * of `schemaComment` would find it.
 */
function headerEnd(text: string): number {
  let pos = 0;
  for (let n = 0; n < 50 && pos < text.length; n++) {
    let i = pos;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    // #, %, -, CR, LF, VT, FF, or past the end: still the header
    if (c < 128 && c !== 35 && c !== 37 && c !== 45 && c !== 13 && c !== 10 && c !== 11 && c !== 12 && i < text.length)
      return pos;
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    pos = nl + 1;
  }
  return pos;
}

/** The custom schemas that apply to a document; the caller (node side) loads them. */
export type CustomSchemaResolver = (
  doc: ParsedDocument,
  dataset: DatasetContext,
  file: string | undefined,
) => CustomSchemaUse[];

/** The engine's extra check for custom schemas. */
export function customSchemaCheck(
  resolve: CustomSchemaResolver,
  schemas: CustomSchemas = new CustomSchemas(),
): ExtraCheck {
  return (doc, dataset, file) => {
    const uses = resolve(doc, dataset, file);
    if (uses.length === 0) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const use of uses) {
      if (seen.has(use.uri)) continue;
      seen.add(use.uri);
      out.push(...schemas.check(use, doc.yaml.value, doc.yaml.root, doc.text, dataset.locale));
    }
    return out;
  };
}
