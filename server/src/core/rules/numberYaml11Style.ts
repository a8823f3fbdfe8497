import { show } from '../strings';
import { yaml11Number } from '../domain/money';
import { walk } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

/** Keys whose values are numbers: amount, quantity value, and deadline-like years. */
const NUMERIC_KEYS = new Set(['amount', 'value']);

export const numberYaml11Style: Rule = {
  id: 'number/yaml11-style',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures', 'sources'],
  check(ctx) {
    walk(ctx.root, (n) => {
      if (
        n.kind !== 'scalar' ||
        typeof n.value !== 'string' ||
        !(typeof n.segment === 'string' && NUMERIC_KEYS.has(n.segment))
      )
        return;
      const digits = yaml11Number(n.value);
      if (digits === null) return;
      const quoted = n.style !== 'plain';
      ctx.report({
        range: n.range,
        message: ctx.t(quoted ? 'number/yaml11-style.quoted' : 'number/yaml11-style', {
          value: show(n.value),
          digits: show(digits),
        }),
        suggestions: [replaceWith(n.range, digits, ctx.t('number/yaml11-style.fix', { digits }))],
      });
    });
  },
};
