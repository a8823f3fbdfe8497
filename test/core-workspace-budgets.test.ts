/**
 * What a workspace keeps of files that are not open (WorkspaceOptions: treeBudget, closedTexts, textBudget): the
 * CLI's check keeps no trees, and the texts of closed files while they fit in a budget of characters, so that a
 * large dataset is held as summaries and a file is read again only when its text did not fit. Whatever is kept,
 * the findings are those of a workspace that keeps everything. And the CLI's findings carry no quick fixes
 * (`fixes: 'none'`), which it never prints.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createWorkspace, type PolicyWorkspace, type WorkspaceOptions } from '../server/src/core';

const plan = (n: number) =>
  `id: cn-plan-${n}\ntitle: Plan ${n}\njurisdiction: CN\nperiod: { start: 2023, end: 2027 }\n` +
  `relations:\n  - { type: implements, plan: cn-plan-${(n + 1) % 4} }\n` +
  `targets:\n  - id: t${n}\n    metric: firms\n    region: CN-GD\n` +
  `    quantity: { value: ${n + 10}, unit: enterprises }\n    deadline: 2025\n    sources: [s]\n` +
  `sources:\n  - { id: s, title: Source, url: "https://example.org/${n}", type: official-text }\n`;

const FILES = [0, 1, 2, 3].map((n) => ({ file: `/d/p${n}.plan.yaml`, text: plan(n) }));

function workspace(options: Partial<WorkspaceOptions>): PolicyWorkspace {
  const ws = createWorkspace({ today: '2026-11-28', trusted: true, roots: ['/d'], ...options });
  ws.update({ set: FILES });
  return ws;
}

/** Which files' texts the workspace holds, as 0/1 in file order. */
const held = (ws: PolicyWorkspace) => FILES.map((f) => (ws.textOf(f.file) === null ? 0 : 1)).join('');

describe('closed files under budgets', () => {
  const everything = workspace({});
  const expected = FILES.map((f) => everything.check(f.file));
  const size = FILES[0]!.text.length;

  test('the texts that fit in the text budget are kept, in the order given; the others are dropped', () => {
    assert.equal(held(workspace({ treeBudget: 0, closedTexts: 'with-tree', textBudget: 2 * size + 40 })), '1100');
    assert.equal(held(workspace({ treeBudget: 0, closedTexts: 'with-tree' })), '0000', 'no text budget: none');
    assert.equal(held(workspace({ treeBudget: 0, closedTexts: 'keep' })), '1111', "'keep' keeps every text");
    assert.equal(held(workspace({ treeBudget: 0, closedTexts: 'with-tree', textBudget: 1e9 })), '1111');
  });

  test('a file is checked from its kept text as from a kept tree; a dropped text is given again first', () => {
    const ws = workspace({ treeBudget: 0, closedTexts: 'with-tree', textBudget: 2 * size + 40 });
    FILES.forEach((f, i) => {
      if (ws.textOf(f.file) === null) ws.update({ set: [f] });
      assert.deepEqual(ws.check(f.file), expected[i], f.file);
    });
  });

  test('a released, changed or removed file gives its characters back to the budget', () => {
    const ws = workspace({ treeBudget: 0, closedTexts: 'with-tree', textBudget: 2 * size + 40 });
    const more = (n: number, extra = '') => ({ file: `/d/q${n}.plan.yaml`, text: plan(n) + extra });
    const holds = (f: { file: string }) => ws.textOf(f.file) !== null;
    assert.equal(holds(more(4)) || (ws.update({ set: [more(4)] }), holds(more(4))), false, 'no room for a third');
    ws.release(FILES[0]!.file);
    assert.equal(held(ws), '0100', 'released: dropped');
    ws.update({ set: [more(5)] });
    assert.ok(holds(more(5)), 'a new file fits where the released one was');
    ws.update({ set: [more(5, '# a longer text\n')] });
    assert.ok(holds(more(5)), 'changed: its old text counted no more');
    ws.update({ set: [more(6)] });
    assert.ok(!holds(more(6)), 'full again');
    ws.update({ remove: [FILES[1]!.file] });
    ws.update({ set: [more(7)] });
    assert.ok(holds(more(7)), 'the removed file made room');
    // a dropped text given again is held to be checked, whatever the budget, until it is released
    ws.update({ set: [FILES[3]!] });
    assert.equal(ws.textOf(FILES[3]!.file), FILES[3]!.text);
  });
});

describe('findings without their quick fixes (the CLI)', () => {
  test("'none' leaves out every finding's fixes and nothing else; by default they are there", () => {
    const text =
      'id: cn-p\ntitle: P\njurisdiction: CN\nperiod: { start: 2020, end: 2027 }\ntargets:\n' +
      '  - id: t1\n    metric: firms\n    quantity: { value: 300_000, unit: enterprises }\n    deadline: 2024\n' +
      '    sources: [s]\nsources:\n  - { id: s, title: S, url: "https://example.org/s", type: official-text }\n';
    const make = (fixes: WorkspaceOptions['fixes']) => {
      const ws = createWorkspace({ today: '2026-11-28', trusted: true, roots: ['/d'], ...(fixes ? { fixes } : {}) });
      ws.update({ set: [{ file: '/d/p.plan.yaml', text }] });
      return ws.check('/d/p.plan.yaml');
    };
    const withFixes = make(undefined);
    const without = make('none');
    const codes = withFixes.filter((f) => f.suggestions?.length).map((f) => f.code);
    // a rule that hands over its fixes made (number/yaml11-style) and one that hands over a function (deadline/passed)
    assert.deepEqual(codes, ['number/yaml11-style', 'deadline/passed']);
    assert.equal(withFixes.find((f) => f.code === 'deadline/passed')!.suggestions!.length, 3);
    assert.deepEqual(
      without,
      withFixes.map(({ suggestions: _, ...f }) => f),
    );
  });
});
