/**
 * Schema validation with ajv (2020-12 and draft 7), and the one function that maps ajv errors to
 * ranges in the tree: `required` on the parent's key, `additionalProperties` on the unexpected key,
 * `type`/`enum`/`pattern` on the value; `anyOf`/`oneOf` collapsed into the branch the user meant.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { localeOf, type Locale, type MessageKey } from '../i18n';
import { closest, show } from '../strings';
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

  /** Validates a document's value and maps the errors onto its tree, with messages in the locale's language. */
  validate(id: string, value: unknown, root: YNode | null, text: string, locale: Locale = EN): Finding[] {
    const validate = this.get(id);
    if (validate(value)) return [];
    return mapErrors(validate.errors ?? [], root, text, locale);
  }
}

const EN = localeOf('en');

const TYPE_WORDS: Readonly<Record<string, MessageKey>> = {
  string: 'schema.type.string',
  integer: 'schema.type.integer',
  number: 'schema.type.number',
  object: 'schema.type.object',
  array: 'schema.type.array',
  boolean: 'schema.type.boolean',
  null: 'schema.type.null',
};

function typeWords(t: unknown, locale: Locale): string {
  const list = Array.isArray(t) ? t.map(String) : String(t).split(',');
  return locale.list(
    list.map((x) => (TYPE_WORDS[x] ? locale.t(TYPE_WORDS[x]) : x)),
    'or',
  );
}

