/** Why a rename cannot start at the cursor, in words for the person who asked (prepareRename's refusal). */
import type { DatasetContext } from '../dataset';
import { currencyByCode, isoRegions, withdrawnCodes } from '../domain/codes';
import type { ParsedDocument } from '../engine';
import { placesOf } from '../rules/regionPlaces';
import { locate } from './locate';

export function renameRefusal(doc: ParsedDocument, offset: number, dataset: DatasetContext): string {
  const locale = dataset.locale;
  if (doc.kind === 'other' || doc.kind === 'config') return locale.t('editor.rename.nothing-in-file');
  const at = locate(doc, offset);
  if (!at) return locale.t('editor.rename.put-cursor');
  if (at.onKey) return locale.t('editor.rename.key', { key: String(at.node.segment) });
  const node = at.node;
  if (node.kind !== 'scalar' || typeof node.value !== 'string') return locale.t('editor.rename.put-cursor');
  const value = node.value;
  const path = at.path;
  if ((path[0] === 'targets' || path[0] === 'measures') && path[2] === 'id' && path.length === 3)
    return path[0] === 'targets'
      ? locale.t('editor.rename.target-id', { id: value })
      : locale.t('editor.rename.measure-id', { id: value });
  const isRegion = placesOf({ plan: doc.plan, root: doc.yaml.root, kind: doc.kind }).some(
    (p) => p.node.range.start === node.range.start,
  );
  if (isRegion && isoRegions.has(value)) return locale.t('editor.rename.iso-region', { code: value });
  if (isRegion && withdrawnCodes.has(value))
    return locale.t('editor.rename.withdrawn-region', { code: value, successor: withdrawnCodes.get(value)!.successor });
  if (isRegion && !dataset.regions.has(value)) return locale.t('editor.rename.unknown-region', { code: value });
  if (path[path.length - 1] === 'currency' && currencyByCode.has(value))
    return locale.t('editor.rename.currency', { code: value });
  return locale.t('editor.rename.not-an-id', { value });
}
