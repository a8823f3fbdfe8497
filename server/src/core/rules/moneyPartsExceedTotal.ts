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
      const currency = g.whole.currency;
      // "300 billion CNY" / "3000亿元人民币"; the figure alone when no currency is named
      const shown = (n: number) => (currency ? ctx.locale.money(n, currency) : ctx.locale.scaled(n));
      const params = {
        whole: g.whole.id,
        parts: g.parts
          .slice(0, 3)
          .map((p) => `${p.id} ${ctx.locale.scaled(p.amount)}`)
          .join(' + '),
        sum: shown(sum),
        total: shown(g.whole.amount),
      };
      ctx.report({
        range: g.whole.amountNode.range,
        message:
          g.parts.length > 3
            ? ctx.t('money/parts-exceed-total.more', { ...params, more: String(g.parts.length - 3) })
            : ctx.t('money/parts-exceed-total', params),
        related: g.parts.map((p) => ({
          range: p.amountNode.range,
          message: ctx.t('money/parts-exceed-total.part', { part: p.id, amount: shown(p.amount), whole: g.whole.id }),
        })),
      });
    }
  },
};
