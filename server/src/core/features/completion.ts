/** Completion: keys valid at the cursor, enum values, regions (by code or name), currencies, deadlines, ids. */
import type { DatasetContext } from '../dataset';
import { currencyList, currencyWords, isoRegions, regionDisplayName, withdrawnCodes } from '../domain/codes';
import { allUnits } from '../domain/units';
import { measuredOf } from '../rules/targetValue';
import { parseDocument, type ParsedDocument } from '../engine';
import type { Range } from '../types';
import { get, parsePointer, resolved, str } from '../yaml/tree';
import { mapAtIndent, seqAtIndent } from './locate';
import { applicable, conceptAt, enumValues, propertiesAt, type Concept } from './schemaInfo';

export type CompletionKind = 'property' | 'value' | 'enum' | 'region' | 'currency' | 'deadline' | 'reference' | 'snippet' | 'unit';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Text to insert; with `snippet`, in LSP snippet syntax ($1, ${1:x}). */
  insertText: string;
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
  range: Range;
  preselect?: boolean;
}

export interface CompletionResult {
  items: CompletionItem[];
  /** More items exist than were returned: the client should ask again as the user types. */
  incomplete: boolean;
}

const MAX_ITEMS = 200;

const SNIPPETS: Record<string, { label: string; body: string; detail: string }> = {
  targets: {
    label: 'target',
    detail: 'a whole target with money',
    body: 'id: ${1:target-id}\nmetric: ${2:What is measured}\ncomparator: ${3|at-least,more-than,at-most,less-than,exactly,about|}\nmoney: { amount: ${4:100e9} }\ndeadline: ${5:2025}\nsources: [${6:source-id}]',
  },
  measures: {
    label: 'measure',
    detail: 'a whole measure',
    body: 'id: ${1:measure-id}\ntitle: ${2:What the government will do}\ndeadline: ${3:2025}\nsources: [${4:source-id}]',
  },
  sources: {
    label: 'source',
    detail: 'a whole source',
    body: 'id: ${1:source-id}\ntitle: ${2:Title of the document}\npublisher: ${3:Publisher}\nurl: ${4:https://}\ntype: ${5|official-text,official-translation,official-press,news,analysis|}\npublished: ${6:2025-01-01}\naccessed: ${7:2026-01-01}',
  },
};

function indentSnippet(body: string, indent: number): string {
  return body.replace(/\n/g, `\n${' '.repeat(indent)}`);
}

/** In an observation (targets/i/progress/j/…), the target's own unit or currency: offered first. */
function targetTerm(doc: ParsedDocument, path: string[], concept: Concept): string | null {
  if (path[0] !== 'targets' || path[2] !== 'progress') return null;
  const goal = measuredOf(doc.plan.targets.find((x) => x.pointer === `/targets/${path[1]}`) ?? null, doc.plan);
  if (concept === 'unit' && goal?.kind === 'quantity') return goal.unit;
  if (concept === 'currency' && goal?.kind === 'money') return goal.currency;
  return null;
}

