import { isNumberKey, notFinite } from '../domain/decimalText';
import { show } from '../strings';
import { get, str, walk, type YNode } from '../yaml/tree';
import type { Rule } from './rule';

/** The id of the nearest item (target, measure) that holds the node, for the message. */
function itemId(n: YNode): string | null {
  for (let p = n.parent; p; p = p.parent) {
    const id = p.kind === 'map' ? str(get(p, 'id')) : null;
    if (id) return id;
  }
  return null;
}

/** The message by why the number is not finite, with the item's id and without. */
const MESSAGES = {
  infinite: ['number/not-finite', 'number/not-finite.anonymous'],
  'not-a-number': ['number/not-finite.nan', 'number/not-finite.anonymous-nan'],
  underflow: ['number/not-finite.underflow', 'number/not-finite.anonymous-underflow'],
} as const;

export const numberNotFinite: Rule = {
  id: 'number/not-finite',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures', 'sources'],
  check(ctx) {
    walk(ctx.root, (n) => {
      if (n.kind !== 'scalar' || !isNumberKey(n.segment)) return;
      const why = notFinite(n.value, n.source);
      if (!why) return;
      const id = itemId(n);
      const [withId, withoutId] = MESSAGES[why];
      const params = { key: String(n.segment), value: show(n.source) };
      ctx.report({ range: n.range, message: id ? ctx.t(withId, { ...params, id }) : ctx.t(withoutId, params) });
    });
  },
};
