import { parseDate } from '../domain/deadline';
import { get, scalar } from '../yaml/tree';
import type { Rule } from './rule';

export const sourceAccessedBeforePublished: Rule = {
  id: 'source/accessed-before-published',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    for (const s of ctx.plan.sources) {
      const accessedNode = scalar(get(s, 'accessed'));
      const accessed = parseDate(accessedNode?.value);
      if (!accessed || !accessedNode) continue;
      const published = parseDate(scalar(get(s, 'published'))?.value);
      if (published && accessed < published)
        ctx.report({
          range: accessedNode.range,
          message: ctx.t('source/accessed-before-published', { accessed, published }),
        });
      else if (accessed > ctx.dataset.referenceDate)
        ctx.report({
          range: accessedNode.range,
          message: ctx.t('source/accessed-before-published.future', { accessed, today: ctx.dataset.referenceDate }),
        });
    }
  },
};
