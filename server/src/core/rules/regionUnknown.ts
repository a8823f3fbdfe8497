import { show } from '../strings';
import { codeWithName, lookupRegion, suggestRegions } from '../domain/regions';
import { placesOf } from './regionPlaces';
import { replaceWith, type Rule } from './rule';

export const regionUnknown: Rule = {
  id: 'region/unknown',
  severity: 'error',
  description: 'A region code is not an ISO 3166 code, a withdrawn code or a region the dataset defines.',
  kinds: ['plan', 'regions'],
  check(ctx) {
    for (const p of placesOf(ctx)) {
      if (lookupRegion(p.code, ctx.dataset).kind !== 'unknown') continue;
      const near = suggestRegions(p.code, ctx.dataset);
      const hint = near.length ? `; did you mean ${near.map((c) => codeWithName(c, ctx.dataset)).join(', ')}?` : '';
      ctx.report({
        range: p.node.range,
        message: `unknown region ${show(p.code)}${hint}`,
        suggestions: near.map((c) => replaceWith(p.node.range, c, `Change to ${codeWithName(c, ctx.dataset)}`)),
      });
    }
  },
};
