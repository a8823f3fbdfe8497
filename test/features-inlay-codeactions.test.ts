/**
 * Inlay hints and code actions, in process against the workspace. Hints are shown where they sit in their
 * line (`‸` marks the spot); code actions are compared by title, preference and the finding they fix, and
 * applied to give the whole fixed text.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { PolicyWorkspace } from '../server/src/core';
import { applyEdits, yaml } from './helpers/fixture';
import { workspaceOf } from './helpers/cursor';

const PLAN = yaml`
  id: gd-test-2023
  title: Test plan
  jurisdiction: CN-44
  published: 2023-11-13
  period: { start: 2023, end: 2025 }
  status: ended
  currency: CNY
  targets:
    - id: industry-scale-2025
      metric: AI industry scale
      comparator: more-than
      money: { amount: 300e9 }
      stated-equivalent: { amount: 41.12e9, currency: USD }
      deadline: 2025
      region: CN-XX
      sources: [gd-gov-2023]
      status: achieved
    - id: firms
      metric: AI firms
      quantity: { value: 1.5e4, unit: enterprises }
      deadline: "2024-Q2"
      sources: [gd-gov-2023]
  sources:
    - id: gd-gov-2023
      title: The opinions
`;

function planWorkspace(text: string): { ws: PolicyWorkspace; file: string } {
  const { ws, path: at } = workspaceOf({ 'test.plan.yaml': text });
  return { ws, file: at('test.plan.yaml') };
}

describe('inlay hints', () => {
  const { ws, file } = planWorkspace(PLAN);
  /** Each hint as `line: the line up to the hint‸ label`. */
  const shown = (range: { start: number; end: number }) =>
    ws.inlayHints(file, range).map((h) => {
      const lineStart = PLAN.lastIndexOf('\n', h.offset - 1) + 1;
      return `${PLAN.slice(0, h.offset).split('\n').length - 1}: ${PLAN.slice(lineStart, h.offset)}‸ ${h.label}`;
    });

  test('the first day of the period, the end of every deadline and of the period, amounts in words, and each target’s standing', () => {
    assert.deepEqual(shown({ start: 0, end: PLAN.length }), [
      '4: period: { start: 2023‸ from 2023-01-01',
      '4: period: { start: 2023, end: 2025‸ → 2025-12-31',
      '8:   - id: industry-scale-2025‸ no-data',
      '11:     money: { amount: 300e9‸ = 300 billion CNY',
      '12:     stated-equivalent: { amount: 41.12e9‸ = 41.12 billion USD',
      '13:     deadline: 2025‸ → 2025-12-31',
      '17:   - id: firms‸ no-data',
      '20:     deadline: "2024-Q2"‸ → 2024-06-30',
    ]);
  });

  test('labels carry no padding of their own (the editor adds it)', () => {
    for (const h of ws.inlayHints(file, { start: 0, end: PLAN.length }))
      assert.equal(h.label, h.label.trim(), JSON.stringify(h.label));
  });

  test('only the hints inside the requested range', () => {
    assert.deepEqual(shown({ start: 0, end: PLAN.indexOf('status:') }), [
      '4: period: { start: 2023‸ from 2023-01-01',
      '4: period: { start: 2023, end: 2025‸ → 2025-12-31',
    ]);
    assert.deepEqual(shown({ start: PLAN.indexOf('  - id: firms'), end: PLAN.length }), [
      '17:   - id: firms‸ no-data',
      '20:     deadline: "2024-Q2"‸ → 2024-06-30',
    ]);
  });

  test('no hints in a region registry', () => {
    const { ws: r, path: at } = workspaceOf({ 'x.regions.yaml': 'regions:\n  - { id: a, name: A }\n' });
    assert.deepEqual(r.inlayHints(at('x.regions.yaml'), { start: 0, end: 100 }), []);
  });
});

