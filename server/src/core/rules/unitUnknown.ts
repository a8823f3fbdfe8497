import { allUnits } from '../domain/units';
import { closest, show } from '../strings';
import { get, scalar, type YNode } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const unitUnknown: Rule = {
  id: 'unit/unknown',
  severity: 'information',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    // the units are read when a plan names one (most plans state money); a few dozen, looked through
    let units: ReturnType<typeof allUnits> | null = null;
    const holders: Array<YNode | null> = [];
    for (const t of ctx.plan.targets) holders.push(get(t, 'quantity'), get(get(t, 'baseline'), 'quantity'));
    for (const q of holders) {
      const u = scalar(get(q, 'unit'));
      if (!u || typeof u.value !== 'string') continue;
      units ??= allUnits(ctx.dataset);
      const id = u.value;
      if (units.some((x) => x.id === id)) continue;
      const v = u.value;
      const alias = units.find(
        (x) => x.aliases?.some((a) => a.toLowerCase() === v.toLowerCase()) || x.id.toLowerCase() === v.toLowerCase(),
      );
      if (alias) {
        ctx.report({
          range: u.range,
          message: ctx.t('unit/unknown.alias', { unit: show(v), id: alias.id }),
          suggestions: [replaceWith(u.range, alias.id, ctx.t('unit/unknown.fix', { unit: alias.id }))],
        });
        continue;
      }
      const near = closest(v, [...new Set(units.map((x) => x.id))], { limit: 3 });
      ctx.report({
        range: u.range,
        message: near.length
          ? ctx.t('unit/unknown.suggest', { unit: show(v), suggestions: ctx.locale.list(near, 'comma') })
          : ctx.t('unit/unknown', { unit: show(v) }),
        suggestions: near.map((n) => replaceWith(u.range, n, ctx.t('unit/unknown.fix', { unit: n }))),
      });
    }
  },
};
