/**
 * The built-in schemas and a small navigator over them: which sub-schemas apply at a JSON pointer
 * (for hover and completion; ajv only validates).
 */
import planSchema from '../../../../schemas/plan.schema.json';
import regionsSchema from '../../../../schemas/regions.schema.json';
import configSchema from '../../../../schemas/config.schema.json';
import regionSchema from '../../../../schemas/region.schema.json';
import targetSchema from '../../../../schemas/target.schema.json';
import deadlineSchema from '../../../../schemas/deadline.schema.json';
import currencySchema from '../../../../schemas/currency.schema.json';
import indicatorsSchema from '../../../../schemas/indicators.schema.json';

export type JsonSchema = { [key: string]: unknown } | boolean;
export type SchemaObject = { [key: string]: unknown };

export const SCHEMA_BASE = 'https://policy-plans.dev/schemas/';
export const schemaIds = {
  plan: `${SCHEMA_BASE}plan.schema.json`,
  regions: `${SCHEMA_BASE}regions.schema.json`,
  config: `${SCHEMA_BASE}config.schema.json`,
  indicators: `${SCHEMA_BASE}indicators.schema.json`,
} as const;

/**
 * The schema of one item of each top-level list of a plan (`targets`, `measures`, `sources`), as the plan schema's
 * `items` names it: an absolute schema id, or the plan schema's id with a `#/$defs/…` pointer.
 */
export function planItemSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  const props = (planSchema as { properties?: Record<string, { items?: { $ref?: string } }> }).properties ?? {};
  for (const list of ['targets', 'measures', 'sources']) {
    const ref = props[list]?.items?.$ref;
    if (ref) out[list] = new URL(ref, schemaIds.plan).href;
  }
  return out;
}

export const builtinSchemas: SchemaObject[] = [
  regionSchema,
  deadlineSchema,
  currencySchema,
  indicatorsSchema,
  targetSchema,
  planSchema,
  regionsSchema,
  configSchema,
] as SchemaObject[];

/** Schemas by absolute id, with `$ref` resolution relative to each schema's `$id`. */
export class SchemaStore {
  private readonly byId = new Map<string, SchemaObject>();

  constructor(schemas: SchemaObject[] = builtinSchemas) {
    for (const s of schemas) if (typeof s.$id === 'string') this.byId.set(s.$id, s);
  }

  add(schema: SchemaObject, id?: string): void {
    const key = id ?? (schema.$id as string);
    if (key) this.byId.set(key, schema);
  }

  get(id: string): SchemaObject | undefined {
    return this.byId.get(id);
  }

  /** Resolves `ref` written inside the schema whose base is `base`. Returns the target and its base. */
  resolve(base: string, ref: string): { schema: JsonSchema; base: string } | undefined {
    let abs: string;
    try {
      abs = new URL(ref, base).href;
    } catch {
      return undefined;
    }
    const hash = abs.indexOf('#');
    const docId = hash >= 0 ? abs.slice(0, hash) : abs;
    const fragment = hash >= 0 ? decodeURIComponent(abs.slice(hash + 1)) : '';
    const doc = this.byId.get(docId);
    if (!doc) return undefined;
    if (!fragment) return { schema: doc, base: docId };
    if (!fragment.startsWith('/')) return undefined; // named anchors are not used by our schemas
    let cur: unknown = doc;
    for (const seg of fragment.slice(1).split('/')) {
      const s = seg.replace(/~1/g, '/').replace(/~0/g, '~');
      if (cur && typeof cur === 'object' && s in (cur as object)) cur = (cur as Record<string, unknown>)[s];
      else return undefined;
    }
    return { schema: cur as JsonSchema, base: docId };
  }
}

export interface ApplicableSchema {
  schema: SchemaObject;
  base: string;
}

/**
 * Expands a schema into itself plus every schema it pulls in through `$ref`, `allOf`, `anyOf`, `oneOf`
 * (the alternatives are all offered: completion shows what any branch allows).
 */
export function expand(
  store: SchemaStore,
  schema: JsonSchema,
  base: string,
  out: ApplicableSchema[] = [],
  seen = new Set<unknown>(),
): ApplicableSchema[] {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return out;
  seen.add(schema);
  const b = typeof schema.$id === 'string' ? new URL(schema.$id, base).href : base;
  out.push({ schema, base: b });
  if (typeof schema.$ref === 'string') {
    const r = store.resolve(b, schema.$ref);
    if (r) expand(store, r.schema, r.base, out, seen);
  }
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[k];
    if (Array.isArray(list)) for (const s of list) expand(store, s as JsonSchema, b, out, seen);
  }
  for (const k of ['then', 'else'] as const) if (schema[k]) expand(store, schema[k] as JsonSchema, b, out, seen);
  return out;
}

/** The schemas that apply at a path of keys and indexes below a root schema. */
export function schemasAt(store: SchemaStore, rootId: string, path: Array<string | number>): ApplicableSchema[] {
  const root = store.get(rootId);
  if (!root) return [];
  let current = expand(store, root, rootId);
  for (const seg of path) {
    const next: ApplicableSchema[] = [];
    const seen = new Set<unknown>();
    for (const { schema, base } of current) {
      let child: JsonSchema | undefined;
      if (typeof seg === 'number' || /^\d+$/.test(String(seg))) {
        const idx = Number(seg);
        const prefix = schema.prefixItems;
        if (Array.isArray(prefix) && idx < prefix.length) child = prefix[idx] as JsonSchema;
        else if (schema.items !== undefined) child = schema.items as JsonSchema;
      }
      if (child === undefined && typeof seg === 'string') {
        const props = schema.properties as Record<string, JsonSchema> | undefined;
        if (props && Object.prototype.hasOwnProperty.call(props, seg)) child = props[seg];
        else if (schema.patternProperties && typeof schema.patternProperties === 'object') {
          for (const [p, s] of Object.entries(schema.patternProperties as Record<string, JsonSchema>)) {
            if (safeTest(p, seg)) {
              child = s;
              break;
            }
          }
        }
        if (child === undefined && typeof schema.additionalProperties === 'object')
          child = schema.additionalProperties as JsonSchema;
      }
      if (child !== undefined) expand(store, child, base, next, seen);
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

function safeTest(pattern: string, s: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(s);
  } catch {
    return false;
  }
}

/** The first of title/description/examples/etc. found among the applicable schemas. */
export function pick<T = unknown>(list: ApplicableSchema[], key: string): T | undefined {
  for (const { schema } of list) if (schema[key] !== undefined) return schema[key] as T;
  return undefined;
}
