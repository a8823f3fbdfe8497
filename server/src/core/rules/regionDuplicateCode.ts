import { relativePath } from '../strings';
import type { RelatedPlace } from '../types';
import { get, items, resolved, scalar, str, type YScalar } from '../yaml/tree';
import type { Rule } from './rule';

/** Systems whose codes name one place each. */
const UNIQUE_SYSTEMS = ['GB/T-2260', 'UN/LOCODE'];

export const regionDuplicateCode: Rule = {
  id: 'region/duplicate-code',
  severity: 'warning',
  kinds: ['regions'],
  check(ctx) {
    const seen = new Map<string, { id: string; node: YScalar }>();
    const ownIds = new Set<string>();
    for (const r of items(get(ctx.root, 'regions'))) {
      const id = str(get(r, 'id'));
      if (id) ownIds.add(id);
    }
    for (const r of items(get(ctx.root, 'regions'))) {
      const id = str(get(r, 'id'));
      const codes = resolved(get(r, 'codes'));
      if (!id || !codes || codes.kind !== 'map') continue;
      for (const system of UNIQUE_SYSTEMS) {
        const node = scalar(get(codes, system));
        const code = node ? String(node.value ?? '') : '';
        if (!node || !code) continue;
        const key = `${system} ${code}`;
        const first = seen.get(key);
        if (first && first.id !== id) {
          ctx.report({
            range: node.range,
            message: ctx.t('region/duplicate-code', { system, code, id, other: first.id }),
            related: [
              { range: first.node.range, message: ctx.t('region/duplicate-code.related', { id: first.id, code }) },
            ],
          });
          continue;
        }
        seen.set(key, { id, node });
        // a region of another registry with the same code (regions this file also defines are id/duplicate's)
        const others: RelatedPlace[] = [];
        let other: { id: string; file: string } | null = null;
        for (const o of ctx.dataset.regions.values()) {
          if (o.id === id || ownIds.has(o.id) || !o.file || o.file === ctx.file || o.codes?.[system] !== code) continue;
          others.push({
            file: o.file,
            range: o.range ?? { start: 0, end: 0 },
            message: ctx.t('region/duplicate-code.related-elsewhere', { id: o.id, system, code }),
          });
          other ??= { id: o.id, file: relativePath(ctx.file, o.file) };
        }
        if (other)
          ctx.report({
            range: node.range,
            message: ctx.t('region/duplicate-code.elsewhere', { system, code, id, other: other.id, file: other.file }),
            related: others,
          });
      }
    }
  },
};
