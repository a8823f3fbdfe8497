import { codeWithName, isInside } from '../domain/regions';
import { regionPlaces } from './regionPlaces';
import type { Rule } from './rule';

export const regionOutsideJurisdiction: Rule = {
  id: 'region/outside-jurisdiction',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    const places = regionPlaces(ctx.plan);
    const j = places.find((p) => p.role === 'jurisdiction');
    if (!j) return;
    for (const p of places) {
      if (p.role === 'jurisdiction') continue;
      if (isInside(p.code, j.code, ctx.dataset) === false) {
        ctx.report({
          range: p.node.range,
          message: ctx.t('region/outside-jurisdiction', {
            region: codeWithName(p.code, ctx.dataset, ctx.locale),
            jurisdiction: codeWithName(j.code, ctx.dataset, ctx.locale),
          }),
          related: [{ range: j.node.range, message: ctx.t('region/outside-jurisdiction.related') }],
        });
      }
    }
  },
};
