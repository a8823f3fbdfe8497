/** Why a rename cannot start at the cursor, in words for the person who asked (prepareRename's refusal). */
import type { DatasetContext } from '../dataset';
import { currencyByCode, isoRegions, withdrawnCodes } from '../domain/codes';
import type { ParsedDocument } from '../engine';
import { placesOf } from '../rules/regionPlaces';
import { locate } from './locate';

export function renameRefusal(doc: ParsedDocument, offset: number, dataset: DatasetContext): string {
  const general = 'only plan ids, source ids and dataset region ids can be renamed';
  if (doc.kind === 'other' || doc.kind === 'config') return `nothing in this file can be renamed: ${general}`;
  const at = locate(doc, offset);
  if (!at) return `put the cursor on an id to rename it: ${general}`;
  if (at.onKey) return `${String(at.node.segment)} is a key of the format and cannot be renamed: ${general}`;
  const node = at.node;
  if (node.kind !== 'scalar' || typeof node.value !== 'string')
    return `put the cursor on an id to rename it: ${general}`;
  const value = node.value;
  const path = at.path;
  if ((path[0] === 'targets' || path[0] === 'measures') && path[2] === 'id' && path.length === 3)
    return `${value} is a ${path[0] === 'targets' ? 'target' : 'measure'} id, used only where it is written: edit it in place`;
  const isRegion = placesOf({ plan: doc.plan, root: doc.yaml.root, kind: doc.kind }).some(
    (p) => p.node.range.start === node.range.start,
  );
  if (isRegion && isoRegions.has(value))
    return `${value} is an ISO 3166 code, not a dataset region: it cannot be renamed (choose another code instead)`;
  if (isRegion && withdrawnCodes.has(value))
    return `${value} is a withdrawn ISO code: replace it with ${withdrawnCodes.get(value)!.successor} instead of renaming it`;
  if (isRegion && !dataset.regions.has(value))
    return `${value} is not a region of this dataset: define it in a *.regions.yaml file first`;
  if (path[path.length - 1] === 'currency' && currencyByCode.has(value))
    return `${value} is an ISO 4217 currency code and cannot be renamed`;
  return `${value} is not an id: ${general}`;
}
