import { allIndicators, findIndicator } from '../dataset';
import { closest, show } from '../strings';
import { get, scalar } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const refUnknownIndicator: Rule = {
  id: 'ref/unknown-indicator',
  severity: 'error',
  kinds: ['plan'],
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
      ctx.report({
        range: s.range,
        message: `unknown indicator ${show(s.value)}${near.length ? `; did you mean ${near.join(', ')}?` : known.length ? '' : ' (the dataset lists no indicators: add a *.indicators.yaml file)'}`,
        suggestions: near.map((n) => replaceWith(s.range, n)),
      });
    }
  },
};
