import { allUnits } from '../domain/units';
import { closest, show } from '../strings';
import { get, scalar } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const unitUnknown: Rule = {
  id: 'unit/unknown',
  severity: 'information',
  kinds: ['plan'],
  check(ctx) {
    const units = allUnits(ctx.dataset);
    const ids = new Set(units.map((u) => u.id));
    const holders = ctx.plan.targets.flatMap((t) => [get(t, 'quantity'), get(get(t, 'baseline'), 'quantity')]);
    for (const q of holders) {
      const u = scalar(get(q, 'unit'));
      if (!u || typeof u.value !== 'string' || ids.has(u.value)) continue;
      const v = u.value;
      const alias = units.find(
        (x) => x.aliases?.some((a) => a.toLowerCase() === v.toLowerCase()) || x.id.toLowerCase() === v.toLowerCase(),
      );
      if (alias) {
        ctx.report({
          range: u.range,
          message: `${show(v)} is another spelling of the unit ${alias.id}; write ${alias.id}`,
          suggestions: [replaceWith(u.range, alias.id)],
        });
        continue;
      }
      const near = closest(v, [...ids], { limit: 3 });
      ctx.report({
        range: u.range,
        message: `unknown unit ${show(v)}${near.length ? `; did you mean ${near.join(', ')}?` : ' (add it to the dataset config under units)'}`,
        suggestions: near.map((n) => replaceWith(u.range, n)),
      });
    }
  },
};