function describe(v: unknown, locale: Locale): string {
  if (v === null || v === undefined) return locale.t('schema.value.empty');
  if (typeof v === 'string') return locale.t('schema.value.text', { text: show(v) });
  if (Array.isArray(v)) return locale.t('schema.value.list');
  if (typeof v === 'object') return locale.t('schema.value.mapping');
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

/** How the lists of a plan name their items: by id, and by position. */
const ITEM_WORDS: Readonly<Record<string, { id: MessageKey; nth: MessageKey }>> = {
  targets: { id: 'schema.where.target', nth: 'schema.where.nth-target' },
  measures: { id: 'schema.where.measure', nth: 'schema.where.nth-measure' },
  sources: { id: 'schema.where.source', nth: 'schema.where.nth-source' },
  relations: { id: 'schema.where.relation', nth: 'schema.where.nth-relation' },
  regions: { id: 'schema.where.region', nth: 'schema.where.nth-region' },
  tags: { id: 'schema.where.tag', nth: 'schema.where.nth-tag' },
};

/** A position counted from 1 as the language writes it in "the 2nd target" / "第 2 个目标". */
function ordinal(n: number, locale: Locale): string {
  if (locale.language !== 'en') return String(n);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * How a message names the place of an error: a list item by its id ("target enterprises-2025"), else by
 * its position counted from 1 ("the 2nd target"), a relation by the plan it names; else the key.
 */
function label(instancePath: string, root: YNode | null, locale: Locale): string {
  const segs = parsePointer(instancePath);
  if (segs.length === 0) return locale.t('schema.where.document');
  const last = segs[segs.length - 1]!;
  if (/^\d+$/.test(last)) {
    const prev = segs[segs.length - 2];
    const nth = ordinal(Number(last) + 1, locale);
    if (prev === undefined) return locale.t('schema.where.nth-item', { nth });
    const words = ITEM_WORDS[prev];
    const item = atPointer(root, instancePath).node;
    const id = str(get(item, 'id'));
    if (id && id.length <= 60)
      return words ? locale.t(words.id, { id }) : locale.t('schema.where.list-item', { list: prev, id });
    const plan = prev === 'relations' ? str(get(item, 'plan')) : null;
    if (plan && plan.length <= 60) return locale.t('schema.where.relation-to', { plan });
    return words ? locale.t(words.nth, { nth }) : locale.t('schema.where.nth-list-item', { list: prev, nth });
  }
  return last;
}

function firstKeyRange(n: YNode): { start: number; end: number } {
  const r = resolved(n);
  if (r && r.kind === 'map' && r.entries.length) return r.entries[0]!.keyRange;
  return { start: n.range.start, end: Math.min(n.range.end, n.range.start + 1) };
}

/** Where to insert a new `key: ` line into a mapping, and the text to insert; the title in the locale's language. */
export function insertProperty(
  map: YMap,
  key: string,
  text: string,
  value = '',
  locale: Locale = EN,
): Suggestion | null {
  const title = value
    ? locale.t('schema/required.fix-value', { key, value })
    : locale.t('schema/required.fix', { key });
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

/** The message of a keyword whose English is ajv's own: its template when that gives ajv's text back, else ajv's text. */
function ajvWorded(
  e: ErrorObject,
  where: string,
  key: MessageKey,
  params: Record<string, string>,
  locale: Locale,
): string {
  const all = { where, ...params };
  if (EN.t(key, all) === `${where} ${e.message}`) return locale.t(key, all);
  return locale.t('schema/*.other', { where, detail: e.message ?? '' });
}

const FORMATS: Readonly<Record<string, MessageKey>> = {
  date: 'schema/format.date',
  uri: 'schema/format.uri',
  'date-time': 'schema/format.date-time',
  email: 'schema/format.email',
};

const LIMITS: Readonly<Record<string, MessageKey>> = {
  minimum: 'schema/minimum',
  maximum: 'schema/maximum',
  exclusiveMinimum: 'schema/exclusiveMinimum',
  exclusiveMaximum: 'schema/exclusiveMaximum',
};

/** Maps ajv errors to findings on the tree, with messages in the locale's language. */
export function mapErrors(errors: ErrorObject[], root: YNode | null, text: string, locale: Locale = EN): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // thousands of errors can point into one large mapping: each mapping is indexed by key once
  const index = new EntryIndex();
  const quoted = (s: string) => locale.t('schema.value.text', { text: s });
  for (const e of collapse(errors)) {
    const { node, deepest } = atPointer(root, e.instancePath, { index });
    const at = node ?? deepest;
    const code = `schema/${e.keyword}`;
    const where = label(e.instancePath, root, locale);
    const parentSchema = (e.parentSchema ?? {}) as SchemaObject;
    let range = at ? at.range : { start: 0, end: 0 };
    // a keyword without a template of its own: ajv's English as the detail
    let message = locale.t('schema/*.other', { where, detail: e.message ?? 'is not valid' });
    let suggestions: Suggestion[] | undefined;
    const value = e.data;
    switch (e.keyword) {
      case 'required':
      case 'dependentRequired': {
        const p = e.params as { missingProperty: string; alternatives?: string[] };
        const inside = e.instancePath !== '';
        if (p.alternatives && p.alternatives.length > 1) {
          const alternatives = locale.list(p.alternatives.map(quoted), 'or');
          message = inside
            ? locale.t('schema/required.alternatives-in', { where, alternatives })
            : locale.t('schema/required.alternatives', { alternatives });
        } else
          message = inside
            ? locale.t('schema/required.in', { property: p.missingProperty, where })
            : locale.t('schema/required', { property: p.missingProperty });
        if (at) {
          range = at.keyRange ?? firstKeyRange(at);
          const m = resolved(at);
          if (m && m.kind === 'map') {
            const s = (p.alternatives ?? [p.missingProperty])
              .map((k) => insertProperty(m, k, text, '', locale))
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
        const shown = show(key);
        const inside = e.instancePath !== '';
        if (hint === undefined)
          message = inside
            ? locale.t('schema/additionalProperties.in', { key: shown, where })
            : locale.t('schema/additionalProperties', { key: shown });
        else {
          message = inside
            ? locale.t('schema/additionalProperties.in-suggest', { key: shown, where, hint })
            : locale.t('schema/additionalProperties.suggest', { key: shown, hint });
          if (ent)
            suggestions = [
              {
                title: locale.t('schema/additionalProperties.fix', { hint }),
                edits: [{ range: ent.keyRange, newText: hint }],
              },
            ];
        }
        break;
      }
      case 'type':
        message = locale.t('schema/type', {
          where,
          expected: typeWords((e.params as { type: unknown }).type, locale),
          actual: describe(value, locale),
        });
        break;
      case 'enum': {
        const allowed = ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
        const shown = describe(value, locale);
        message =
          allowed.length <= 8
            ? locale.t('schema/enum', { where, value: shown, allowed: locale.list(allowed, 'comma') })
            : locale.t('schema/enum.many', { where, value: shown, count: String(allowed.length) });
        const [hint] = typeof value === 'string' ? closest(value, allowed, { limit: 1, maxDistance: 4 }) : [];
        if (hint !== undefined && at) {
          message = locale.t('schema/enum.suggest', { where, value: shown, hint });
          suggestions = [{ title: locale.t('schema/enum.fix', { hint }), edits: [{ range: at.range, newText: hint }] }];
        }
        break;
      }
      case 'const':
        message = locale.t('schema/const', {
          where,
          value: JSON.stringify((e.params as { allowedValue: unknown }).allowedValue),
        });
        break;
      case 'pattern': {
        const examples = parentSchema.examples as unknown[] | undefined;
        message =
          examples && examples.length
            ? locale.t('schema/pattern.example', {
                where,
                value: describe(value, locale),
                example: String(examples[0]),
              })
            : locale.t('schema/pattern', { where, value: describe(value, locale) });
        break;
      }
      case 'format': {
        const f = String((e.params as { format: string }).format);
        const known = FORMATS[f];
        message = known
          ? locale.t(known, { where, value: describe(value, locale) })
          : locale.t('schema/format', { where, value: describe(value, locale), format: f });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        // ajv's comparison (>=, >, <=, <) is the keyword's own: each keyword has its template
        const p = e.params as { limit: number };
        message = locale.t(LIMITS[e.keyword]!, { where, value: describe(value, locale), limit: String(p.limit) });
        break;
      }
      case 'minLength': {
        const limit = (e.params as { limit: number }).limit;
        message =
          limit === 1
            ? locale.t('schema/minLength.empty', { where })
            : locale.t('schema/minLength', { where, limit: String(limit) });
        break;
      }
      case 'minItems':
      case 'maxItems': {
        const n = (e.params as { limit: number }).limit;
        const params = { where, limit: String(n) };
        if (e.keyword === 'minItems')
          message = n === 1 ? locale.t('schema/minItems.one', params) : locale.t('schema/minItems', params);
        else message = n === 1 ? locale.t('schema/maxItems.one', params) : locale.t('schema/maxItems', params);
        if (at?.keyRange) range = at.keyRange;
        break;
      }
      case 'propertyNames': {
        const name = (e.params as { propertyName?: string }).propertyName;
        message = locale.t('schema/propertyNames', { where, key: show(name) });
        const m = at ? resolved(at) : null;
        const ent = m && m.kind === 'map' && name !== undefined ? index.entry(m, name) : undefined;
        if (ent) range = ent.keyRange;
        break;
      }
      case 'false schema':
        message = locale.t('schema/false schema', { where });
        if (at?.keyRange) range = at.keyRange;
        break;
      // the rest in ajv's own words (their English is ajv's message), from ajv's parameters
      case 'maxLength':
      case 'minProperties':
      case 'maxProperties': {
        const limit = String((e.params as { limit: number }).limit);
        const key: MessageKey =
          e.keyword === 'maxLength'
            ? 'schema/maxLength'
            : e.keyword === 'minProperties'
              ? 'schema/minProperties'
              : 'schema/maxProperties';
        message = ajvWorded(e, where, key, { limit }, locale);
        break;
      }
      case 'items':
      case 'additionalItems':
      case 'unevaluatedItems':
        message = ajvWorded(e, where, 'schema/items', { limit: String((e.params as { limit: number }).limit) }, locale);
        break;
      case 'multipleOf':
        message = ajvWorded(
          e,
          where,
          'schema/multipleOf',
          { multipleOf: String((e.params as { multipleOf: number }).multipleOf) },
          locale,
        );
        break;
      case 'uniqueItems': {
        const p = e.params as { i: number; j: number };
        message = ajvWorded(e, where, 'schema/uniqueItems', { i: String(p.i), j: String(p.j) }, locale);
        break;
      }
      case 'contains': {
        const p = e.params as { minContains: number; maxContains?: number };
        message =
          p.maxContains === undefined
            ? ajvWorded(e, where, 'schema/contains', { min: String(p.minContains) }, locale)
            : ajvWorded(
                e,
                where,
                'schema/contains.max',
                { min: String(p.minContains), max: String(p.maxContains) },
                locale,
              );
        break;
      }
      case 'dependencies': {
        const p = e.params as { property: string; depsCount: number; deps: string };
        message = ajvWorded(
          e,
          where,
          p.depsCount === 1 ? 'schema/dependencies.one' : 'schema/dependencies',
          { property: String(p.property), deps: String(p.deps) },
          locale,
        );
        break;
      }
      case 'not':
        message = ajvWorded(e, where, 'schema/not', {}, locale);
        break;
      case 'oneOf':
        message = ajvWorded(e, where, 'schema/oneOf', {}, locale);
        break;
      case 'anyOf':
        message = ajvWorded(e, where, 'schema/anyOf', {}, locale);
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
