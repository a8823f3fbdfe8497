/**
 * What an update tells the drivers to check again: the names whose definition changed (`changedNames`) and the
 * other files that use them (`dependents`), listed when asked; and `dependentsOf`, the files that read what one
 * file defines. The language server re-checks closed files from these lists.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWorkspace } from '../server/src/core';

const plan = (id: string, extra = '') =>
  `id: ${id}\ntitle: Plan ${id}\njurisdiction: CN\nperiod: { start: 2023, end: 2027 }\n${extra}` +
  `sources:\n  - { id: s, title: Source, url: "https://example.org/${id}", type: official-text }\n`;

const FILES = {
  '/d/a.plan.yaml': plan('a'),
  '/d/b.plan.yaml': plan('b', 'relations:\n  - { type: implements, plan: a }\n'),
  '/d/c.plan.yaml': plan('c'),
  '/d/e.plan.yaml': plan(
    'e',
    'targets:\n  - id: t1\n    metric: firms\n    region: north\n    quantity: { value: 5, unit: enterprises }\n' +
      '    deadline: 2026\n    sources: [s]\n',
  ),
  '/d/r.regions.yaml': 'regions:\n  - id: north\n    name: North\n    parent: CN-GD\n',
};

function loaded() {
  const ws = createWorkspace({ today: '2026-11-27', trusted: true, roots: ['/d'] });
  ws.update({ set: Object.entries(FILES).map(([file, text]) => ({ file, text })) });
  return ws;
}

test('a changed plan: its id is a changed name, and the plans that relate to it are its dependents', () => {
  const ws = loaded();
  const r = ws.update({ set: [{ file: '/d/a.plan.yaml', text: FILES['/d/a.plan.yaml'].replace('Plan a', 'Plan A') }] });
  assert.deepStrictEqual([...r.changedNames], ['a']);
  assert.deepStrictEqual(r.dependents, ['/d/b.plan.yaml']);
});

test('a change that no other file can see (a comment) changes no name and has no dependents', () => {
  const ws = loaded();
  const r = ws.update({ set: [{ file: '/d/a.plan.yaml', text: `# a comment\n${FILES['/d/a.plan.yaml']}` }] });
  assert.deepStrictEqual([...r.changedNames], []);
  assert.deepStrictEqual(r.dependents, []);
});

test('a removed registry: every name it defined and used changed, and the plan using its region depends on it', () => {
  const ws = loaded();
  const r = ws.update({ remove: ['/d/r.regions.yaml'] });
  assert.deepStrictEqual([...r.changedNames].sort(), ['CN-GD', 'north']);
  assert.deepStrictEqual(r.dependents, ['/d/e.plan.yaml']);
});

test('an added plan: the names it defines and uses changed; a config added makes every other file a dependent', () => {
  const ws = loaded();
  const r = ws.update({
    set: [{ file: '/d/f.plan.yaml', text: plan('f', 'relations:\n  - { type: revises, plan: c }\n') }],
  });
  // its jurisdiction too: every plan in CN is a dependent
  assert.deepStrictEqual([...r.changedNames].sort(), ['CN', 'c', 'f']);
  assert.deepStrictEqual(r.dependents, ['/d/a.plan.yaml', '/d/b.plan.yaml', '/d/c.plan.yaml', '/d/e.plan.yaml']);
  const config = ws.update({ set: [{ file: '/d/policy-plans.config.yaml', text: 'reference-date: 2026-01-01\n' }] });
  assert.deepStrictEqual(config.dependents, [...Object.keys(FILES), '/d/f.plan.yaml'].sort());
});

test('dependentsOf: the files that read what a file defines', () => {
  const ws = loaded();
  assert.deepStrictEqual(ws.dependentsOf('/d/a.plan.yaml'), ['/d/b.plan.yaml']);
  assert.deepStrictEqual(ws.dependentsOf('/d/r.regions.yaml'), ['/d/e.plan.yaml']);
  assert.deepStrictEqual(ws.dependentsOf('/d/c.plan.yaml'), []);
  assert.deepStrictEqual(ws.dependentsOf('/d/nowhere.plan.yaml'), []);
});
