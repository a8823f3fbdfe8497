import { get } from '../yaml/tree';
import type { Rule } from './rule';

export const periodOrder: Rule = {
  id: 'period/order',
  severity: 'error',
  kinds: ['plan'],
  check(ctx) {
    const { start, end, node } = ctx.plan.period;
    if (!start || !end || start.start <= end.end) return;
    const s = get(node, 'start');
    const e = get(node, 'end');
    ctx.report({
      range: s ? s.range : node!.range,
      message: ctx.t('period/order', { start: start.start, end: end.end }),
      ...(s && e
        ? {
            suggestions: [
              {
                title: ctx.t('period/order.fix'),
                edits: [
                  { range: s.range, newText: ctx.text.slice(e.range.start, e.range.end) },
                  { range: e.range, newText: ctx.text.slice(s.range.start, s.range.end) },
                ],
              },
            ],
          }
        : {}),
    });
  },
};
