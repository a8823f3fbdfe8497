/** Completion: keys valid at the cursor, enum values, regions (by code or name), currencies, deadlines, ids. */
import { allIndicators, type DatasetContext } from '../dataset';
import { currencyList, currencyWords, isoRegions, regionDisplayName, withdrawnCodes } from '../domain/codes';
import { allUnits } from '../domain/units';
import { measuredOf } from '../rules/targetValue';
import { parseDocument, type ParsedDocument } from '../engine';
import { targetAt } from '../model';
import type { Locale } from '../i18n';
import type { Range } from '../types';
import { get, pathOf, pointerOf, resolved, str } from '../yaml/tree';
import { flowContext } from './flowContext';
import { mapAtIndent, seqAtIndent } from './locate';
import { isoRegionNames, localNames, unitDescription } from './names';
import { indentBody, planSnippets } from './snippets';
import { applicable, conceptAt, enumValues, propertiesAt, type Concept } from './schemaInfo';
import { lineStartOf } from '../text';

export type CompletionKind =
  'property' | 'value' | 'enum' | 'region' | 'currency' | 'deadline' | 'reference' | 'snippet' | 'unit';

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

/** In an observation (targets/i/progress/j/…), the target's own unit or currency: offered first. */
function targetTerm(doc: ParsedDocument, path: string[], concept: Concept): string | null {
  if (path[0] !== 'targets' || path[2] !== 'progress') return null;
  const goal = measuredOf(targetAt(doc.plan, path[1]!), doc.plan);
  if (concept === 'unit' && goal?.kind === 'quantity') return goal.unit;
  if (concept === 'currency' && goal?.kind === 'money') return goal.currency;
  return null;
}

