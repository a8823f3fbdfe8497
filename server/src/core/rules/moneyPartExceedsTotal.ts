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
        // "300 billion CNY" / "3000亿元人民币"; the figure alone when neither the item nor the plan names a currency
        const shown = (n: number) => (p.currency ? ctx.locale.money(n, p.currency) : ctx.locale.scaled(n));
        const total = shown(g.whole.amount);
        ctx.report({
          range: p.amountNode.range,
          message: ctx.t('money/part-exceeds-total', { part: p.id, amount: shown(p.amount), whole: g.whole.id, total }),
          related: [
            {
              range: g.whole.amountNode.range,
              message: ctx.t('money/part-exceeds-total.whole', { whole: g.whole.id, total }),
            },
          ],
        });
      }
    }
  },
};
