import { withdrawnCodes } from '../domain/codes';
import { placesOf } from './regionPlaces';
import { replaceWith, type Rule } from './rule';

export const regionDeprecated: Rule = {
  id: 'region/deprecated',
  severity: 'warning',
  kinds: ['plan', 'regions'],
  check(ctx) {
    for (const p of placesOf(ctx)) {
      const w = withdrawnCodes.get(p.code);
      if (!w) continue;
      ctx.report({
        range: p.node.range,
        message: `${p.code} (${w.name}) is a withdrawn code; use ${w.successor}`,
        suggestions: [replaceWith(p.node.range, w.successor)],
      });
    }
  },
};
