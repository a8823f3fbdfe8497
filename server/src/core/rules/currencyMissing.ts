import { get, scalar } from '../yaml/tree';
import { moneyPlaces } from './moneyPlaces';
import type { Rule } from './rule';

export const currencyMissing: Rule = {
  id: 'currency/missing',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    for (const m of moneyPlaces(ctx.plan)) {
      if (m.effectiveCurrency || !m.amount) continue;
      const key = scalar(get(m.node, 'amount'));
      ctx.report({
        range: m.node.keyRange ?? key?.range ?? m.node.range,
        message: ctx.t('currency/missing'),
      });
    }
  },
};
