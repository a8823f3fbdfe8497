import { currencyByCode } from '../domain/codes';
import { parseAmount } from '../domain/money';
import { moneyPlaces } from './moneyPlaces';
import type { Rule } from './rule';
import { show } from '../strings';

export const currencyPrecision: Rule = {
  id: 'currency/precision',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    for (const m of moneyPlaces(ctx.plan)) {
      if (!m.amount || !m.effectiveCurrency) continue;
      const c = currencyByCode.get(m.effectiveCurrency);
      if (!c || c.minorUnits === null) continue;
      const a = parseAmount(m.amount.value, m.amount.source);
      if (a && a.decimals > c.minorUnits) {
        const amount = show(m.amount.source);
        ctx.report({
          range: m.amount.range,
          message:
            c.minorUnits === 0
              ? ctx.t('currency/precision.no-minor', { amount, decimals: a.decimals, currency: c.code })
              : ctx.t('currency/precision', { amount, decimals: a.decimals, currency: c.code, minor: c.minorUnits }),
        });
      }
    }
  },
};
