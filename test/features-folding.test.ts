/** Folding ranges (core/features/symbols.ts): every multi-line block, never the document's top level. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldingRanges } from '../server/src/core/features/symbols';
import { parseDocument } from '../server/src/core/engine';
import { yaml } from './helpers/fixture';

test('Fold All folds the lists and items, not the whole file into line 1', () => {
  const text = yaml`
    id: f-2023
    period: { start: 2023, end: 2025 }
    targets:
      - id: a
        metric: A
      - id: b
        money:
          amount: 1
    sources: [s]
  `;
  const line = (o: number) => text.slice(0, o).split('\n').length;
  assert.deepEqual(
    foldingRanges(parseDocument(text, 'plan')).map((r) => `${line(r.start)}-${line(r.end)}`),
    ['3-8', '4-5', '6-8', '7-8'],
  );
});
