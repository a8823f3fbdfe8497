/**
 * Structure, in process against the workspace: document symbols (the whole tree), folding ranges (every one)
 * and workspace symbols. Ranges are shown as the lines they span (0-based) and the text they select.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocSymbol, Range } from '../server/src/core';
import { yaml } from './helpers/fixture';
import { short, workspaceOf } from './helpers/cursor';

const PLAN = yaml`
  id: gd-test-2023
  title: Test plan
  jurisdiction: CN-GD
  period: { start: 2023, end: 2025 }
  status: in-force
  currency: CNY
  targets:
    - id: industry-scale-2025
      metric: AI industry scale
      money: { amount: 300e9 }
      deadline: 2025
      sources: [gd-gov-2023]
    - metric: No id
      outcome: x
  measures:
    - { id: m, title: A measure }
  sources:
    - id: gd-gov-2023
      title: The opinions
`;
const REGIONS = yaml`
  regions:
    - { id: shenzhen, name: Shenzhen, parent: CN-GD }
    - id: gba
      name: Greater Bay Area
      includes: [CN-GD]
`;

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
const lines = (text: string, r: Range) => `${lineOf(text, r.start)}-${lineOf(text, r.end)}`;

/** One line per symbol, indented by depth: `kind name — detail [selected text] lines`. */
function render(text: string, symbols: DocSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ''} [${text.slice(s.selectionRange.start, s.selectionRange.end)}] ${lines(text, s.range)}`,
    ...render(text, s.children, depth + 1),
  ]);
}

function one(name: string, text: string) {
  const { ws, path } = workspaceOf({ [name]: text });
  return { ws, file: path(name) };
}

describe('document symbols', () => {
  test('a plan: the plan, its sections and their items, with an item without id named so', () => {
    const { ws, file } = one('test.plan.yaml', PLAN);
    assert.deepEqual(render(PLAN, ws.documentSymbols(file)), [
      'plan gd-test-2023 — Test plan [gd-test-2023] 0-19',
      '  section targets [targets] 6-14',
      '    target industry-scale-2025 — AI industry scale [industry-scale-2025] 7-12',
      '    target (target without id) — No id [metric: No id\n    outcome: x\n] 12-14',
      '  section measures [measures] 14-16',
      '    measure m — A measure [m] 15-15',
      '  section sources [sources] 16-19',
      '    source gd-gov-2023 — The opinions [gd-gov-2023] 17-19',
    ]);
  });

  test('a region registry: one symbol per region', () => {
    const { ws, file } = one('x.regions.yaml', REGIONS);
    assert.deepEqual(render(REGIONS, ws.documentSymbols(file)), [
      'region shenzhen — Shenzhen [shenzhen] 1-1',
      'region gba — Greater Bay Area [gba] 2-5',
    ]);
  });

  test('a plan file that is not a mapping: one plan symbol without id over the whole text', () => {
    const text = '- just\n- a list\n';
    const { ws, file } = one('test.plan.yaml', text);
    assert.deepEqual(render(text, ws.documentSymbols(file)), ['plan (plan without id) [- just\n- a list\n] 0-2']);
  });
});

describe('folding ranges', () => {
  /** Each fold as `first-last: the first line`. */
  const folds = (text: string, ranges: Range[]) =>
    ranges.map((r) => `${lines(text, r)}: ${text.split('\n')[lineOf(text, r.start)]}`);

  test('a plan: each block list and each block item; flow collections do not fold', () => {
    const { ws, file } = one('test.plan.yaml', PLAN);
    assert.deepEqual(folds(PLAN, ws.foldingRanges(file)), [
      '6-13: targets:',
      '7-11:   - id: industry-scale-2025',
      '12-13:   - metric: No id',
      '14-15: measures:',
      '16-18: sources:',
      '17-18:   - id: gd-gov-2023',
    ]);
  });

  test('a registry: the list and the block item, once each', () => {
    const { ws, file } = one('x.regions.yaml', REGIONS);
    assert.deepEqual(folds(REGIONS, ws.foldingRanges(file)), ['0-4: regions:', '2-4:   - id: gba']);
  });
});

describe('workspace symbols', () => {
  const plan = (id: string, title: string, metric: string) =>
    `id: ${id}\ntitle: ${title}\njurisdiction: CN\nperiod: { start: 2024, end: 2026 }\ntargets:\n  - id: t-1\n    metric: ${metric}\n    outcome: x\n    deadline: 2025\nsources:\n  - { id: s, title: S }\n`;
  const FILES = {
    'a.plan.yaml': plan('sz-ai-2024', 'Shenzhen AI plan', 'Open computing power'),
    'b.plan.yaml': plan('national-ai', 'National AI plan', 'Computing centres'),
  };
  const { ws } = workspaceOf(FILES);
  const found = (query: string) =>
    ws
      .workspaceSymbols(query)
      .map(
        (s) =>
          `${s.kind} ${s.name} (${s.container}) ${short(s.file)}: ${FILES[short(s.file) as keyof typeof FILES].slice(s.range.start, s.range.end)}`,
      );

  test('targets by their metric, case-insensitive, with the plan and target id as container', () => {
    assert.deepEqual(found('COMPUTING'), [
      'target Open computing power (sz-ai-2024 · t-1) a.plan.yaml: t-1',
      'target Computing centres (national-ai · t-1) b.plan.yaml: t-1',
    ]);
  });

  test('plans by id or title', () => {
    assert.deepEqual(found('shenzhen'), ['plan sz-ai-2024 (Shenzhen AI plan) a.plan.yaml: sz-ai-2024']);
    assert.deepEqual(found('national-'), ['plan national-ai (National AI plan) b.plan.yaml: national-ai']);
  });

  test('an empty query: every plan and target; a limit cuts the list', () => {
    assert.deepEqual(found(''), [
      'plan sz-ai-2024 (Shenzhen AI plan) a.plan.yaml: sz-ai-2024',
      'target Open computing power (sz-ai-2024 · t-1) a.plan.yaml: t-1',
      'plan national-ai (National AI plan) b.plan.yaml: national-ai',
      'target Computing centres (national-ai · t-1) b.plan.yaml: t-1',
    ]);
    assert.equal(ws.workspaceSymbols('', 1).length, 1);
    assert.deepEqual(found('no such thing'), []);
  });
});

describe('workspace symbols by standing', () => {
  const target = (id: string, value: number, observed: number | null) =>
    `  - id: ${id}\n    metric: Enterprises ${id}\n    comparator: at-least\n    quantity: { value: ${value}, unit: enterprises }\n    baseline: { quantity: { value: 0, unit: enterprises }, at: 2022 }\n    deadline: 2030\n    sources: [s]\n` +
    (observed === null
      ? ''
      : `    progress:\n      - { at: 2026-06-30, quantity: { value: ${observed}, unit: enterprises }, source: s }\n`);
  const PLAN =
    'id: p-2023\ntitle: P\njurisdiction: CN\npublished: 2023-01-01\nperiod: { start: 2023, end: 2030 }\ntargets:\n' +
    target('ahead', 100, 90) +
    target('slow', 100, 5) +
    target('silent', 100, null) +
    'sources:\n  - { id: s, title: S, published: 2023-01-01 }\n';
  const { ws } = workspaceOf({ 'p.plan.yaml': PLAN });

  test('standing:behind lists the targets behind the straight line, with the figures in the container', () => {
    const list = ws.workspaceSymbols('standing:behind');
    assert.deepEqual(
      list.map((s) => s.name),
      ['Enterprises slow'],
    );
    assert.match(list[0]!.container ?? '', /^p-2023 · slow · behind: 5 of at least 100 enterprises on 2026-06-30/);
  });

  test('standing:on-track, standing:not-yet-due, and words after the standing narrow it', () => {
    assert.deepEqual(
      ws.workspaceSymbols('standing:on-track').map((s) => s.name),
      ['Enterprises ahead'],
    );
    assert.deepEqual(
      ws.workspaceSymbols('standing:not-yet-due').map((s) => s.name),
      ['Enterprises silent'],
    );
    assert.deepEqual(
      ws.workspaceSymbols('standing:behind ahead').map((s) => s.name),
      [],
    );
  });
});
