import { withdrawnCodes } from '../domain/codes';
import { regionName } from '../domain/regions';
import { placesOf } from './regionPlaces';
import { replaceWith, type Rule } from './rule';

export const regionDeprecated: Rule = {
  id: 'region/deprecated',
  severity: 'warning',
  kinds: ['plan', 'regions'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    for (const p of placesOf(ctx)) {
      const w = withdrawnCodes.get(p.code);
      if (!w) continue;
      ctx.report({
        range: p.node.range,
        message: ctx.t('region/deprecated', {
          code: p.code,
          name: regionName(p.code, ctx.dataset, ctx.locale) ?? w.name,
          successor: w.successor,
        }),
        suggestions: [replaceWith(p.node.range, w.successor, ctx.t('region/deprecated.fix', { code: w.successor }))],
      });
    }
  },
};
