import type { DatasetRegion } from '../dataset';
import { get, items, scalar } from '../yaml/tree';
import type { Rule } from './rule';

type Link = (r: DatasetRegion) => string[];

/** Follows one kind of link (parents up, or members down) from `start`; returns the path back to it, if any. */
function cycleFrom(start: string, regions: Map<string, DatasetRegion>, next: Link): string[] | null {
  const stack: Array<{ id: string; path: string[] }> = [{ id: start, path: [start] }];
  const seen = new Set<string>();
  while (stack.length) {
    const { id, path } = stack.pop()!;
    const r = regions.get(id);
    if (!r) continue;
    for (const n of next(r)) {
      if (n === start) return [...path, n];
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push({ id: n, path: [...path, n] });
    }
  }
  return null;
}

const parents: Link = (r) => (r.parent ? [r.parent] : []);
const members: Link = (r) => r.includes;

export const regionCycle: Rule = {
  id: 'region/cycle',
  severity: 'error',
  kinds: ['regions'],
  check(ctx) {
    for (const r of items(get(ctx.root, 'regions'))) {
      const idNode = scalar(get(r, 'id'));
      if (!idNode || typeof idNode.value !== 'string') continue;
      // a duplicate of a region defined in another file is reported by id/duplicate, not checked here
      const known = ctx.dataset.regions.get(idNode.value);
      if (known?.file && ctx.file && known.file !== ctx.file) continue;
      const up = cycleFrom(idNode.value, ctx.dataset.regions, parents);
      const down = up ? null : cycleFrom(idNode.value, ctx.dataset.regions, members);
      if (up)
        ctx.report({
          range: idNode.range,
          message: ctx.t('region/cycle', { id: idNode.value, path: up.join(ctx.t('region/cycle.parent-step')) }),
        });
      else if (down)
        ctx.report({
          range: idNode.range,
          message: ctx.t('region/cycle.includes', {
            id: idNode.value,
            path: down.join(ctx.t('region/cycle.includes-step')),
          }),
        });
    }
  },
};
