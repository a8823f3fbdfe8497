import { currencyByCode } from '../domain/codes';
import { parseAmount } from '../domain/money';
import { moneyPlaces } from './moneyPlaces';
import type { Rule } from './rule';
import { show } from '../strings';

export const currencyPrecision: Rule = {
  id: 'currency/precision',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    for (const m of moneyPlaces(ctx.plan)) {
      if (!m.amount || !m.effectiveCurrency) continue;
      const c = currencyByCode.get(m.effectiveCurrency);
      if (!c || c.minorUnits === null) continue;
      const a = parseAmount(m.amount.value, m.amount.source);
      if (a && a.decimals > c.minorUnits) {
        ctx.report({
          range: m.amount.range,
          message: `${show(m.amount.source)} has ${a.decimals} decimal${a.decimals === 1 ? '' : 's'}; ${c.code} has ${c.minorUnits === 0 ? 'no minor units' : `${c.minorUnits} decimal${c.minorUnits === 1 ? '' : 's'}`}`,
        });
      }
    }
  },
};
