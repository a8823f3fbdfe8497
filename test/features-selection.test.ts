/** Selection ranges (core/features/selectionRanges.ts): the whole chain of texts from the cursor out. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectionRanges } from '../server/src/core/features/selectionRanges';
import { parseDocument } from '../server/src/core/engine';
import { yaml } from './helpers/fixture';

function chainAt(marked: string): string[] {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return selectionRanges(parseDocument(text, 'plan'), [offset])[0].map((r) => text.slice(r.start, r.end));
}

const PLAN = yaml`
  id: p
  targets:
    - id: t1
      money: { amount: 3|00e9 }
      deadline: 2025
    - id: t2
`;

test('value → pair → mapping → its pair → target item → list → targets pair → document', () => {
  const text = PLAN.replace('|', '');
  assert.deepEqual(chainAt(PLAN), [
    '300e9',
    'amount: 300e9',
    '{ amount: 300e9 }',
    'money: { amount: 300e9 }',
    'id: t1\n    money: { amount: 300e9 }\n    deadline: 2025',
    '- id: t1\n    money: { amount: 300e9 }\n    deadline: 2025',
    '- id: t1\n    money: { amount: 300e9 }\n    deadline: 2025\n  - id: t2',
    'targets:\n  - id: t1\n    money: { amount: 300e9 }\n    deadline: 2025\n  - id: t2',
    text.trimEnd(),
    text,
  ]);
});

test('on a key: the key, then its pair', () => {
  assert.deepEqual(chainAt(PLAN.replace('3|00e9', '300e9').replace('deadline', 'dead|line')).slice(0, 2), [
    'deadline',
    'deadline: 2025',
  ]);
});
