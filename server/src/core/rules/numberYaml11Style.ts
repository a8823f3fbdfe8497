import { show } from '../strings';
import { isNumberKey } from '../domain/decimalText';
import { yaml11Number } from '../domain/money';
import { walk } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const numberYaml11Style: Rule = {
  id: 'number/yaml11-style',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures', 'sources'],
  check(ctx) {
    walk(ctx.root, (n) => {
      if (n.kind !== 'scalar' || typeof n.value !== 'string' || !isNumberKey(n.segment)) return;
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
