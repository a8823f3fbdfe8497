/** Go to definition: a source id to its entry, a plan id to its file, a dataset region to its registry. */
import type { DatasetContext } from '../dataset';
import type { ParsedDocument } from '../engine';
import type { Range } from '../types';
import { get, str } from '../yaml/tree';
import { locate } from './locate';
import { applicable, conceptAt } from './schemaInfo';

export interface Location {
  /** Absent for the same document. */
  file?: string;
  range: Range;
}

export function definition(
  doc: ParsedDocument,
  offset: number,
  dataset: DatasetContext,
  rootSchemaId: string,
): Location[] {
  const at = locate(doc, offset);
  if (!at || at.onKey || at.node.kind !== 'scalar' || typeof at.node.value !== 'string') return [];
  const value = at.node.value;
  const concept = conceptAt(applicable(rootSchemaId, at.path), at.path);
  if (concept === 'source-id') {
    const src = doc.plan.sources.find((s) => str(get(s, 'id')) === value);
    const idNode = get(src, 'id');
    return idNode ? [{ range: idNode.range }] : [];
  }
  if (concept === 'plan-id') return (dataset.plans?.get(value) ?? []).map((p) => ({ file: p.file, range: p.idRange }));
  if (concept === 'region') {
    const r = dataset.regions.get(value);
    return r && r.file && r.range ? [{ file: r.file, range: r.range }] : [];
  }
  return [];
}
