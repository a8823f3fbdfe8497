import { notFinite } from '../domain/decimalText';
import { show } from '../strings';
import { get, str, walk, type YNode } from '../yaml/tree';
import type { Rule } from './rule';

/** Keys whose values are numbers: money amounts (also baselines, funding and stated equivalents) and quantity values. */
const NUMERIC_KEYS = new Set(['amount', 'value']);

/** The id of the nearest item (target, measure) that holds the node, for the message. */
function itemId(n: YNode): string | null {
  for (let p = n.parent; p; p = p.parent) {
    const id = p.kind === 'map' ? str(get(p, 'id')) : null;
    if (id) return id;
  }
  return null;
}

const WHY = {
  infinite: 'is infinite',
  'not-a-number': 'is not a number',
  underflow: 'is too small to tell from 0',
} as const;

export const numberNotFinite: Rule = {
  id: 'number/not-finite',
  severity: 'error',
  kinds: ['plan'],
  check(ctx) {
    walk(ctx.root, (n) => {
      if (n.kind !== 'scalar' || !NUMERIC_KEYS.has(String(n.segment))) return;
      const why = notFinite(n.value, n.source);
      if (!why) return;
      const id = itemId(n);
      ctx.report({
        range: n.range,
        message: `${n.segment} ${show(n.source)}${id ? ` in ${id}` : ''} ${WHY[why]}; write the figure in digits (such as 300e9 or 300000000000)`,
      });
    });
  },
};
