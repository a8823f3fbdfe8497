import { currencyByCode, currencyList, currencyWords } from '../domain/codes';
import { closest, show } from '../strings';
import { currencyPlaces } from './moneyPlaces';
import { replaceWith, type Rule } from './rule';

export function suggestCurrencies(value: string): string[] {
  const word = currencyWords[value.trim().toLowerCase()];
  if (word) return word;
  const upper = value.toUpperCase();
  if (currencyByCode.has(upper)) return [upper];
  const byName = currencyList.filter((c) => c.name.toLowerCase() === value.toLowerCase()).map((c) => c.code);
  if (byName.length) return byName;
  return closest(
    upper,
    currencyList.map((c) => c.code),
    { limit: 3, maxDistance: 1 },
  );
}

export const currencyUnknown: Rule = {
  id: 'currency/unknown',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    for (const n of currencyPlaces(ctx.plan)) {
      const v = String(n.value);
      if (currencyByCode.has(v)) continue;
      const near = suggestCurrencies(v);
      const named = near.map((c) =>
        ctx.t('currency/unknown.named', {
          code: c,
          name: ctx.locale.currencyName(c, currencyByCode.get(c)?.name ?? c),
        }),
      );
      ctx.report({
        range: n.range,
        message: near.length
          ? ctx.t('currency/unknown.suggest', { value: show(v), suggestions: ctx.locale.list(named, 'comma') })
          : ctx.t('currency/unknown', { value: show(v) }),
        suggestions: near.map((c) => replaceWith(n.range, c, ctx.t('currency/unknown.fix', { code: c }))),
      });
    }
  },
};