function valueItems(
  concept: Concept,
  partial: string,
  range: Range,
  doc: ParsedDocument,
  dataset: DatasetContext,
  path: string[],
): CompletionResult {
  const p = partial.replace(/^["']/, '').toLowerCase();
  const locale = dataset.locale;
  const zh = locale.language === 'zh-cn';
  const items: CompletionItem[] = [];
  const own = targetTerm(doc, path, concept);
  if (own && own.toLowerCase().startsWith(p))
    items.push({
      label: own,
      kind: concept === 'unit' ? 'unit' : 'currency',
      detail: locale.t('completion.own'),
      insertText: own,
      sortText: '!',
      range,
      preselect: true,
    });
  let incomplete = false;
  if (concept === 'region') {
    const norm = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
    const candidates: Array<{
      code: string;
      name: string;
      detail: string;
      byName: boolean;
      rank: number;
      also: string;
    }> = [];
    // `name` is shown (the reader's language), the English one too when it differs: both filter
    const consider = (code: string, name: string, detail: string, extra: string[] = [], also = '') => {
      const byCode = code.toLowerCase().startsWith(p);
      const names = [name, ...extra].map(norm);
      const byName = !byCode && p.length > 0 && names.some((n) => n.startsWith(p) || n.includes(` ${p}`));
      if (p && !byCode && !byName) return;
      candidates.push({ code, name, detail, byName, rank: code.length + (byName ? 100 : 0), also });
    };
    for (const r of dataset.regions.values()) {
      const name = localNames(locale, r.name, r.nameOriginal).name;
      consider(
        r.id,
        name,
        locale.t('completion.region.dataset', { name }),
        [r.name, r.nameOriginal ?? ''],
        name === r.name ? '' : r.name,
      );
    }
    for (const r of isoRegions.values()) {
      const name = isoRegionNames(r, dataset, locale).name;
      const english = regionDisplayName(r);
      consider(
        r.code,
        name,
        r.level === 'subdivision'
          ? locale.t('completion.region.subdivision', { name, parent: r.parent ?? '' })
          : r.level === 'country'
            ? locale.t('completion.region.country', { name })
            : locale.t('completion.region.supranational', { name }),
        [english, r.name, r.nameOriginal ?? ''],
        name === english ? '' : english,
      );
    }
    candidates.sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
    if (candidates.length > MAX_ITEMS) incomplete = true;
    for (const c of candidates.slice(0, MAX_ITEMS)) {
      items.push({
        label: c.code,
        kind: 'region',
        detail: c.detail,
        insertText: c.code,
        filterText: `${c.byName ? partial : ''}${c.code} ${c.name}${c.also ? ` ${c.also}` : ''}`,
        sortText: String(c.rank).padStart(4, '0') + c.code,
        range,
      });
    }
    for (const w of withdrawnCodes.values())
      if (p && w.code.toLowerCase() === p)
        items.push({
          label: w.successor,
          kind: 'region',
          detail: locale.t('completion.region.successor', {
            name: localNames(locale, w.name, w.nameOriginal).name,
            code: w.code,
          }),
          insertText: w.successor,
          range,
          preselect: true,
        });
  } else if (concept === 'currency') {
    const words = currencyWords[p];
    for (const c of words ?? [])
      items.push({
        label: c,
        kind: 'currency',
        detail: locale.t('completion.currency.for-word', {
          name: locale.currencyName(c, currencyList.find((x) => x.code === c)?.name ?? c),
          word: partial,
        }),
        insertText: c,
        filterText: partial,
        range,
        preselect: true,
      });
    for (const c of currencyList) {
      if (c.code === own) continue;
      const name = zh ? locale.currencyName(c.code, c.name) : c.name;
      if (p && !c.code.toLowerCase().startsWith(p) && !c.name.toLowerCase().includes(p) && !name.includes(p)) continue;
      const common = ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'INR', 'KRW'].indexOf(c.code);
      items.push({
        label: c.code,
        kind: 'currency',
        detail: name,
        insertText: c.code,
        filterText: name === c.name ? `${c.code} ${c.name}` : `${c.code} ${name} ${c.name}`,
        sortText: `${common >= 0 ? common : 9}${c.code}`,
        range,
      });
    }
  } else if (concept === 'deadline') {
    const year = Number((doc.plan.period.end?.end ?? dataset.referenceDate).slice(0, 4));
    const forms: Array<[string, string]> = [
      [String(year), locale.t('completion.deadline.year', { year: String(year), end: `${year}-12-31` })],
      [`"${year}-Q4"`, locale.t('completion.deadline.quarter', { end: `${year}-12-31` })],
      [`"${year}-06"`, locale.t('completion.deadline.month', { end: `${year}-06-30` })],
      [`"${year}-12-31"`, locale.t('completion.deadline.date')],
    ];
    // in this order (a quoted label would sort before the plain year): the year first
    forms.forEach(([v, d], i) =>
      items.push({
        label: v,
        kind: 'deadline',
        detail: d,
        insertText: v,
        filterText: v.replace(/"/g, ''),
        sortText: String(i),
        range,
      }),
    );
  } else if (concept === 'source-id') {
    for (const [id] of doc.plan.sourceIds) {
      const src = doc.plan.sources.find((s) => str(get(s, 'id')) === id);
      items.push({
        label: id,
        kind: 'reference',
        detail: str(get(src, 'title')) ?? locale.t('completion.source'),
        insertText: id,
        range,
      });
    }
  } else if (concept === 'plan-id') {
    for (const [id, list] of dataset.plans ?? [])
      if (id !== doc.plan.id)
        items.push({
          label: id,
          kind: 'reference',
          detail: list[0]?.title ?? locale.t('completion.plan'),
          insertText: id,
          range,
        });
  } else if (concept === 'indicator') {
    for (const i of allIndicators(dataset)) {
      const n = localNames(locale, i.name, i.nameOriginal);
      const name = n.original ? locale.t('hover.named', { name: n.name, original: n.original }) : n.name;
      const unit = i.unit || i.currency ? (i.unit ?? i.currency) : null;
      items.push({
        label: i.id,
        kind: 'reference',
        detail: unit ? locale.t('completion.indicator.unit', { name, unit }) : name,
        insertText: i.id,
        filterText: `${i.id} ${i.name} ${i.nameOriginal ?? ''}`,
        range,
      });
    }
  } else if (concept === 'unit') {
    for (const u of allUnits(dataset))
      if (u.id !== own)
        items.push({
          label: u.id,
          kind: 'unit',
          detail: unitDescription(u, locale),
          insertText: u.id,
          sortText: `1${u.id}`,
          range,
        });
  }
  if (items.length === 0) {
    const schemas = applicable(rootIdOf(doc), path);
    for (const e of enumValues(schemas, locale))
      items.push({
        label: String(e.value),
        kind: 'enum',
        documentation: e.description,
        insertText: String(e.value),
        range,
      });
  }
  return { items, incomplete };
}

const ROOTS: Record<string, string> & { plan: string } = {
  plan: 'https://policy-plans.dev/schemas/plan.schema.json',
  regions: 'https://policy-plans.dev/schemas/regions.schema.json',
  config: 'https://policy-plans.dev/schemas/config.schema.json',
  indicators: 'https://policy-plans.dev/schemas/indicators.schema.json',
};

function rootIdOf(doc: ParsedDocument): string {
  return ROOTS[doc.kind] ?? ROOTS.plan;
}

interface KeyStyle {
  /** `block` inserts `key:` with an indented block for a mapping or a list; `flow` inserts `key: ` inside `{ }`. */
  style: 'block' | 'flow';
  indent: number;
  referenceDate: string;
  locale: Locale;
}

/** "targets with a first target" */
function withFirstLabel(list: string, locale: Locale): string | null {
  if (list === 'targets') return locale.t('completion.list-with-first.targets');
  if (list === 'measures') return locale.t('completion.list-with-first.measures');
  if (list === 'sources') return locale.t('completion.list-with-first.sources');
  return null;
}

function keyItems(
  doc: ParsedDocument,
  path: string[],
  existing: Set<string>,
  range: Range,
  how: KeyStyle,
): CompletionItem[] {
  const schemas = applicable(rootIdOf(doc), path);
  const items: CompletionItem[] = [];
  const indent = how.indent;
  const locale = how.locale;
  propertiesAt(schemas, locale).forEach((p, i) => {
    if (existing.has(p.name)) return;
    const types = p.schemas.map((s) => s.schema.type).flat();
    const isList = types.includes('array');
    const isObject = types.includes('object') && !isList;
    let insertText = `${p.name}: `;
    if (how.style === 'block' && isList) insertText = `${p.name}:\n${' '.repeat(indent + 2)}- `;
    else if (how.style === 'block' && isObject) insertText = `${p.name}:\n${' '.repeat(indent + 2)}`;
    const sortText = `${p.required ? 0 : 1}${String(i).padStart(3, '0')}`;
    items.push({
      label: p.name,
      kind: 'property',
      detail: p.required ? locale.t('completion.key.required', { title: p.title ?? '' }) : (p.title ?? ''),
      documentation: p.description,
      insertText,
      sortText,
      range,
      preselect: p.required && i === 0,
    });
    // the list with a first whole item: a second, labelled item after the plain key
    const first =
      how.style === 'block' && isList && doc.kind === 'plan' && path.length === 0
        ? planSnippets(p.name, how.referenceDate, locale)[0]
        : undefined;
    const label = first ? withFirstLabel(p.name, locale) : null;
    if (first && label) {
      items.push({
        label,
        kind: 'snippet',
        detail: first.detail,
        insertText: `${p.name}:\n${' '.repeat(indent + 2)}- ${indentBody(first.body, indent + 4)}`,
        snippet: true,
        filterText: p.name,
        sortText: `${sortText}~`,
        range,
      });
    }
  });
  return items;
}

/** Keys and values inside a flow mapping or sequence opened on the cursor's line. */
function flowItems(
  doc: ParsedDocument,
  text: string,
  ls: number,
  offset: number,
  dataset: DatasetContext,
): CompletionResult | null {
  const prefix = text.slice(ls, offset);
  const ctx = flowContext(prefix);
  if (!ctx || !ctx.frames.some((f) => f.kind === 'map')) return null;
  // the block place that holds the first open collection: `key: {` or `- {`
  const head = prefix.slice(0, ctx.openColumn);
  const keyed = /^(\s*)((?:-\s+)*)([^\s:#][^:#]*?):\s*$/.exec(head);
  const dashed = /^(\s*)-\s+$/.exec(head);
  let path: string[];
  if (keyed) {
    const keyCol = keyed[1]!.length + keyed[2]!.length;
    const map = keyCol === 0 ? resolved(doc.yaml.root) : mapAtIndent(doc, ls + keyCol, keyCol);
    path = [...(map && map.kind === 'map' ? pathOf(map) : []), keyed[3]!.trim()];
  } else if (dashed) {
    const seq = seqAtIndent(doc, ls + dashed[1]!.length, dashed[1]!.length);
    path = [...(seq ? pathOf(seq) : []), '0'];
  } else return null;
  const inner = ctx.frames[ctx.frames.length - 1]!;
  for (const f of ctx.frames.slice(0, -1)) path.push(f.kind === 'seq' ? '0' : (f.key ?? ''));
  const range = { start: offset - ctx.partial.length, end: offset };
  if (inner.kind === 'map' && inner.key === null) {
    const existing = new Set(inner.keys);
    return {
      items: keyItems(doc, path, existing, range, {
        style: 'flow',
        indent: 0,
        referenceDate: dataset.referenceDate,
        locale: dataset.locale,
      }),
      incomplete: false,
    };
  }
  if (inner.kind === 'map') path.push(inner.key!);
  else path.push('0');
  const schemas = applicable(rootIdOf(doc), path);
  return valueItems(conceptAt(schemas, path), ctx.partial, range, doc, dataset, path);
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
  const doc = docIn.yaml.findings.some((f) => f.severity === 'error')
    ? parseDocument(`${text.slice(0, ls)}${blanked}${text.slice(offset)}`, docIn.kind)
    : docIn;
  const withPlan: ParsedDocument = doc === docIn ? docIn : { ...doc, text: docIn.text };

  const inFlow = flowItems(withPlan, text, ls, offset, dataset);
  if (inFlow) return inFlow;

  if (flow || kv) {
    const partial = flow ? flow[1]! : kv![3]!;
    const range = { start: offset - partial.length, end: offset };
    let path: string[];
    if (kv) {
      const keyCol =
        kv[1]!.length + (/^\s*-\s+/.test(prefix) ? (/-\s+/.exec(prefix.slice(kv[1]!.length))?.[0].length ?? 2) : 0);
      const map = mapAtIndent(withPlan, ls + keyCol, keyCol);
      path = [...(map ? pathOf(map) : []), kv[2]!.trim()];
      if (/\[\s*[^\]]*$/.test(prefix.slice(prefix.indexOf(':')))) path.push('0');
    } else {
      // inside a flow list: find the list's key on this line
      const k = /([\w-]+):\s*\[[^\]]*$/.exec(prefix);
      const keyCol = k ? prefix.indexOf(k[0]) : 0;
      const map = mapAtIndent(withPlan, ls + keyCol, keyCol);
      path = [...(map ? pathOf(map) : []), k ? k[1]! : '', '0'];
    }
    const schemas = applicable(rootIdOf(withPlan), path);
    return valueItems(conceptAt(schemas, path), partial, range, withPlan, dataset, path);
  }

  if (seqItem) {
    // "- CN-G": an item of a list of scalars, or the first key of a new mapping item
    const dashCol = seqItem[1]!.length;
    const seq = seqAtIndent(withPlan, ls + dashCol, dashCol);
    const path = [...(seq ? pathOf(seq) : []), '0'];
    const schemas = applicable(rootIdOf(withPlan), path);
    const partial = seqItem[2]!;
    const range = { start: offset - partial.length, end: offset };
    const isObject = schemas.some((s) => s.schema.type === 'object' || s.schema.properties);
    if (!isObject) return valueItems(conceptAt(schemas, path), partial, range, withPlan, dataset, path);
    const items = keyItems(withPlan, path, new Set(), range, {
      style: 'block',
      indent: dashCol + 2,
      referenceDate: dataset.referenceDate,
      locale: dataset.locale,
    });
    const listKey = seq ? String(seq.segment) : '';
    // whole items, in plan files only, for the plan's own lists
    const snippets =
      withPlan.kind === 'plan' && seq && seq.parent !== null && pointerOf(seq.parent) === ''
        ? planSnippets(listKey, dataset.referenceDate, dataset.locale)
        : [];
    items.unshift(
      ...snippets.map((snip, i) => ({
        label: snip.label,
        kind: 'snippet' as const,
        detail: snip.detail,
        insertText: indentBody(snip.body, dashCol + 2),
        snippet: true,
        ...(snip.filterText ? { filterText: snip.filterText } : {}),
        sortText: `!${i}`,
        range,
        preselect: i === 0,
      })),
    );
    return { items, incomplete: false };
  }

  if (keyOnly) {
    const indent = keyOnly[1]!.length + (keyOnly[2]?.length ?? 0);
    const partial = keyOnly[3] ?? '';
    const range = { start: offset - partial.length, end: offset };
    if (keyOnly[2]) {
      const seq = seqAtIndent(withPlan, ls + keyOnly[1]!.length, keyOnly[1]!.length);
      return {
        items: keyItems(withPlan, [...(seq ? pathOf(seq) : []), '0'], new Set(), range, {
          style: 'block',
          indent,
          referenceDate: dataset.referenceDate,
          locale: dataset.locale,
        }),
        incomplete: false,
      };
    }
    const map = indent === 0 ? resolved(withPlan.yaml.root) : mapAtIndent(withPlan, ls + indent, indent);
    const m = map && map.kind === 'map' ? map : null;
    const existing = new Set(
      (m?.entries ?? []).filter((e) => e.keyRange.start < ls || e.keyRange.start > offset).map((e) => e.key),
    );
    return {
      items: keyItems(withPlan, m ? pathOf(m) : [], existing, range, {
        style: 'block',
        indent,
        referenceDate: dataset.referenceDate,
        locale: dataset.locale,
      }),
      incomplete: false,
    };
  }
  return empty;
}
