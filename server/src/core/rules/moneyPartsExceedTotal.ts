import { amountInWords } from '../domain/money';
import { partGroups } from './partPlaces';
import type { Rule } from './rule';

export const moneyPartsExceedTotal: Rule = {
  id: 'money/parts-exceed-total',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    for (const g of partGroups(ctx.plan)) {
      // a part that alone exceeds the whole is money/part-exceeds-total's finding: one root cause, one finding
      if (g.parts.length < 2 || g.parts.some((p) => p.amount > g.whole.amount)) continue;
      const sum = g.parts.reduce((a, p) => a + p.amount, 0);
      if (sum <= g.whole.amount * (1 + 1e-12)) continue;
      const cur = g.whole.currency ? ` ${g.whole.currency}` : '';
      const shown =
        g.parts
          .slice(0, 3)
          .map((p) => `${p.id} ${amountInWords(p.amount)}`)
          .join(' + ') + (g.parts.length > 3 ? ` + ${g.parts.length - 3} more` : '');
      ctx.report({
        range: g.whole.amountNode.range,
        message: `the parts of ${g.whole.id} add up to more than it: ${shown} = ${amountInWords(sum)}${cur} > ${amountInWords(g.whole.amount)}${cur}`,
        related: g.parts.map((p) => ({
          range: p.amountNode.range,
          message: `${p.id}: ${amountInWords(p.amount)}${cur}, part-of ${g.whole.id}`,
        })),
      });
    }
  },
};
