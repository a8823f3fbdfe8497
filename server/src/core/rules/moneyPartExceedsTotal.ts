import { amountInWords } from '../domain/money';
import { partGroups } from './partPlaces';
import type { Rule } from './rule';

export const moneyPartExceedsTotal: Rule = {
  id: 'money/part-exceeds-total',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    for (const g of partGroups(ctx.plan)) {
      for (const p of g.parts) {
        if (p.amount <= g.whole.amount) continue;
        const cur = p.currency ? ` ${p.currency}` : '';
        ctx.report({
          range: p.amountNode.range,
          message: `${p.id} (${amountInWords(p.amount)}${cur}) is part of ${g.whole.id} but exceeds its ${amountInWords(g.whole.amount)}${cur}`,
          related: [
            { range: g.whole.amountNode.range, message: `${g.whole.id}: ${amountInWords(g.whole.amount)}${cur}` },
          ],
        });
      }
    }
  },
};
