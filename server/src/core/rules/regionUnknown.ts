import { show } from '../strings';
import { codeWithName, lookupRegion, suggestRegions } from '../domain/regions';
import { placesOf } from './regionPlaces';
import { replaceWith, type Rule } from './rule';

export const regionUnknown: Rule = {
  id: 'region/unknown',
  severity: 'error',
  kinds: ['plan', 'regions'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    for (const p of placesOf(ctx)) {
      if (lookupRegion(p.code, ctx.dataset).kind !== 'unknown') continue;
      const near = suggestRegions(p.code, ctx.dataset).map((c) => ({ code: c, named: codeWithName(c, ctx.dataset) }));
      const code = show(p.code);
      ctx.report({
        range: p.node.range,
        message: near.length
          ? ctx.t('region/unknown.suggest', {
              code,
              suggestions: ctx.locale.list(
                near.map((n) => n.named),
                'comma',
              ),
            })
          : ctx.t('region/unknown', { code }),
        suggestions: near.map((n) =>
          replaceWith(p.node.range, n.code, ctx.t('region/unknown.fix', { code: n.code, named: n.named })),
        ),
      });
    }
  },
};
