/**
 * Completion (core/features/completion.ts) in-process, with a `|` cursor: inside flow mappings and
 * sequences, the plain list key before the labelled whole-item variant, the plan snippets only at a list
 * item of a plan, and the deadline forms in order. Whole label lists are compared.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { complete, type CompletionItem } from '../server/src/core/features/completion';
import { parseDocument } from '../server/src/core/engine';
import type { DocumentKind } from '../server/src/core/model';
import { applyEdits, dataset, yaml } from './helpers/fixture';

function at(marked: string, kind: DocumentKind = 'plan') {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'no | cursor');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const r = complete(parseDocument(text, kind), offset, dataset());
  return { items: r.items, text };
}

/** The labels in the order an editor shows them (by sortText, then label). */
function shown(items: CompletionItem[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

const PLAN = yaml`
  id: flow-2023
  title: Flow
  jurisdiction: CN-GD
  period: { start: 2023, end: 2025 }
  currency: CNY
  targets:
    - id: t1
      metric: Scale
      money: { amount: 300e9 }
      deadline: 2025
      sources: [s1]
  sources:
    - id: s1
      title: A source
`;

describe('inside flow mappings', () => {
  test('money: { amount: 300e9, currency: | } offers currencies, the common ones first', () => {
    const { items } = at(PLAN.replace('money: { amount: 300e9 }', 'money: { amount: 300e9, currency: | }'));
    assert.deepEqual(shown(items).slice(0, 7), ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'INR', 'KRW']);
    assert.ok(items.every((i) => i.kind === 'currency'));
  });

  test('money: { amount: 300e9, cur| } offers the missing keys of money, as flow keys', () => {
    const { items, text } = at(PLAN.replace('money: { amount: 300e9 }', 'money: { amount: 300e9, cur| }'));
    assert.deepEqual(shown(items), ['currency']);
    const edited = applyEdits(text, [{ range: items[0].range, newText: items[0].insertText }]);
    assert.match(edited, /money: \{ amount: 300e9, currency: {2}\}/);
  });

  test('quantity: { value: 2000, unit: | } offers the units', () => {
    const { items } = at(PLAN.replace('money: { amount: 300e9 }', 'quantity: { value: 2000, unit: | }'));
    assert.ok(items.length > 5);
    assert.ok(items.every((i) => i.kind === 'unit'));
    assert.ok(items.some((i) => i.label === 'enterprises'));
  });

  test('period: { start: 2023, | } offers end only', () => {
    const { items } = at(PLAN.replace('period: { start: 2023, end: 2025 }', 'period: { start: 2023, | }'));
    assert.deepEqual(shown(items), ['end']);
    assert.equal(items[0].insertText, 'end: ');
  });

  test('period: { start: | } offers the deadline forms, the year first', () => {
    const { items } = at(PLAN.replace('period: { start: 2023, end: 2025 }', 'period: { start: | }'));
    assert.deepEqual(shown(items), ['2026', '"2026-Q4"', '"2026-06"', '"2026-12-31"']);
  });

  test('nested: baseline: { quantity: { value: 900, unit: | } }', () => {
    const { items } = at(PLAN.replace('money: { amount: 300e9 }', 'quantity: { value: 2000, unit: enterprises }\n    baseline: { quantity: { value: 900, unit: | }, at: 2022 }'));
    assert.ok(items.length && items.every((i) => i.kind === 'unit'));
  });

  test('a relation item: - { type: supersedes, plan: | } and - { | }', () => {
    const plans = PLAN.replace('currency: CNY\n', 'currency: CNY\nrelations:\n  - { type: |}\n');
    assert.deepEqual(shown(at(plans).items).sort(), ['amends', 'implements', 'supersedes']);
    const keys = PLAN.replace('currency: CNY\n', 'currency: CNY\nrelations:\n  - { | }\n');
    assert.deepEqual(shown(at(keys).items), ['type', 'plan']);
  });
});

describe('list keys and snippets', () => {
  test('targets: the plain key first, the key with a whole target as a labelled second item', () => {
    const { items } = at('id: x\ntitle: X\ntar|\n');
    const i = items.findIndex((x) => x.label === 'targets');
    assert.equal(items[i].insertText, 'targets:\n  - ');
    assert.equal(items[i].snippet, undefined);
    assert.equal(items[i + 1].label, 'targets with a first target');
    assert.equal(items[i + 1].detail, 'a target with an amount, a baseline, a deadline and sources');
    assert.equal(items[i + 1].snippet, true);
    assert.ok((items[i].sortText ?? '') < (items[i + 1].sortText ?? ''));
    const s = items.find((x) => x.label === 'sources with a first source')!;
    assert.match(s.insertText, /^sources:\n {2}- id: \$\{1:official-text\}\n {4}title: /);
  });

  test('a new item of targets: the three target snippets first, then the keys', () => {
    const { items } = at(PLAN.replace('    sources: [s1]\n', '    sources: [s1]\n  - |\n'));
    assert.deepEqual(shown(items).slice(0, 6), ['target with money', 'target with a quantity', 'target with an outcome', 'id', 'metric', 'deadline']);
  });

  test('no plan snippet in a region registry, nor after a key', () => {
    assert.ok(at('regions:\n  - |\n', 'regions').items.every((i) => i.kind !== 'snippet'));
    assert.ok(at(PLAN.replace('deadline: 2025', 'deadline: |')).items.every((i) => i.kind !== 'snippet'));
    assert.ok(at(PLAN.replace('    status: x', '').replace('metric: Scale', 'metric: Scale\n    |')).items.every((i) => i.kind !== 'snippet'));
  });
});
