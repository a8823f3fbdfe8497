import { show } from '../strings';
import { insertProperty } from '../schema/validate';
import { get, items, resolved, str } from '../yaml/tree';
import type { Rule } from './rule';

export const sourceMissing: Rule = {
  id: 'source/missing',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const s = get(t, 'sources');
      if (s && items(s).length > 0) continue;
      const idNode = get(t, 'id');
      const range = s?.keyRange ?? idNode?.range ?? t.range;
      const ids = [...ctx.plan.sourceIds.keys()];
      const map = resolved(t);
      const value = `[${ids[0]}]`;
      const insert =
        ids.length === 1 && !s && map && map.kind === 'map' ? insertProperty(map, 'sources', ctx.text, value) : null;
      const fix = insert && { ...insert, title: ctx.t('source/missing.fix', { value }) };
      const name = str(idNode);
      ctx.report({
        range,
        message: name ? ctx.t('source/missing', { id: show(name) }) : ctx.t('source/missing.anonymous'),
        ...(fix ? { suggestions: [fix] } : {}),
      });
    }
  },
};
