import { referenceRate } from '../domain/fx';
import { parseAmount } from '../domain/money';
import { moneyPlaces } from './moneyPlaces';
import type { Rule } from './rule';

export const TOLERANCE = 0.15;

export const moneyImplausibleEquivalent: Rule = {
  id: 'money/implausible-equivalent',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    const places = moneyPlaces(ctx.plan);
    for (const eq of places) {
      if (eq.role !== 'stated-equivalent' || !eq.amount || !eq.effectiveCurrency) continue;
      const money = places.find((p) => p.owner === eq.owner && p.role === 'money');
      if (!money || !money.amount || !money.effectiveCurrency || money.effectiveCurrency === eq.effectiveCurrency)
        continue;
      const a = parseAmount(money.amount.value, money.amount.source);
      const b = parseAmount(eq.amount.value, eq.amount.source);
      if (!a || !b || a.value <= 0 || b.value <= 0) continue;
      const from = money.effectiveCurrency;
      const to = eq.effectiveCurrency;
      const reference = referenceRate(ctx.plan, eq.owner, from, to, ctx.dataset);
      if (!reference) continue;
      const { year, rate: ref } = reference;
      const implied = a.value / b.value;
      const off = Math.abs(implied / ref - 1);
      if (off > TOLERANCE) {
        ctx.report({
          range: eq.node.range,
          message: ctx.t('money/implausible-equivalent', {
            implied: fmt(implied),
            from,
            to,
            year: String(year),
            reference: fmt(ref),
            off: String(Math.round(off * 100)),
          }),
        });
      }
    }
  },
};

export function fmt(rate: number): string {
  return rate >= 100 ? rate.toFixed(1) : rate >= 1 ? rate.toFixed(2) : rate.toPrecision(3);
}
