import type { DatasetRegion } from '../dataset';
import { get, items, scalar } from '../yaml/tree';
import type { Rule } from './rule';

/** Follows parent and includes links from `start`; returns the path back to it, if any. */
function cycleFrom(start: string, regions: Map<string, DatasetRegion>): string[] | null {
  const stack: Array<{ id: string; path: string[] }> = [{ id: start, path: [start] }];
  const seen = new Set<string>();
  while (stack.length) {
    const { id, path } = stack.pop()!;
    const r = regions.get(id);
    if (!r) continue;
    for (const next of [...(r.parent ? [r.parent] : []), ...r.includes]) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push({ id: next, path: [...path, next] });
    }
  }
  return null;
}

export const regionCycle: Rule = {
  id: 'region/cycle',
  severity: 'error',
  description: "A dataset region is its own ancestor or member through its parent/includes links.",
  kinds: ['regions'],
  check(ctx) {
    for (const r of items(get(ctx.root, 'regions'))) {
      const idNode = scalar(get(r, 'id'));
      if (!idNode || typeof idNode.value !== 'string') continue;
      // a duplicate of a region defined in another file is reported by id/duplicate, not checked here
      const known = ctx.dataset.regions.get(idNode.value);
      if (known?.file && ctx.file && known.file !== ctx.file) continue;
      const cycle = cycleFrom(idNode.value, ctx.dataset.regions);
      if (cycle) ctx.report({ range: idNode.range, message: `region ${idNode.value} contains itself: ${cycle.join(' → ')}` });
    }
  },
};
