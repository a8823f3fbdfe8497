import { closest, show } from '../strings';
import { get, items, scalar } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const refUnknownSource: Rule = {
  id: 'ref/unknown-source',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    const known = [...ctx.plan.sourceIds.keys()];
    for (const holder of [...ctx.plan.targets, ...ctx.plan.measures]) {
      for (const ref of items(get(holder, 'sources'))) {
        const s = scalar(ref);
        if (!s || typeof s.value !== 'string' || ctx.plan.sourceIds.has(s.value)) continue;
        const near = closest(s.value, known, { limit: 3 });
        const id = show(s.value);
        ctx.report({
          range: s.range,
          message: near.length
            ? ctx.t('ref/unknown-source.suggest', { id, suggestions: ctx.locale.list(near, 'comma') })
            : known.length
              ? ctx.t('ref/unknown-source.listed', { id, sources: ctx.locale.list(known.slice(0, 5), 'comma') })
              : ctx.t('ref/unknown-source.no-sources', { id }),
          suggestions: near.map((n) => replaceWith(s.range, n, ctx.t('ref/unknown-source.fix', { id: n }))),
        });
      }
    }
  },
};
