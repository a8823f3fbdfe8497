/** Document highlight: every place in this file of the plan id, source id or dataset region id under the cursor. */
import type { DatasetContext } from '../dataset';
import type { ParsedDocument } from '../engine';
import type { Range } from '../types';
import { get } from '../yaml/tree';
import { namedAt, occurrencesIn } from './references';

export interface Highlight {
  range: Range;
  /** `write` where the id is defined (a plan's or source's `id`, a registry entry), `read` where it is used. */
  kind: 'read' | 'write';
}

export function documentHighlights(doc: ParsedDocument, offset: number, dataset: DatasetContext): Highlight[] {
  const named = namedAt(doc, offset, dataset);
  if (!named) return [];
  const definitions = new Set<number>();
  if (named.kind === 'plan' && doc.plan.root) {
    const id = get(doc.plan.root, 'id');
    if (id) definitions.add(id.range.start);
  }
  if (named.kind === 'source') {
    const def = doc.plan.sourceIds.get(named.name);
    if (def) definitions.add(def.range.start);
  }
  if (named.kind === 'region' && doc.kind === 'regions')
    for (const r of occurrencesIn(doc, named)) if (doc.yaml.root && isRegistryId(doc, r)) definitions.add(r.start);
  return occurrencesIn(doc, named).map((range) => ({ range, kind: definitions.has(range.start) ? 'write' : 'read' }));
}

function isRegistryId(doc: ParsedDocument, r: Range): boolean {
  // a registry entry's id is preceded by `id:` on its line
  const lineStart = doc.text.lastIndexOf('\n', r.start - 1) + 1;
  return /(^|[\s{,-])id:\s*$/.test(doc.text.slice(lineStart, r.start));
}
