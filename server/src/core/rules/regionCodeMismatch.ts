import { countryOf, expectedGbPrefix } from '../domain/regionCodes';
import { codeWithName } from '../domain/regions';
import { get, items, resolved, scalar, str } from '../yaml/tree';
import type { Rule, RuleContext } from './rule';

export const regionCodeMismatch: Rule = {
  id: 'region/code-mismatch',
  severity: 'warning',
  kinds: ['regions'],
  check(ctx) {
    const dup = duplicatedRegionIds(ctx);
    for (const r of items(get(ctx.root, 'regions'))) {
      const id = str(get(r, 'id'));
      const parent = str(get(r, 'parent'));
      const codes = resolved(get(r, 'codes'));
      // a duplicated id or parent: which region is meant is unknown (id/duplicate reports it)
      if (!id || !codes || codes.kind !== 'map' || dup.has(id) || (parent && dup.has(parent))) continue;
      const gb = scalar(get(codes, 'GB/T-2260'));
      const gbText = gb ? String(gb.value ?? '') : '';
      if (gb && parent && /^\d{6}$/.test(gbText)) {
        const want = expectedGbPrefix(parent, ctx.dataset);
        if (want && !gbText.startsWith(want.prefix)) {
          ctx.report({
            range: gb.range,
            message: ctx.t('region/code-mismatch', {
              id,
              code: gbText,
              prefix: want.prefix,
              region: codeWithName(want.from, ctx.dataset, ctx.locale),
            }),
          });
        }
      }
      const lo = scalar(get(codes, 'UN/LOCODE'));
      const loText = lo ? String(lo.value ?? '') : '';
      const m = /^([A-Z]{2}) [A-Z2-9]{3}$/.exec(loText);
      const country = parent ? countryOf(parent, ctx.dataset) : null;
      if (lo && m && country && m[1] !== country) {
        ctx.report({
          range: lo.range,
          message: ctx.t('region/code-mismatch.locode', {
            id,
            code: loText,
            country: m[1]!,
            region: codeWithName(country, ctx.dataset, ctx.locale),
          }),
        });
      }
    }
  },
};

/** Region ids this registry defines twice, or that another registry of the dataset defines too. */
export function duplicatedRegionIds(ctx: RuleContext): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of items(get(ctx.root, 'regions'))) {
    const id = str(get(r, 'id'));
    if (!id) continue;
    const elsewhere = ctx.dataset.regions.get(id);
    if (seen.has(id) || (elsewhere?.file && ctx.file && elsewhere.file !== ctx.file)) dup.add(id);
    seen.add(id);
  }
  return dup;
}
