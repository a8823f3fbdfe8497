import { isoRegions, withdrawnCodes } from '../domain/codes';
import { get, items, scalar, type YScalar } from '../yaml/tree';
import type { Rule } from './rule';
import { relativePath } from '../strings';

export const regionDuplicate: Rule = {
  id: 'id/duplicate',
  severity: 'error',
  kinds: ['regions'],
  check(ctx) {
    const first = new Map<string, YScalar>();
    for (const r of items(get(ctx.root, 'regions'))) {
      const idNode = scalar(get(r, 'id'));
      if (!idNode || typeof idNode.value !== 'string') continue;
      const id = idNode.value;
      const prev = first.get(id);
      if (prev) {
        ctx.report({
          range: idNode.range,
          message: ctx.t('id/duplicate.region', { id }),
          related: [{ range: prev.range, message: ctx.t('id/duplicate.first', { id }) }],
        });
        continue;
      }
      first.set(id, idNode);
      const withdrawn = withdrawnCodes.get(id.toUpperCase());
      if (withdrawn) {
        ctx.report({
          range: idNode.range,
          message: ctx.t('id/duplicate.region-withdrawn', {
            id,
            code: withdrawn.code,
            name: withdrawn.name,
            successor: withdrawn.successor,
          }),
        });
        continue;
      }
      const iso = isoRegions.get(id.toUpperCase());
      if (iso) {
        ctx.report({
          range: idNode.range,
          message: ctx.t('id/duplicate.region-iso', { id, code: iso.code, name: iso.shortName ?? iso.name }),
        });
        continue;
      }
      const other = ctx.dataset.regions.get(id);
      if (other && other.file && ctx.file && other.file !== ctx.file) {
        ctx.report({
          range: idNode.range,
          message: ctx.t('id/duplicate.region-elsewhere', { id, file: relativePath(ctx.file, other.file) }),
          related: [
            {
              file: other.file,
              range: other.range ?? { start: 0, end: 0 },
              message: ctx.t('id/duplicate.also-here', { id }),
            },
          ],
        });
      }
    }
  },
};
