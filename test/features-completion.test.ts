/**
 * Completion, in process against the workspace: the cursor is marked with `|`; each test compares the labels
 * in the order an editor shows them (by sortText, else the label) and the whole item where one matters.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, DocumentKind } from '../server/src/core';
import { atCursor, slice, type CursorOptions } from './helpers/cursor';
import { applyEdits, yaml } from './helpers/fixture';

const PLAN = yaml`
  id: gd-test-2023
  title: Test plan
  jurisdiction: CN-GD
  published: 2023-11-13
  period: { start: 2023, end: 2025 }
  status: in-force
  currency: CNY
  targets:
    - id: industry-scale-2025
      metric: AI industry scale
      comparator: more-than
      money: { amount: 300e9 }
      deadline: 2025
      region: CN-44
      sources: [gd-gov-2023]
      status: achieved
  sources:
    - id: gd-gov-2023
      title: The opinions
`;

interface Shown {
  items: CompletionItem[];
  labels: string[];
  incomplete: boolean;
  /** The text each item's range replaces, by label. */
  replaces: (label: string) => string;
  item: (label: string) => CompletionItem;
}

/** Completion at the cursor, the items in the order the editor shows them. */
function completeAt(marked: string, options: CursorOptions = {}): Shown {
  const { ws, file, offset, text } = atCursor(marked, options);
  const r = ws.complete(file, offset);
  const items = [...r.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  const item = (label: string) => {
    const i = items.find((x) => x.label === label);
    assert.ok(i, `no item ${label} in ${items.map((x) => x.label).join(', ')}`);
    return i;
  };
  return {
    items,
    labels: items.map((i) => i.label),
    incomplete: r.incomplete,
    item,
    replaces: (label) => slice(text, item(label).range),
  };
}

describe('keys', () => {
  test('top-level keys: only those not yet written, required ones first; each list key also with a first item', () => {
    const r = completeAt('id: x\ntitle: X\n|\n');
    assert.deepEqual(r.labels, [
      'jurisdiction',
      'period',
      'sources',
      'sources with a first source',
      'title-original',
      'document-number',
      'issuer',
      'published',
      'status',
      'currency',
      'relations',
      'targets',
      'targets with a first target',
      'measures',
      'measures with a first measure',
      'notes',
      'tags',
    ]);
    assert.deepEqual(r.item('jurisdiction'), {
      label: 'jurisdiction',
      kind: 'property',
      detail: 'required · Jurisdiction',
      insertText: 'jurisdiction: ',
      sortText: '0002',
      preselect: false,
      range: { start: 15, end: 15 },
      documentation:
        "The region whose government issued the plan and where it applies: an ISO country or subdivision code, or a region id from the dataset's *.regions.yaml. Targets and measures default to it.",
    });
    assert.equal(r.item('period').insertText, 'period:\n  ', 'a mapping value goes on the next line');
    assert.equal(r.item('relations').insertText, 'relations:\n  - ', 'a list starts its first item');
    assert.equal(r.item('sources').insertText, 'sources:\n  - ', 'the plain list key');
    assert.equal(
      r.item('sources with a first source').snippet,
      true,
      'the key with a whole source is a snippet of its own',
    );
  });

  test("inside a target: the target's keys not yet written", () => {
    const r = completeAt(PLAN.replace('    status: achieved\n', '    |\n'));
    assert.deepEqual(r.labels, [
      'indicator',
      'part-of',
      'quantity',
      'outcome',
      'stated-equivalent',
      'baseline',
      'quote',
      'status',
      'progress',
      'revises',
      'notes',
    ]);
    assert.equal(r.item('quantity').insertText, 'quantity:\n      ', 'indented under the target');
  });

  test('a new target item: the three target snippets, then the required keys, then the rest', () => {
    const r = completeAt(PLAN.replace('    status: achieved\n', '    status: achieved\n  - |\n'));
    assert.deepEqual(r.labels, [
      'target with money',
      'target with a quantity',
      'target with an outcome',
      'id',
      'metric',
      'deadline',
      'indicator',
      'part-of',
      'comparator',
      'money',
      'quantity',
      'outcome',
      'stated-equivalent',
      'baseline',
      'region',
      'sources',
      'quote',
      'status',
      'progress',
      'revises',
      'notes',
    ]);
    const snippet = r.item('target with money');
    assert.deepEqual(
      { kind: snippet.kind, snippet: snippet.snippet, preselect: snippet.preselect, detail: snippet.detail },
      {
        kind: 'snippet',
        snippet: true,
        preselect: true,
        detail: 'a target with an amount, a baseline, a deadline and sources',
      },
    );
    assert.equal(
      snippet.insertText,
      'id: ${1:industry-scale-2027}\n    metric: ${2:Core AI industry scale}\n    comparator: ${3|at-least,more-than,at-most,less-than,exactly,about|}\n    money: { amount: ${4:300e9} }\n    baseline: { money: { amount: ${5:150e9} }, at: ${6:2025} }\n    deadline: ${7:2027}\n    sources: [${8:official-text}]\n    quote: ${9:verbatim text of the target}',
    );
  });

  test('a region registry entry: the registry fields', () => {
    const r = completeAt('regions:\n  - id: x\n    |\n', { file: 'dataset.regions.yaml' });
    assert.deepEqual(r.labels, ['name', 'name-original', 'parent', 'includes', 'codes']);
    assert.equal(r.item('name').detail, 'required · Name');
  });
});

describe('region codes', () => {
  test('by code: CN-G offers the subdivisions that start so, replacing what was typed', () => {
    const r = completeAt(PLAN.replace('region: CN-44', 'region: CN-G|'));
    assert.deepEqual(r.labels, ['CN-GD', 'CN-GS', 'CN-GX', 'CN-GZ']);
    assert.deepEqual(
      r.items.map((i) => i.detail),
      [
        'Guangdong — subdivision of CN',
        'Gansu — subdivision of CN',
        'Guangxi — subdivision of CN',
        'Guizhou — subdivision of CN',
      ],
    );
    assert.equal(r.replaces('CN-GD'), 'CN-G');
    assert.equal(r.item('CN-GD').insertText, 'CN-GD');
  });

  test('by name: guang offers Guangdong and Guangxi, and the filter text keeps the typed word', () => {
    const r = completeAt(PLAN.replace('region: CN-44', 'region: guang|'));
    assert.deepEqual(r.labels, ['CN-GD', 'CN-GX']);
    assert.equal(r.replaces('CN-GD'), 'guang');
    // editors filter on filterText (or the label) with the typed word: it must survive that
    assert.equal(r.item('CN-GD').filterText, 'guangCN-GD Guangdong');
  });

  test('in a registry, a parent code', () => {
    assert.deepEqual(completeAt('regions:\n  - id: x\n    parent: CN-G|\n', { file: 'dataset.regions.yaml' }).labels, [
      'CN-GD',
      'CN-GS',
      'CN-GX',
      'CN-GZ',
    ]);
  });

  test('the dataset’s own regions come with the ISO codes', () => {
    const regions = 'regions:\n  - { id: shenzhen, name: Shenzhen, parent: CN-GD }\n';
    const r = completeAt('id: x\njurisdiction: sh|\n', { regions });
    assert.deepEqual(r.labels.slice(0, 5), ['SH', 'SH-AC', 'SH-HL', 'SH-TA', 'shenzhen']);
    assert.equal(r.item('shenzhen').detail, 'Shenzhen — dataset region');
  });
});

describe('values', () => {
  test('currencies: the common ones first, then the rest by code', () => {
    const r = completeAt(PLAN.replace('currency: CNY', 'currency: |'));
    assert.equal(r.items.length, 180);
    assert.deepEqual(r.labels.slice(0, 10), ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'INR', 'KRW', 'AED', 'AFN', 'ALL']);
    assert.equal(r.item('CNY').detail, 'Yuan Renminbi');
  });

  test('the everyday word RMB offers CNY, preselected, replacing RMB', () => {
    const r = completeAt(PLAN.replace('currency: CNY', 'currency: RMB|'));
    assert.deepEqual(r.labels, ['CNY']);
    assert.deepEqual(
      { ...r.item('CNY'), range: undefined },
      {
        label: 'CNY',
        kind: 'currency',
        detail: 'Yuan Renminbi (for "RMB")',
        insertText: 'CNY',
        filterText: 'RMB',
        preselect: true,
        range: undefined,
      },
    );
    assert.equal(r.replaces('CNY'), 'RMB');
  });

  test('deadline forms: year, quarter, month, date, each saying when it ends', () => {
    const r = completeAt(PLAN.replace('deadline: 2025', 'deadline: |'));
    assert.deepEqual(
      r.items.map((i) => [i.label, i.detail]),
      [
        ['2025', 'the year 2025: ends 2025-12-31'],
        ['"2025-Q4"', 'a quarter: ends 2025-12-31'],
        ['"2025-06"', 'a month: ends 2025-06-30'],
        ['"2025-12-31"', 'a date'],
      ],
    );
  });

  test('source ids inside sources: [ — with their titles', () => {
    const r = completeAt(PLAN.replace('sources: [gd-gov-2023]', 'sources: [|'));
    assert.deepEqual(
      r.items.map((i) => [i.label, i.kind, i.detail]),
      [['gd-gov-2023', 'reference', 'The opinions']],
    );
  });

  test('enum values: a target status, a comparator, a relation type', () => {
    assert.deepEqual(completeAt(PLAN.replace('status: achieved', 'status: |')).labels, [
      'achieved',
      'active',
      'missed',
      'revised',
      'withdrawn',
    ]);
    assert.deepEqual(completeAt('id: x\ntargets:\n  - id: t\n    comparator: |\n').labels, [
      'about',
      'at-least',
      'at-most',
      'exactly',
      'less-than',
      'more-than',
    ]);
    assert.deepEqual(completeAt('id: x\nrelations:\n  - type: |\n').labels, ['amends', 'implements', 'supersedes']);
  });

  test('a related plan: the ids of the other plans of the dataset', () => {
    const old =
      'id: sz-ai-2020\ntitle: Shenzhen AI plan 2020\njurisdiction: CN\nperiod: { start: 2020, end: 2023 }\nstatus: superseded\nmeasures:\n  - { id: m, title: M }\nsources:\n  - { id: s, title: S }\n';
    const r = completeAt('id: sz-ai-2024\nrelations:\n  - type: supersedes\n    plan: |\n', {
      plans: { 'old.plan.yaml': old },
    });
    assert.deepEqual(
      r.items.map((i) => [i.label, i.detail]),
      [['sz-ai-2020', 'Shenzhen AI plan 2020']],
    );
  });

  test('nothing inside a comment', () => {
    const r = completeAt('# a comment |\nid: x\n');
    assert.deepEqual(r.items, []);
    assert.equal(r.incomplete, false);
  });
});

