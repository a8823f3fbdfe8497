/**
 * Schema validation with ajv (2020-12 and draft 7), and the one function that maps ajv errors to
 * ranges in the tree: `required` on the parent's key, `additionalProperties` on the unexpected key,
 * `type`/`enum`/`pattern` on the value; `anyOf`/`oneOf` collapsed into the branch the user meant.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { closest, orList, show } from '../strings';
import type { Finding, Suggestion } from '../types';
import { atPointer, EntryIndex, get, parsePointer, resolved, str, type YMap, type YNode } from '../yaml/tree';
import { builtinSchemas, type SchemaObject } from './store';
import { lineBreakOf, lineEndOf, lineStartOf } from '../text';

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

/** Compiled validators by schema id, built on first use. */
export class Validators {
  private readonly cache = new Map<string, ValidateFunction>();
  readonly ajv: Ajv2020;

  constructor(schemas: SchemaObject[] = builtinSchemas) {
    this.ajv = createAjv();
    for (const s of schemas) this.ajv.addSchema(s);
  }

  get(id: string): ValidateFunction {
    let v = this.cache.get(id);
    if (!v) {
      v = this.ajv.getSchema(id);
      if (!v) throw new Error(`no schema ${id}`);
      this.cache.set(id, v);
    }
    return v;
  }

