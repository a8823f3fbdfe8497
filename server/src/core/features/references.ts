/** What named thing is at the cursor (a plan id, a source id, a dataset region id) and where it occurs in one document. */
import type { DatasetContext } from '../dataset';
import type { ParsedDocument } from '../engine';
import { isoRegions, withdrawnCodes } from '../domain/codes';
import type { Locale } from '../i18n';
import { placesOf } from '../rules/regionPlaces';
import type { Range } from '../types';
import { get, items, scalar } from '../yaml/tree';
import { locate } from './locate';

export type NamedKind = 'plan' | 'source' | 'region';

export interface Named {
  kind: NamedKind;
  name: string;
  range: Range;
}

/** The plan id, source id or dataset region id under the cursor. */
export function namedAt(doc: ParsedDocument, offset: number, dataset: DatasetContext): Named | null {
  const at = locate(doc, offset);
  if (!at || at.onKey || at.node.kind !== 'scalar' || typeof at.node.value !== 'string') return null;
  const name = at.node.value;
  const range = at.node.range;
  const path = at.path;
  if (doc.kind === 'plan') {
    if (path.length === 1 && path[0] === 'id') return { kind: 'plan', name, range };
    if (path[0] === 'relations' && path[2] === 'plan') return { kind: 'plan', name, range };
    if (path[0] === 'sources' && path[2] === 'id' && path.length === 3) return { kind: 'source', name, range };
    if ((path[0] === 'targets' || path[0] === 'measures') && path[2] === 'sources')
      return { kind: 'source', name, range };
  }
  if (doc.kind === 'regions' && path[0] === 'regions' && path[2] === 'id') return { kind: 'region', name, range };
  const isRegionPlace = placesOf({ plan: doc.plan, root: doc.yaml.root, kind: doc.kind }).some(
    (p) => p.node.range.start === range.start,
  );
  if (
    isRegionPlace &&
    !isoRegions.has(name) &&
    !withdrawnCodes.has(name) &&
    (dataset.regions.has(name) || /^[a-z]/.test(name))
  )
    return { kind: 'region', name, range };
  return null;
}

/** Where a name occurs in this document (definitions and uses). */
export function occurrencesIn(doc: ParsedDocument, named: { kind: NamedKind; name: string }): Range[] {
  const out: Range[] = [];
  const push = (n: ReturnType<typeof scalar>) => {
    if (n && n.value === named.name) out.push(n.range);
  };
  if (named.kind === 'plan' && doc.kind === 'plan') {
    push(scalar(get(doc.yaml.root, 'id')));
    for (const r of doc.plan.relations) push(scalar(get(r, 'plan')));
  } else if (named.kind === 'source' && doc.kind === 'plan') {
    for (const s of doc.plan.sources) push(scalar(get(s, 'id')));
    for (const h of [...doc.plan.targets, ...doc.plan.measures])
      for (const r of items(get(h, 'sources'))) push(scalar(r));
  } else if (named.kind === 'region') {
    if (doc.kind === 'regions') for (const r of items(get(doc.yaml.root, 'regions'))) push(scalar(get(r, 'id')));
    for (const p of placesOf({ plan: doc.plan, root: doc.yaml.root, kind: doc.kind }))
      if (p.code === named.name) out.push(p.node.range);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a new name is acceptable for the kind (kebab-case ids): null, or why not in the reader's language. */
export function validNewName(kind: NamedKind, name: string, locale: Locale): string | null {
  // a dataset region id starts with a letter (the registry schema's pattern): 9zone would never be read as one
  if (kind === 'region' && !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name))
    return locale.t('editor.rename.invalid-region-id', { name });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name))
    return kind === 'source'
      ? locale.t('editor.rename.invalid-source-id', { name })
      : locale.t('editor.rename.invalid-plan-id', { name });
  if (kind === 'region' && isoRegions.has(name.toUpperCase()))
    return locale.t('editor.rename.iso-clash', { name, code: name.toUpperCase() });
  return null;
}
