/** Document highlight (core/features/highlights.ts): every place of the id under the cursor, definitions as `write`. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentHighlights } from '../server/src/core/features/highlights';
import { parseDocument } from '../server/src/core/engine';
import type { DocumentKind } from '../server/src/core/model';
import { dataset, yaml } from './helpers/fixture';

function highlightsAt(marked: string, kind: DocumentKind = 'plan'): Array<[number, string, string]> {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const lines = (o: number) => text.slice(0, o).split('\n').length;
  return documentHighlights(
    parseDocument(text, kind),
    offset,
    dataset({ regions: [{ id: 'shenzhen', name: 'Shenzhen', parent: 'CN-GD', includes: [] }] }),
  ).map((h) => [lines(h.range.start), text.slice(h.range.start, h.range.end), h.kind]);
}

const PLAN = yaml`
  id: p-2023
  title: P
  jurisdiction: CN-GD
  period: { start: 2023, end: 2025 }
  targets:
    - { id: a, metric: A, outcome: O, deadline: 2025, sources: [gov, press] }
    - { id: b, metric: B, outcome: O, deadline: 2025, sources: [gov], region: shenzhen }
  measures:
    - { id: m, title: M, regions: [shenzhen] }
  sources:
    - { id: gov, title: G }
    - { id: press, title: P }
`;

test('a source id: its definition and every use in the file', () => {
  assert.deepEqual(highlightsAt(PLAN.replace('sources: [gov]', 'sources: [g|ov]')), [
    [6, 'gov', 'read'],
    [7, 'gov', 'read'],
    [11, 'gov', 'write'],
  ]);
});

test('a dataset region id: every use; an ISO code or a plain word: nothing', () => {
  assert.deepEqual(highlightsAt(PLAN.replace('region: shenzhen', 'region: shen|zhen')), [
    [7, 'shenzhen', 'read'],
    [9, 'shenzhen', 'read'],
  ]);
  assert.deepEqual(highlightsAt(PLAN.replace('jurisdiction: CN-GD', 'jurisdiction: CN-|GD')), []);
  assert.deepEqual(highlightsAt(PLAN.replace('title: P', 'title: |P')), []);
});

test('the plan id', () => {
  assert.deepEqual(highlightsAt(PLAN.replace('id: p-2023', 'id: p-|2023')), [[1, 'p-2023', 'write']]);
});
