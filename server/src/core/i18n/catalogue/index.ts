/**
 * The message catalogue: every word the tool shows, in English and Simplified Chinese, by key. Parts by
 * area (the rules' codes by family in rules/); a key lives in exactly one part. test/i18n-catalogue.test.ts
 * checks that, that every entry has both languages and that both use the same placeholders.
 *
 * Keys: `<code>` a rule's message, `<code>.<variant>` its other messages, `<code>.fix…` quick-fix titles,
 * `<code>.description` the rule reference; other areas by prefix (`hover.`, `completion.`, `cli.`, …).
 */
import type { CataloguePart } from './entry';
import { general } from './general';
import { region } from './rules/region';
import { currency } from './rules/currency';
import { money } from './rules/money';
import { deadline } from './rules/deadline';
import { period } from './rules/period';
import { baseline } from './rules/baseline';
import { unit } from './rules/unit';
import { target } from './rules/target';
import { id } from './rules/id';
import { ref } from './rules/ref';
import { source } from './rules/source';
import { number } from './rules/number';
import { plan } from './rules/plan';
import { relation } from './rules/relation';
import { progress } from './rules/progress';
import { status } from './rules/status';
import { quote } from './rules/quote';
import { rollup } from './rules/rollup';
import { config } from './rules/config';
import { yaml } from './rules/yaml';
import { schema } from './rules/schema';
import { document } from './rules/document';
import { time } from './time';
import { measure } from './measure';
import { standing } from './standing';
import { cli } from './cli';
import { server } from './server';
import { docs } from './docs';
import { report } from './report';
import { hover } from './hover';
import { completion } from './completion';
import { editor } from './editor';
import { schemaDoc } from './schema-doc';
import { unitDoc } from './units';

export const PARTS = {
  general,
  region,
  currency,
  money,
  deadline,
  period,
  baseline,
  unit,
  target,
  id,
  ref,
  source,
  number,
  plan,
  relation,
  progress,
  status,
  quote,
  rollup,
  config,
  yaml,
  schema,
  document,
  time,
  measure,
  standing,
  cli,
  server,
  docs,
  report,
  hover,
  completion,
  editor,
  schemaDoc,
  unitDoc,
} as const satisfies Record<string, CataloguePart>;

/** One type of all the parts' entries (the union of the parts, as one object). */
type Merged<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Catalogue = Merged<(typeof PARTS)[keyof typeof PARTS]>;

/**
 * Every entry by key, in one object without a prototype: an object literal that spread the 35 parts into it
 * took about 10 ms of every start (the CLI's and the server's) adding 1,161 properties one hidden class at a
 * time; an object made with `Object.create(null)` is a dictionary from the start.
 */
export const catalogue: Catalogue = Object.assign(Object.create(null), ...Object.values(PARTS));

export type MessageKey = keyof typeof catalogue;
export type { CataloguePart, Entry } from './entry';
