/**
 * Reading titles, descriptions, enums and concept kinds from the applicable schemas. The built-in schemas'
 * texts are shown from the catalogue (schema-doc.<schema>#<JSON pointer>) in the reader's language; the
 * schema files keep English, and a schema that is not built in (a custom one) shows its own text.
 */
import type { Locale } from '../i18n';
import {
  builtinSchemas,
  expand,
  pick,
  schemasAt,
  SchemaStore,
  type ApplicableSchema,
  type SchemaObject,
} from '../schema/store';

export type Concept = 'region' | 'currency' | 'deadline' | 'source-id' | 'plan-id' | 'unit' | 'indicator' | null;

export const store = new SchemaStore();

/** "plan.schema.json" → "plan" */
function schemaName(id: string): string {
  return id.replace(/^.*\//, '').replace(/\.schema\.json$/, '');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Every object of the built-in schemas with its catalogue key prefix, "schema-doc.plan#/properties/id"; the
 * key of its title is that plus "/title" (see schemaDocKeys).
 */
function indexSchemas(schemas: SchemaObject[]): ReadonlyMap<object, string> {
  const out = new Map<object, string>();
  const walk = (node: unknown, prefix: string): void => {
    if (!node || typeof node !== 'object') return;
    if (!Array.isArray(node)) out.set(node, prefix);
    for (const [k, v] of Object.entries(node)) walk(v, `${prefix}/${escapePointer(k)}`);
  };
  for (const s of schemas) if (typeof s.$id === 'string') walk(s, `schema-doc.${schemaName(s.$id)}#`);
  return out;
}

const DOC_PREFIX = indexSchemas(builtinSchemas);

/**
 * The catalogue keys of every title, description and enum description of the built-in schemas, with the
 * English text each must have (test/i18n-features.test.ts checks the catalogue against it).
 */
export function schemaDocKeys(): Array<{ key: string; en: string }> {
  const out: Array<{ key: string; en: string }> = [];
  for (const [node, prefix] of DOC_PREFIX) {
    const o = node as Record<string, unknown>;
    // a property named "title" is a schema, not a text; examples and defaults are values, not texts
    if (
      /\/(?:properties|patternProperties|\$defs|definitions|x-enumDescriptions)$|\/(?:examples|default|const|enum)(?:\/|$)/.test(
        prefix,
      )
    )
      continue;
    for (const k of ['title', 'description'])
      if (typeof o[k] === 'string') out.push({ key: `${prefix}/${k}`, en: o[k] as string });
    const e = o['x-enumDescriptions'];
    if (e && typeof e === 'object')
      for (const [v, text] of Object.entries(e as Record<string, unknown>))
        if (typeof text === 'string') out.push({ key: `${prefix}/x-enumDescriptions/${escapePointer(v)}`, en: text });
  }
  return out;
}

/** A schema's text in the reader's language: the catalogue's for a built-in schema, else its own. */
function localText(schema: SchemaObject, path: string, english: string, locale: Locale): string {
  const prefix = DOC_PREFIX.get(schema);
  if (prefix === undefined) return english;
  const key = `${prefix}/${path}`;
  const text = locale.tKey(key);
  return text === key ? english : text;
}

/** The first title or description among the applicable schemas, in the reader's language. */
export function schemaText(list: ApplicableSchema[], key: 'title' | 'description', locale: Locale): string | undefined {
  for (const { schema } of list)
    if (schema[key] !== undefined)
      return typeof schema[key] === 'string' ? localText(schema, key, schema[key], locale) : undefined;
  return undefined;
}

export function applicable(rootId: string, path: Array<string | number>): ApplicableSchema[] {
  return schemasAt(store, rootId, path);
}

/** Which domain concept a value at this path is, by the schema it refers to or the path shape. */
export function conceptAt(list: ApplicableSchema[], path: string[]): Concept {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (
    (parent === 'sources' && last !== undefined && /^\d+$/.test(last) && path.length >= 4) ||
    (last === 'sources' && path.length >= 3)
  )
    return 'source-id';
  if (last === 'source' && path[path.length - 3] === 'progress') return 'source-id';
  if (last === 'plan' && path[0] === 'relations') return 'plan-id';
  if (last === 'unit') return 'unit';
  if (last === 'indicator' && path[0] === 'targets') return 'indicator';
  for (const { base } of list) {
    if (base.endsWith('/region.schema.json')) return 'region';
    if (base.endsWith('/deadline.schema.json')) return 'deadline';
  }
  for (const { schema, base } of list) {
    if (base.endsWith('/currency.schema.json') && (last === 'currency' || schema.title === 'Currency'))
      return 'currency';
  }
  if (last === 'currency') return 'currency';
  return null;
}

export function enumValues(list: ApplicableSchema[], locale: Locale): Array<{ value: unknown; description?: string }> {
  const out: Array<{ value: unknown; description?: string }> = [];
  const seen = new Set<string>();
  for (const { schema } of list) {
    const descriptions = (schema['x-enumDescriptions'] ?? {}) as Record<string, string>;
    const values = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : [];
    for (const v of values) {
      const k = JSON.stringify(v);
      if (seen.has(k)) continue;
      seen.add(k);
      const d = descriptions[String(v)];
      out.push({
        value: v,
        description:
          typeof d === 'string'
            ? localText(schema, `x-enumDescriptions/${escapePointer(String(v))}`, d, locale)
            : undefined,
      });
    }
  }
  return out;
}

export interface PropertyInfo {
  name: string;
  required: boolean;
  title?: string;
  description?: string;
  examples?: unknown[];
  schemas: ApplicableSchema[];
}

/** The properties an object at this path may have, required ones first. */
export function propertiesAt(list: ApplicableSchema[], locale: Locale): PropertyInfo[] {
  const required = new Set<string>();
  const props = new Map<string, PropertyInfo>();
  for (const { schema, base } of list) {
    // `required` of a branch without properties (anyOf: [{required: [targets]}, …]) is an alternative, not a must
    if (Array.isArray(schema.required) && schema.properties) for (const r of schema.required) required.add(String(r));
    const p = schema.properties as Record<string, SchemaObject> | undefined;
    if (!p) continue;
    for (const [name, s] of Object.entries(p)) {
      if (name === '$schema' || props.has(name)) continue;
      const sub = expand(store, s, base);
      props.set(name, {
        name,
        required: false,
        title: schemaText(sub, 'title', locale),
        description: schemaText(sub, 'description', locale),
        examples: pick(sub, 'examples'),
        schemas: sub,
      });
    }
  }
  for (const r of required) {
    const p = props.get(r);
    if (p) p.required = true;
  }
  return [...props.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

export { pick };