/** Completion at the cursor: the items as the core returns them, and the text without the cursor. */
function at(marked: string, kind: DocumentKind = 'plan') {
  const { ws, file, offset, text } = atCursor(marked, {
    kind,
    file: kind === 'regions' ? 'test.regions.yaml' : undefined,
  });
  return { items: ws.complete(file, offset).items, text };
}

/** The labels in the order an editor shows them (by sortText, then label). */
function shown(items: CompletionItem[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

const FLOW = yaml`
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
    const { items } = at(FLOW.replace('money: { amount: 300e9 }', 'money: { amount: 300e9, currency: | }'));
    assert.deepEqual(shown(items).slice(0, 7), ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'INR', 'KRW']);
    assert.ok(items.every((i) => i.kind === 'currency'));
  });

  test('money: { amount: 300e9, cur| } offers the missing keys of money, as flow keys', () => {
    const { items, text } = at(FLOW.replace('money: { amount: 300e9 }', 'money: { amount: 300e9, cur| }'));
    assert.deepEqual(shown(items), ['currency']);
    const edited = applyEdits(text, [{ range: items[0].range, newText: items[0].insertText }]);
    assert.match(edited, /money: \{ amount: 300e9, currency: {2}\}/);
  });

  test('quantity: { value: 2000, unit: | } offers the units', () => {
    const { items } = at(FLOW.replace('money: { amount: 300e9 }', 'quantity: { value: 2000, unit: | }'));
    assert.ok(items.length > 5);
    assert.ok(items.every((i) => i.kind === 'unit'));
    assert.ok(items.some((i) => i.label === 'enterprises'));
  });

  test('period: { start: 2023, | } offers end only', () => {
    const { items } = at(FLOW.replace('period: { start: 2023, end: 2025 }', 'period: { start: 2023, | }'));
    assert.deepEqual(shown(items), ['end']);
    assert.equal(items[0].insertText, 'end: ');
  });

  test('period: { start: | } offers the deadline forms, the year first', () => {
    const { items } = at(FLOW.replace('period: { start: 2023, end: 2025 }', 'period: { start: | }'));
    assert.deepEqual(shown(items), ['2026', '"2026-Q4"', '"2026-06"', '"2026-12-31"']);
  });

  test('nested: baseline: { quantity: { value: 900, unit: | } }', () => {
    const { items } = at(
      FLOW.replace(
        'money: { amount: 300e9 }',
        'quantity: { value: 2000, unit: enterprises }\n    baseline: { quantity: { value: 900, unit: | }, at: 2022 }',
      ),
    );
    assert.ok(items.length && items.every((i) => i.kind === 'unit'));
  });

  test('a relation item: - { type: supersedes, plan: | } and - { | }', () => {
    const plans = FLOW.replace('currency: CNY\n', 'currency: CNY\nrelations:\n  - { type: |}\n');
    assert.deepEqual(shown(at(plans).items).sort(), ['amends', 'implements', 'supersedes']);
    const keys = FLOW.replace('currency: CNY\n', 'currency: CNY\nrelations:\n  - { | }\n');
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
    const { items } = at(FLOW.replace('    sources: [s1]\n', '    sources: [s1]\n  - |\n'));
    assert.deepEqual(shown(items).slice(0, 6), [
      'target with money',
      'target with a quantity',
      'target with an outcome',
      'id',
      'metric',
      'deadline',
    ]);
  });

  test('no plan snippet in a region registry, nor after a key', () => {
    assert.ok(at('regions:\n  - |\n', 'regions').items.every((i) => i.kind !== 'snippet'));
    assert.ok(at(FLOW.replace('deadline: 2025', 'deadline: |')).items.every((i) => i.kind !== 'snippet'));
    assert.ok(
      at(FLOW.replace('    status: x', '').replace('metric: Scale', 'metric: Scale\n    |')).items.every(
        (i) => i.kind !== 'snippet',
      ),
    );
  });
});
