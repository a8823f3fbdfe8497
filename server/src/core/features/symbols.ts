/** Document symbols (the plan → targets, measures, sources), folding ranges. */
import type { ParsedDocument } from '../engine';
import type { Locale, MessageKey } from '../i18n';
import type { Range } from '../types';
import { get, items, str, walk, type YNode } from '../yaml/tree';

export type SymbolKind = 'plan' | 'target' | 'measure' | 'source' | 'region' | 'section';

export interface DocSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: DocSymbol[];
}

const WITHOUT_ID: Record<SymbolKind, MessageKey | null> = {
  plan: 'editor.symbol.plan-without-id',
  target: 'editor.symbol.target-without-id',
  measure: 'editor.symbol.measure-without-id',
  source: 'editor.symbol.source-without-id',
  region: 'editor.symbol.region-without-id',
  section: null,
};

function itemSymbol(n: YNode, kind: SymbolKind, detailKey: string, locale: Locale): DocSymbol {
  const idNode = get(n, 'id');
  const id = str(idNode);
  const missing = WITHOUT_ID[kind];
  return {
    name: id ?? (missing ? locale.t(missing) : ''),
    detail: str(get(n, detailKey)) ?? undefined,
    kind,
    range: n.range,
    selectionRange: idNode?.range ?? n.range,
    children: [],
  };
}

/** The outline; an item without an id is named in the reader's language. */
export function documentSymbols(doc: ParsedDocument, locale: Locale): DocSymbol[] {
  const root = doc.yaml.root;
  if (!root) return [];
  if (doc.kind === 'regions') return items(get(root, 'regions')).map((r) => itemSymbol(r, 'region', 'name', locale));
  if (doc.kind !== 'plan') return [];
  const sections: Array<[string, SymbolKind, string]> = [
    ['targets', 'target', 'metric'],
    ['measures', 'measure', 'title'],
    ['sources', 'source', 'title'],
  ];
  const children: DocSymbol[] = [];
  for (const [key, kind, detailKey] of sections) {
    const list = get(root, key);
    if (!list || !list.keyRange) continue;
    children.push({
      name: key,
      kind: 'section',
      range: { start: list.keyRange.start, end: list.range.end },
      selectionRange: list.keyRange,
      children: items(list).map((n) => itemSymbol(n, kind, detailKey, locale)),
    });
  }
  const idNode = get(root, 'id');
  return [
    {
      name: doc.plan.id ?? locale.t('editor.symbol.plan-without-id'),
      detail: str(get(root, 'title')) ?? undefined,
      kind: 'plan',
      range: root.range,
      selectionRange: idNode?.range ?? root.range,
      children,
    },
  ];
}

/**
 * Folding ranges as offsets: every block mapping or list spanning more than one line, except the document's
 * own top level (Fold All would fold the whole file into its first line).
 */
export function foldingRanges(doc: ParsedDocument): Range[] {
  const out: Range[] = [];
  const text = doc.text;
  walk(doc.yaml.root, (n) => {
    if ((n.kind !== 'map' && n.kind !== 'seq') || n.flow || n.parent === null) return;
    const start = n.keyRange ? n.keyRange.start : n.range.start;
    let end = n.range.end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // a document's root and its first key's value can span the same text (regions: …): one fold, not two
    const last = out[out.length - 1];
    if (text.slice(start, end).includes('\n') && !(last && last.start === start && last.end === end))
      out.push({ start, end });
  });
  return out;
}
