/** Reading titles, descriptions, enums and concept kinds from the applicable schemas. */
import { expand, pick, schemasAt, SchemaStore, type ApplicableSchema, type SchemaObject } from '../schema/store';

export type Concept = 'region' | 'currency' | 'deadline' | 'source-id' | 'plan-id' | 'unit' | 'indicator' | null;

export const store = new SchemaStore();

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

export function enumValues(list: ApplicableSchema[]): Array<{ value: unknown; description?: string }> {
  const out: Array<{ value: unknown; description?: string }> = [];
  const seen = new Set<string>();
  for (const { schema } of list) {
    const descriptions = (schema['x-enumDescriptions'] ?? {}) as Record<string, string>;
    const values = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : [];
    for (const v of values) {
      const k = JSON.stringify(v);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ value: v, description: descriptions[String(v)] });
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
export function propertiesAt(list: ApplicableSchema[]): PropertyInfo[] {
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
        title: pick(sub, 'title'),
        description: pick(sub, 'description'),
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
