/**
 * Hover and inlay hints (core/features/hover.ts, inlayHints.ts) after the trial: a period's start is its
 * first day; the unit hover names the unit; the money hover adds the exact number and the 亿/万亿 form.
 * Whole hover texts are compared; the reference date is 2026-11-27.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hover } from '../server/src/core/features/hover';
import { inlayHints } from '../server/src/core/features/inlayHints';
import { parseDocument } from '../server/src/core/engine';
import { schemaIds } from '../server/src/core/schema/store';
import { dataset, yaml } from './helpers/fixture';

const PLAN = yaml`
  id: h-2023
  title: H
  jurisdiction: CN-GD
  period: { start: 2023, end: "2025-Q2" }
  currency: CNY
  targets:
    - id: t
      metric: M
      money: { amount: 300e9 }
      deadline: 2025
    - id: q
      metric: Q
      quantity: { value: 2000, unit: enterprises }
      deadline: 2025
    - id: w
      metric: W
      quantity: { value: 3, unit: widgets }
      deadline: 2025
`;

function hoverAt(marked: string): string | null {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return hover(parseDocument(text, 'plan'), offset, dataset(), schemaIds.plan)?.markdown ?? null;
}

test('period start: its first day, not "ends"', () => {
  assert.equal(hoverAt(PLAN.replace('start: 2023', 'start: 20|23')), '**Period start** year 2023: 2023-01-01 – 2023-12-31\n\nthe plan applies from 2023-01-01, 3 years 11 months ago (reference date 2026-11-27)');
  assert.equal(hoverAt(PLAN.replace('"2025-Q2"', '"2025-|Q2"')), '**Period end** quarter 2025-Q2: 2025-04-01 – 2025-06-30\n\nends 2025-06-30, 1 year 5 months ago (reference date 2026-11-27)');
});

test('a unit: the unit itself; an unknown unit says so', () => {
  assert.equal(hoverAt(PLAN.replace('unit: enterprises', 'unit: enter|prises')), '**enterprises** — number of companies\n\ndimension: count');
  assert.equal(hoverAt(PLAN.replace('unit: widgets', 'unit: wid|gets')), "**widgets**: not in the unit list (docs/plan-format.md#units) or the dataset config's units");
});

test('money: in words, the exact number and the 亿 form', () => {
  assert.equal(hoverAt(PLAN.replace('amount: 300e9', 'amount: 30|0e9')), '300 billion CNY\n\n300,000,000,000 CNY · 3000亿');
});

test('inlay hints: a period start shows its first day, the end and deadlines their last', () => {
  const doc = parseDocument(PLAN, 'plan');
  const labels = inlayHints(doc, { start: 0, end: PLAN.length }).map((h) => `${PLAN.slice(0, h.offset).split('\n').length}: ${h.label}`);
  assert.deepEqual(labels, ['4: from 2023-01-01', '4: → 2025-06-30', '9: = 300 billion CNY', '10: → 2025-12-31', '14: → 2025-12-31', '18: → 2025-12-31']);
});
