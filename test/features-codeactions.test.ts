/**
 * Quick fixes (core/features/codeActions.ts): adding a missing property also comes as a snippet edit with
 * a placeholder (the schema's example), so the value is typed over instead of left empty. Whole texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quickFixes } from '../server/src/core/features/codeActions';
import { parseDocument } from '../server/src/core/engine';
import { applyEdits, findings, yaml } from './helpers/fixture';

const PLAN = yaml`
  id: q-2023
  title: Q
  jurisdiction: CN-GD
  period: { start: 2023, end: 2025 }
  targets:
    - id: t
      metric: M
      outcome: O
      sources: [s]
  sources:
    - { id: s, title: S }
`;

test('"Add property deadline": the plain edit and the snippet with a placeholder', () => {
  const doc = parseDocument(PLAN, 'plan');
  const fixes = quickFixes(findings(PLAN), { start: 0, end: PLAN.length }, doc).filter(
    (f) => f.finding.code === 'schema/required',
  );
  assert.deepEqual(
    fixes.map((f) => f.title),
    ['Add property "deadline"'],
  );
  assert.equal(applyEdits(PLAN, fixes[0].edits), PLAN.replace('sources: [s]\n', 'sources: [s]\n    deadline: \n'));
  assert.equal(
    applyEdits(PLAN, fixes[0].snippetEdits!),
    PLAN.replace('sources: [s]\n', 'sources: [s]\n    deadline: ${1:2025}\n'),
  );
});

test('in a flow mapping: { amount } gets currency with a placeholder', () => {
  const text = PLAN.replace('outcome: O', 'stated-equivalent: { amount: 41e9 }\n      money: { amount: 300e9 }')
    .replace('sources: [s]', 'sources: [s]\n      deadline: 2025')
    .replace('jurisdiction: CN-GD', 'jurisdiction: CN-GD\ncurrency: CNY');
  const fixes = quickFixes(findings(text), { start: 0, end: text.length }, parseDocument(text, 'plan')).filter(
    (f) => f.finding.code === 'schema/required',
  );
  assert.deepEqual(
    fixes.map((f) => f.title),
    ['Add property "currency"'],
  );
  assert.equal(
    applyEdits(text, fixes[0].snippetEdits!),
    text.replace('{ amount: 41e9 }', '{ amount: 41e9, currency: ${1:USD} }'),
  );
});