function valueItems(concept: Concept, partial: string, range: Range, doc: ParsedDocument, dataset: DatasetContext, path: string[]): CompletionResult {
  const p = partial.replace(/^["']/, '').toLowerCase();
  const items: CompletionItem[] = [];
  const own = targetTerm(doc, path, concept);
  if (own && own.toLowerCase().startsWith(p)) items.push({ label: own, kind: concept === 'unit' ? 'unit' : 'currency', detail: "the target's own", insertText: own, sortText: '!', range, preselect: true });
  let incomplete = false;
  if (concept === 'region') {
    const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const candidates: Array<{ code: string; name: string; detail: string; byName: boolean; rank: number }> = [];
    const consider = (code: string, name: string, detail: string, extra: string[] = []) => {
      const byCode = code.toLowerCase().startsWith(p);
      const names = [name, ...extra].map(norm);
      const byName = !byCode && p.length > 0 && names.some((n) => n.startsWith(p) || n.includes(` ${p}`));
      if (p && !byCode && !byName) return;
      candidates.push({ code, name, detail, byName, rank: code.length + (byName ? 100 : 0) });
    };
    for (const r of dataset.regions.values()) consider(r.id, r.name, 'dataset region', [r.nameOriginal ?? '']);
    for (const r of isoRegions.values()) consider(r.code, regionDisplayName(r), r.level === 'subdivision' ? `subdivision of ${r.parent}` : r.level === 'country' ? 'country' : 'supranational', [r.name, r.nameOriginal ?? '']);
    candidates.sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
    if (candidates.length > MAX_ITEMS) incomplete = true;
    for (const c of candidates.slice(0, MAX_ITEMS)) {
      items.push({ label: c.code, kind: 'region', detail: `${c.name} — ${c.detail}`, insertText: c.code, filterText: c.byName ? `${partial}${c.code} ${c.name}` : `${c.code} ${c.name}`, sortText: String(c.rank).padStart(4, '0') + c.code, range });
    }
    for (const w of withdrawnCodes.values()) if (p && w.code.toLowerCase() === p) items.push({ label: w.successor, kind: 'region', detail: `${w.name} — successor of withdrawn ${w.code}`, insertText: w.successor, range, preselect: true });
  } else if (concept === 'currency') {
    const words = currencyWords[p];
    for (const c of words ?? []) items.push({ label: c, kind: 'currency', detail: `${currencyList.find((x) => x.code === c)?.name} (for "${partial}")`, insertText: c, filterText: partial, range, preselect: true });
    for (const c of currencyList) {
      if (c.code === own) continue;
      if (p && !c.code.toLowerCase().startsWith(p) && !c.name.toLowerCase().includes(p)) continue;
      const common = ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'INR', 'KRW'].indexOf(c.code);
      items.push({ label: c.code, kind: 'currency', detail: c.name, insertText: c.code, filterText: `${c.code} ${c.name}`, sortText: `${common >= 0 ? common : 9}${c.code}`, range });
    }
  } else if (concept === 'deadline') {
    const year = Number((doc.plan.period.end?.end ?? dataset.referenceDate).slice(0, 4));
    const forms: Array<[string, string]> = [
      [String(year), `the year ${year}: ends ${year}-12-31`],
      [`"${year}-Q4"`, `a quarter: ends ${year}-12-31`],
      [`"${year}-06"`, `a month: ends ${year}-06-30`],
      [`"${year}-12-31"`, 'a date'],
    ];
    // the editor sorts by sortText, else by label (where the quoted forms would come first)
    for (const [i, [v, d]] of forms.entries()) items.push({ label: v, kind: 'deadline', detail: d, insertText: v, sortText: String(i), range });
  } else if (concept === 'source-id') {
    for (const [id] of doc.plan.sourceIds) {
      const src = doc.plan.sources.find((s) => str(get(s, 'id')) === id);
      items.push({ label: id, kind: 'reference', detail: str(get(src, 'title')) ?? 'source', insertText: id, range });
    }
  } else if (concept === 'plan-id') {
    for (const [id, list] of dataset.plans ?? []) if (id !== doc.plan.id) items.push({ label: id, kind: 'reference', detail: list[0]?.title ?? 'plan', insertText: id, range });
  } else if (concept === 'unit') {
    for (const u of allUnits(dataset)) if (u.id !== own) items.push({ label: u.id, kind: 'unit', detail: u.description, insertText: u.id, sortText: `1${u.id}`, range });
  }
  if (items.length === 0) {
    const schemas = applicable(rootIdOf(doc), path);
    for (const e of enumValues(schemas)) items.push({ label: String(e.value), kind: 'enum', documentation: e.description, insertText: String(e.value), range });
  }
  return { items, incomplete };
}

const ROOTS: Record<string, string> = {
  plan: 'https://policy-plans.dev/schemas/plan.schema.json',
  regions: 'https://policy-plans.dev/schemas/regions.schema.json',
  config: 'https://policy-plans.dev/schemas/config.schema.json',
};

function rootIdOf(doc: ParsedDocument): string {
  return ROOTS[doc.kind] ?? ROOTS.plan;
}

function keyItems(doc: ParsedDocument, path: string[], existing: Set<string>, range: Range, indent: number): CompletionItem[] {
  const schemas = applicable(rootIdOf(doc), path);
  const items: CompletionItem[] = [];
  propertiesAt(schemas).forEach((p, i) => {
    if (existing.has(p.name)) return;
    const types = p.schemas.map((s) => s.schema.type).flat();
    const isList = types.includes('array');
    const isObject = types.includes('object') && !isList;
    let insertText = `${p.name}: `;
    let snippet = false;
    const snip = SNIPPETS[p.name];
    if (isList && snip) {
      insertText = `${p.name}:\n${' '.repeat(indent + 2)}- ${indentSnippet(snip.body, indent + 4)}`;
      snippet = true;
    } else if (isList) {
      insertText = `${p.name}:\n${' '.repeat(indent + 2)}- `;
    } else if (isObject) {
      insertText = `${p.name}:\n${' '.repeat(indent + 2)}`;
    }
    items.push({
      label: p.name,
      kind: 'property',
      detail: `${p.required ? 'required · ' : ''}${p.title ?? ''}`,
      documentation: p.description,
      insertText,
      snippet,
      sortText: `${p.required ? 0 : 1}${String(i).padStart(3, '0')}`,
      range,
      preselect: p.required && i === 0,
    });
  });
  return items;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Completion at an offset. */
export function complete(docIn: ParsedDocument, offset: number, dataset: DatasetContext): CompletionResult {
  const text = docIn.text;
  const ls = lineStartOf(text, offset);
  const prefix = text.slice(ls, offset);
  const empty: CompletionResult = { items: [], incomplete: false };
  if (/^\s*#/.test(prefix)) return empty;

  // a value after "key: " (or inside a flow list after "[" or ",")
  const flow = /[[,]\s*([^\s,[\]{}:]*)$/.exec(prefix);
  const kv = /^(\s*)(?:-\s+)?([^\s:#][^:#]*?):\s+(?:\[\s*)?([^\s,[\]{}]*)$/.exec(prefix);
  const seqItem = /^(\s*)-\s+([^\s:#]*)$/.exec(prefix);
  const keyOnly = /^(\s*)(-\s+)?([A-Za-z$][\w-]*)?$/.exec(prefix);

  // re-parse without the partial word when the document does not parse, so the structure is known
  // (the partial word becomes spaces of the same length, so that offsets stay the same)
  const blanked = prefix.replace(/[^\s-]+$/, (m) => ' '.repeat(m.length));
  const doc = docIn.yaml.findings.some((f) => f.severity === 'error') ? parseDocument(`${text.slice(0, ls)}${blanked}${text.slice(offset)}`, docIn.kind) : docIn;
  const withPlan: ParsedDocument = doc === docIn ? docIn : { ...doc, text: docIn.text };

  if (flow || kv) {
    const partial = flow ? flow[1] : kv![3];
    const range = { start: offset - partial.length, end: offset };
    let path: string[];
    if (kv) {
      const keyCol = kv[1].length + (/^\s*-\s+/.test(prefix) ? (/-\s+/.exec(prefix.slice(kv[1].length))?.[0].length ?? 2) : 0);
      const map = mapAtIndent(withPlan, ls + keyCol, keyCol);
      path = [...(map ? parsePointer(map.pointer) : []), kv[2].trim()];
      if (/\[\s*[^\]]*$/.test(prefix.slice(prefix.indexOf(':')))) path.push('0');
    } else {
      // inside a flow list: find the list's key on this line
      const k = /([\w-]+):\s*\[[^\]]*$/.exec(prefix);
      const keyCol = k ? prefix.indexOf(k[0]) : 0;
      const map = mapAtIndent(withPlan, ls + keyCol, keyCol);
      path = [...(map ? parsePointer(map.pointer) : []), k ? k[1] : '', '0'];
    }
    const schemas = applicable(rootIdOf(withPlan), path);
    return valueItems(conceptAt(schemas, path), partial, range, withPlan, dataset, path);
  }

  if (seqItem) {
    // "- CN-G": an item of a list of scalars, or the first key of a new mapping item
    const dashCol = seqItem[1].length;
    const seq = seqAtIndent(withPlan, ls + dashCol, dashCol);
    const path = [...(seq ? parsePointer(seq.pointer) : []), '0'];
    const schemas = applicable(rootIdOf(withPlan), path);
    const partial = seqItem[2];
    const range = { start: offset - partial.length, end: offset };
    const isObject = schemas.some((s) => s.schema.type === 'object' || s.schema.properties);
    if (!isObject) return valueItems(conceptAt(schemas, path), partial, range, withPlan, dataset, path);
    const items = keyItems(withPlan, path, new Set(), range, dashCol + 2);
    const listKey = seq ? String(seq.segment) : '';
    const snip = SNIPPETS[listKey];
    if (snip) items.unshift({ label: snip.label, kind: 'snippet', detail: snip.detail, insertText: indentSnippet(snip.body, dashCol + 2), snippet: true, sortText: '0', range, preselect: true });
    return { items, incomplete: false };
  }

  if (keyOnly) {
    const indent = keyOnly[1].length + (keyOnly[2]?.length ?? 0);
    const partial = keyOnly[3] ?? '';
    const range = { start: offset - partial.length, end: offset };
    if (keyOnly[2]) {
      const seq = seqAtIndent(withPlan, ls + keyOnly[1].length, keyOnly[1].length);
      return { items: keyItems(withPlan, [...(seq ? parsePointer(seq.pointer) : []), '0'], new Set(), range, indent), incomplete: false };
    }
    const map = indent === 0 ? resolved(withPlan.yaml.root) : mapAtIndent(withPlan, ls + indent, indent);
    const m = map && map.kind === 'map' ? map : null;
    const existing = new Set((m?.entries ?? []).filter((e) => e.keyRange.start < ls || e.keyRange.start > offset).map((e) => e.key));
    return { items: keyItems(withPlan, m ? parsePointer(m.pointer) : [], existing, range, indent), incomplete: false };
  }
  return empty;
}