  /** Validates a document's value and maps the errors onto its tree. */
  validate(id: string, value: unknown, root: YNode | null, text: string): Finding[] {
    const validate = this.get(id);
    if (validate(value)) return [];
    return mapErrors(validate.errors ?? [], root, text);
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  object: 'a mapping',
  array: 'a list',
  boolean: 'true or false',
  null: 'nothing',
};

function typeWords(t: unknown): string {
  const list = Array.isArray(t) ? t : String(t).split(',');
  return orList(list.map((x) => TYPE_WORDS[x] ?? String(x)));
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'an empty value';
  if (typeof v === 'string') return `"${show(v)}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

/** Collapses anyOf/oneOf branch errors into the branch the user meant. */
export function collapse(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue; // the failing `then` branch already says what is wrong
    if ((e as { propertyName?: string }).propertyName !== undefined && e.keyword !== 'propertyNames') continue; // the propertyNames error names the key
    if (
      (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') ||
      (e.keyword === 'oneOf' && (e.params as { passingSchemas?: unknown }).passingSchemas)
    ) {
      out.push(e);
      continue;
    }
    const prefix = `${e.schemaPath}/`;
    const branchErrors: ErrorObject[] = [];
    while (out.length) {
      const last = out[out.length - 1]!;
      if (
        last.schemaPath.startsWith(prefix) &&
        (last.instancePath === e.instancePath || last.instancePath.startsWith(`${e.instancePath}/`))
      )
        branchErrors.unshift(out.pop() as ErrorObject);
      else break;
    }
    const branches = new Map<number, ErrorObject[]>();
    for (const b of branchErrors) {
      const idx = Number(b.schemaPath.slice(prefix.length).split('/')[0]);
      if (!branches.has(idx)) branches.set(idx, []);
      branches.get(idx)!.push(b);
    }
    const list = [...branches.values()];
    if (list.length === 0) {
      out.push(e);
      continue;
    }
    // all branches only miss properties at the same place: one message naming the alternatives
    if (list.every((l) => l.every((x) => x.keyword === 'required' && x.instancePath === e.instancePath))) {
      const names = [
        ...new Set(list.flatMap((l) => l.map((x) => (x.params as { missingProperty: string }).missingProperty))),
      ];
      out.push({ ...e, keyword: 'required', params: { missingProperty: names[0], alternatives: names } });
      continue;
    }
    const score = (l: ErrorObject[]): number => {
      let s = 0;
      for (const x of l) {
        if (x.keyword === 'type' && x.instancePath === e.instancePath) s += 1000;
        else if ((x.keyword === 'const' || x.keyword === 'enum') && x.instancePath !== e.instancePath) s += 100;
        s += 1;
        s -= x.instancePath.length / 1000;
      }
      return s;
    };
    const allTypeMismatch = list.every((l) => l.some((x) => x.keyword === 'type' && x.instancePath === e.instancePath));
    if (allTypeMismatch) {
      const types = [
        ...new Set(
          list.flatMap((l) =>
            l
              .filter((x) => x.keyword === 'type' && x.instancePath === e.instancePath)
              .flatMap((x) => String((x.params as { type: string }).type).split(',')),
          ),
        ),
      ];
      out.push({ ...e, keyword: 'type', params: { type: types } });
      continue;
    }
    let best = list[0]!;
    for (const l of list) if (score(l) < score(best)) best = l;
    out.push(...best);
  }
  return out;
}

const SINGULAR: Record<string, string> = {
  targets: 'target',
  measures: 'measure',
  sources: 'source',
  relations: 'relation',
  regions: 'region',
  tags: 'tag',
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * How a message names the place of an error: a list item by its id ("target enterprises-2025"), else by
 * its position counted from 1 ("the 2nd target"), a relation by the plan it names; else the key.
 */
function label(instancePath: string, root: YNode | null): string {
  const segs = parsePointer(instancePath);
  if (segs.length === 0) return 'the document';
  const last = segs[segs.length - 1]!;
  if (/^\d+$/.test(last)) {
    const prev = segs[segs.length - 2];
    const n = Number(last) + 1;
    if (prev === undefined) return `the ${ordinal(n)} item`;
    const singular = SINGULAR[prev] ?? `${prev} item`;
    const item = atPointer(root, instancePath).node;
    const id = str(get(item, 'id'));
    if (id && id.length <= 60) return `${singular} ${id}`;
    const plan = prev === 'relations' ? str(get(item, 'plan')) : null;
    if (plan && plan.length <= 60) return `the relation to ${plan}`;
    return `the ${ordinal(n)} ${singular}`;
  }
  return last;
}

function firstKeyRange(n: YNode): { start: number; end: number } {
  const r = resolved(n);
  if (r && r.kind === 'map' && r.entries.length) return r.entries[0]!.keyRange;
  return { start: n.range.start, end: Math.min(n.range.end, n.range.start + 1) };
}

/** Where to insert a new `key: ` line into a mapping, and the text to insert. */
export function insertProperty(map: YMap, key: string, text: string, value = ''): Suggestion | null {
  const title = `Add ${value ? `${key}: ${value}` : `property "${key}"`}`;
  if (map.flow) {
    if (map.entries.length) {
      const after = map.entries[map.entries.length - 1]!.value.range.end;
      return { title, edits: [{ range: { start: after, end: after }, newText: `, ${key}: ${value}` }] };
    }
    const close = text.lastIndexOf('}', map.range.end);
    if (close < 0) return null;
    return { title, edits: [{ range: { start: close, end: close }, newText: ` ${key}: ${value} ` }] };
  }
  const eolText = lineBreakOf(text);
  if (!map.entries.length) return null;
  const firstKey = map.entries[0]!.keyRange.start;
  const lineStart = lineStartOf(text, firstKey);
  const prefix = text.slice(lineStart, firstKey);
  const indent = prefix.replace(/[^ ]/g, ' ');
  const lastEnd = map.entries[map.entries.length - 1]!.value.range.end;
  const eol = lineEndOf(text, lastEnd);
  // insert after the last line that belongs to the mapping
  return { title, edits: [{ range: { start: eol, end: eol }, newText: `${eolText}${indent}${key}: ${value}` }] };
}

/** Maps ajv errors to findings on the tree. */
export function mapErrors(errors: ErrorObject[], root: YNode | null, text: string): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // thousands of errors can point into one large mapping: each mapping is indexed by key once
  const index = new EntryIndex();
  for (const e of collapse(errors)) {
    const { node, deepest } = atPointer(root, e.instancePath, { index });
    const at = node ?? deepest;
    const code = `schema/${e.keyword}`;
    const where = label(e.instancePath, root);
    const parentSchema = (e.parentSchema ?? {}) as SchemaObject;
    let range = at ? at.range : { start: 0, end: 0 };
    let message = `${where} ${e.message ?? 'is not valid'}`;
    let suggestions: Suggestion[] | undefined;
    const value = e.data;
    switch (e.keyword) {
      case 'required':
      case 'dependentRequired': {
        const p = e.params as { missingProperty: string; alternatives?: string[] };
        const where2 = e.instancePath === '' ? '' : ` in ${where}`;
        if (p.alternatives && p.alternatives.length > 1)
          message = `missing property${where2}: add ${orList(p.alternatives.map((a) => `"${a}"`))}`;
        else message = `missing required property "${p.missingProperty}"${where2}`;
        if (at) {
          range = at.keyRange ?? firstKeyRange(at);
          const m = resolved(at);
          if (m && m.kind === 'map') {
            const s = (p.alternatives ?? [p.missingProperty])
              .map((k) => insertProperty(m, k, text))
              .filter((x): x is Suggestion => !!x);
            if (s.length) suggestions = s;
          }
        }
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const key = String(
          (e.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ??
            (e.params as { unevaluatedProperty?: string }).unevaluatedProperty,
        );
        const m = at ? resolved(at) : null;
        const ent = m && m.kind === 'map' ? index.entry(m, key) : undefined;
        if (ent) range = ent.keyRange;
        const allowed = Object.keys((parentSchema.properties as object) ?? {});
        const [hint] = closest(key, allowed, { limit: 1 });
        message = `unknown property "${show(key)}"${e.instancePath ? ` in ${where}` : ''}`;
        if (hint !== undefined) {
          message += `; did you mean "${hint}"?`;
          if (ent) suggestions = [{ title: `Rename to "${hint}"`, edits: [{ range: ent.keyRange, newText: hint }] }];
        }
        break;
      }
      case 'type':
        message = `${where}: expected ${typeWords((e.params as { type: unknown }).type)}, got ${describe(value)}`;
        break;
      case 'enum': {
        const allowed = ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
        message = `${where}: ${describe(value)} is not one of ${allowed.length <= 8 ? allowed.join(', ') : `the ${allowed.length} allowed values`}`;
        const [hint] = typeof value === 'string' ? closest(value, allowed, { limit: 1, maxDistance: 4 }) : [];
        if (hint !== undefined && at) {
          message = `${where}: ${describe(value)} is not allowed; did you mean ${hint}?`;
          suggestions = [{ title: `Change to ${hint}`, edits: [{ range: at.range, newText: hint }] }];
        }
        break;
      }
      case 'const':
        message = `${where} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
        break;
      case 'pattern': {
        const examples = parentSchema.examples as unknown[] | undefined;
        message = `${where}: ${describe(value)} is not in the expected form${examples && examples.length ? `, e.g. ${String(examples[0])}` : ''}`;
        break;
      }
      case 'format': {
        const f = String((e.params as { format: string }).format);
        const words: Record<string, string> = {
          date: 'date (YYYY-MM-DD)',
          uri: 'URL',
          'date-time': 'date and time',
          email: 'e-mail address',
        };
        message = `${where}: ${describe(value)} is not a valid ${words[f] ?? f}`;
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const p = e.params as { comparison: string; limit: number };
        message = `${where}: ${describe(value)} must be ${p.comparison} ${p.limit}`;
        break;
      }
      case 'minLength':
        message =
          (e.params as { limit: number }).limit === 1
            ? `${where} must not be empty`
            : `${where} must have at least ${(e.params as { limit: number }).limit} characters`;
        break;
      case 'minItems':
      case 'maxItems': {
        const n = (e.params as { limit: number }).limit;
        message =
          e.keyword === 'minItems'
            ? `${where} needs at least ${n} item${n === 1 ? '' : 's'}`
            : `${where} allows at most ${n} item${n === 1 ? '' : 's'}`;
        if (at?.keyRange) range = at.keyRange;
        break;
      }
      case 'propertyNames': {
        const name = (e.params as { propertyName?: string }).propertyName;
        message = `${where}: the key "${show(name)}" is not allowed here`;
        const m = at ? resolved(at) : null;
        const ent = m && m.kind === 'map' && name !== undefined ? index.entry(m, name) : undefined;
        if (ent) range = ent.keyRange;
        break;
      }
      case 'false schema':
        message = `${where} is not allowed here`;
        if (at?.keyRange) range = at.keyRange;
        break;
      default:
        break;
    }
    // a block value ends after its line break: do not underline into the next line
    while (range.end > range.start && /\s/.test(text[range.end - 1] ?? ''))
      range = { start: range.start, end: range.end - 1 };
    // an empty value has no width: underline its key instead so the user can see it
    if (range.end === range.start && at?.keyRange && e.keyword !== 'required') range = at.keyRange;
    const k = `${code}|${range.start}|${range.end}|${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      code,
      severity: 'error',
      message: message.length > 199 ? `${message.slice(0, 198)}…` : message,
      range,
      ...(suggestions ? { suggestions } : {}),
    });
  }
  return out;
}
