import { allIndicators, findIndicator } from '../dataset';
import { closest, show } from '../strings';
import { get, scalar } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const refUnknownIndicator: Rule = {
  id: 'ref/unknown-indicator',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    const known = allIndicators(ctx.dataset);
    // a lone file: the dataset's lists are unknown, so say nothing rather than guess
    if (!ctx.dataset.plans && known.length === 0) return;
    for (const t of ctx.plan.targets) {
      const s = scalar(get(t, 'indicator'));
      if (!s || typeof s.value !== 'string' || findIndicator(s.value, ctx.dataset)) continue;
      const near = closest(
        s.value,
        known.map((i) => i.id),
        { limit: 3 },
      );
      const id = show(s.value);
      ctx.report({
        range: s.range,
        message: near.length
          ? ctx.t('ref/unknown-indicator.suggest', { id, suggestions: ctx.locale.list(near, 'comma') })
          : known.length
            ? ctx.t('ref/unknown-indicator', { id })
            : ctx.t('ref/unknown-indicator.no-list', { id }),
        suggestions: near.map((n) => replaceWith(s.range, n, ctx.t('ref/unknown-indicator.fix', { id: n }))),
      });
    }
  },
};
