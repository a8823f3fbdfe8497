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
          message: `accessed ${accessed}, before the source was published (${published})`,
        });
      else if (accessed > ctx.dataset.referenceDate)
        ctx.report({
          range: accessedNode.range,
          message: `accessed ${accessed} is in the future (today is ${ctx.dataset.referenceDate})`,
        });
    }
  },
};