describe('code actions', () => {
  const { ws, file } = planWorkspace(PLAN);
  const at = (needle: string) => ({ start: PLAN.indexOf(needle), end: PLAN.indexOf(needle) });
  const listed = (range: { start: number; end: number }) =>
    ws.codeActions(file, range).map((q) => `${q.finding.code}: ${q.title}${q.preferred ? ' (preferred)' : ''}`);

  test('the one fix of a finding is preferred, and applying it fixes the text', () => {
    const actions = ws.codeActions(file, at('CN-44'));
    assert.deepEqual(listed(at('CN-44')), ['region/deprecated: Change to CN-GD (preferred)']);
    assert.equal(applyEdits(PLAN, actions[0].edits), PLAN.replace('jurisdiction: CN-44', 'jurisdiction: CN-GD'));
  });

  test('several suggestions: none preferred, the closest first', () => {
    assert.deepEqual(listed(at('CN-XX')), [
      'region/unknown: Change to CN-GX (Guangxi)',
      'region/unknown: Change to CN-JX (Jiangxi)',
      'region/unknown: Change to CN-NX (Ningxia)',
    ]);
  });

  test('a passed deadline: record progress or mark the target', () => {
    assert.deepEqual(listed(at('"2024-Q2"')), [
      'deadline/passed: Record progress',
      'deadline/passed: Mark achieved',
      'deadline/passed: Mark missed',
    ]);
    const mark = ws.codeActions(file, at('"2024-Q2"'))[1];
    assert.equal(
      applyEdits(PLAN, mark.edits),
      PLAN.replace(
        '    sources: [gd-gov-2023]\nsources:',
        '    sources: [gd-gov-2023]\n    status: achieved\nsources:',
      ),
    );
  });

  test('a range over the whole text: every fix of every finding, in text order', () => {
    assert.deepEqual(listed({ start: 0, end: PLAN.length }), [
      'region/deprecated: Change to CN-GD (preferred)',
      'region/unknown: Change to CN-GX (Guangxi)',
      'region/unknown: Change to CN-JX (Jiangxi)',
      'region/unknown: Change to CN-NX (Ningxia)',
      'deadline/passed: Record progress',
      'deadline/passed: Mark achieved',
      'deadline/passed: Mark missed',
    ]);
  });

  test('nothing away from any finding', () => {
    assert.deepEqual(ws.codeActions(file, { start: 0, end: 3 }), []);
  });

  test("every broken sample's first fix removes its finding", () => {
    // the folder is one dataset (some samples need another file of it), as the CLI checks it
    const dir = path.join(__dirname, '..', 'samples', 'broken');
    const files: Record<string, string> = {};
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')))
      files[name] = fs.readFileSync(path.join(dir, name), 'utf8');
    const { ws: w, path: p } = workspaceOf(files);
    let fixable = 0;
    for (const name of Object.keys(files)
      .filter((f) => f.endsWith('.plan.yaml'))
      .sort()) {
      const text = files[name]!;
      const expect = /^# expect: (\S+)/.exec(text)![1];
      const finding = w.check(p(name)).find((f) => f.code === expect);
      assert.ok(finding, `${name}: ${expect}`);
      // an empty range at the start of the finding (a cursor) is enough
      const actions = w
        .codeActions(p(name), { start: finding.range.start, end: finding.range.start })
        .filter((q) => q.finding.code === expect);
      assert.equal(actions.length, finding.suggestions?.length ?? 0, `${name}: one action per suggestion`);
      if (!actions.length) continue;
      fixable++;
      assert.equal(
        actions.some((q) => q.preferred),
        actions.length === 1,
        `${name}: preferred iff one fix`,
      );
      const { ws: after, path: p2 } = workspaceOf({ ...files, [name]: applyEdits(text, actions[0]!.edits) });
      assert.deepEqual(
        after.check(p2(name)).filter((f) => f.code === expect),
        [],
        `${name}: ${expect} is gone after "${actions[0]!.title}"`,
      );
    }
    assert.ok(fixable >= 5, `only ${fixable} samples have a quick fix`);
  });
});
