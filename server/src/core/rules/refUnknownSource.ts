import { closest, show } from '../strings';
import { get, items, scalar } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const refUnknownSource: Rule = {
  id: 'ref/unknown-source',
  severity: 'error',
  kinds: ['plan'],
  check(ctx) {
    const known = [...ctx.plan.sourceIds.keys()];
    for (const holder of [...ctx.plan.targets, ...ctx.plan.measures]) {
      for (const ref of items(get(holder, 'sources'))) {
        const s = scalar(ref);
        if (!s || typeof s.value !== 'string' || ctx.plan.sourceIds.has(s.value)) continue;
        const near = closest(s.value, known, { limit: 3 });
        ctx.report({
          range: s.range,
          message: `unknown source ${show(s.value)}${near.length ? `; did you mean ${near.join(', ')}?` : known.length ? `; the plan's sources are ${known.slice(0, 5).join(', ')}` : '; the plan defines no sources'}`,
          suggestions: near.map((n) => replaceWith(s.range, n)),
        });
      }
    }
  },
};
