/**
 * The incremental check (engine.ts `checkKeeping`): after an edit inside one item of a plan's `targets`,
 * `measures` or `sources`, the rules that are local to that list's items (`Rule.itemLocal`) run on the edited
 * item alone and keep their other findings, moved by the edit. A seeded property test edits values inside items
 * of every sample plan and of a 1,500-line realistic plan (numbers, years, region codes, currencies, statuses,
 * comparators, quotes; lines added and removed), now and then changes another plan of the dataset, and asserts
 * after every edit that the findings equal those of a workspace that parses and checks the same text whole.
 * INCREMENTAL_CHECK_EDITS=n changes the number of edits per plan (4 by default, a quick representative in `npm test`;
 * 40 in `npm run test:slow`; 200 with seed 7 passed 11,200 edits), INCREMENTAL_CHECK_SEED=s the seed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { createWorkspace, EditLog, type PolicyWorkspace } from '../server/src/core';
import { pointerOf, type YNode } from '../server/src/core/yaml/tree';
import { realisticPlan } from './bench/realistic';
import { rng as prng } from './fuzz/run';

const SAMPLES = path.resolve(__dirname, '..', 'samples');
const EDITS = Number(process.env.INCREMENTAL_CHECK_EDITS ?? 4);
const SEED = Number(process.env.INCREMENTAL_CHECK_SEED ?? 20261129);
const ROOT = '/ds';
const TODAY = '2026-11-27';

/** The samples (plans, broken plans, configs, registries) by their path in the test's dataset folder. */
function sampleFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const f = path.join(dir, name);
      if (statSync(f).isDirectory()) visit(f);
      else if (/\.ya?ml$/.test(name)) out.set(`${ROOT}/${path.relative(SAMPLES, f)}`, readFileSync(f, 'utf8'));
    }
  };
  visit(SAMPLES);
  out.set(`${ROOT}/big.plan.yaml`, realisticPlan(1500));
  return out;
}

/** A workspace holding the files, closed. */
function workspaceOf(files: Map<string, string>): PolicyWorkspace {
  const ws = createWorkspace({ today: TODAY, trusted: true, roots: [ROOT] });
  ws.update({ set: [...files].map(([file, text]) => ({ file, text })) });
  return ws;
}

/** Single-line scalars inside the items of a plan's lists: the values an analyst edits. */
function editableScalars(root: YNode | null): Array<Extract<YNode, { kind: 'scalar' }>> {
  const out: Array<Extract<YNode, { kind: 'scalar' }>> = [];
  const walk = (n: YNode) => {
    if (n.kind === 'scalar') {
      if (/^\/(targets|measures|sources)\/\d+\//.test(pointerOf(n)) && !n.source.includes('\n') && n.source !== '')
        out.push(n);
    } else if (n.kind === 'map') for (const e of n.entries) walk(e.value);
    else if (n.kind === 'seq') for (const i of n.items) walk(i);
  };
  if (root) walk(root);
  return out;
}

/** Another value for a scalar, of the kind the rules read there (or not: a wrong kind is an edit too). */
function variant(s: Extract<YNode, { kind: 'scalar' }>, pick: <T>(xs: readonly T[]) => T): string {
  const key = String(s.segment);
  if (typeof s.value === 'number') return pick([String(s.value * 10), String(s.value / 1000), '0', '1e400', '1_000']);
  if (key === 'status') return pick(['active', 'achieved', 'missed', 'dropped']);
  if (key === 'comparator') return pick(['at-least', 'more-than', 'at-most', 'exactly']);
  if (key === 'currency') return pick(['USD', 'CNY', 'CNX', 'EUR']);
  if (key === 'region' || /^[A-Z]{2}(-[A-Z0-9]+)?$/.test(String(s.value)))
    return pick(['CN-GD', 'CN-XX', 'CN-44', 'US']);
  if (/^\d{4}(-\d\d){0,2}$/.test(String(s.value))) return pick(['2019', '2030', '2026-12', '2024-13', '2025-06-30']);
  if (key === 'unit') return pick(['enterprises', 'PFLOPS', 'EFLOPS', 'percent', 'widgets']);
  if (key === 'quote')
    return JSON.stringify(pick(['超过3000亿元', '达到 50 EFLOPS', 'at least 2,000 enterprises', 'x']));
  if (key === 'id' || key === 'source' || key === 'indicator') return pick(['gov', 'unknown-id', String(s.value)]);
  return JSON.stringify(`${String(s.value)} ${pick(['更新', 'x', '1500亿'])}`);
}

/** Applies one edit to the text: [start, end) replaced by `insert`; returns the new text and its edit log. */
function applyEdit(text: string, version: number, start: number, end: number, insert: string) {
  const log = new EditLog(version);
  log.add({ start, end, length: insert.length });
  return { text: text.slice(0, start) + insert + text.slice(end), edit: log.edit };
}

describe('the incremental check equals a whole check', () => {
  const files = sampleFiles();
  const plans = [...files.keys()].filter((f) => f.endsWith('.plan.yaml'));
  const rng = prng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

  test(`${plans.length} plans, ${EDITS} edits each, another plan changed now and then`, () => {
    const ws = workspaceOf(files);
    const whole = workspaceOf(files);
    let edits = 0;
    const other = `${ROOT}/cn-gd-ai-2018.plan.yaml`;
    let otherText = files.get(other)!;
    for (const file of plans) {
      let text = files.get(file)!;
      let version = 1;
      ws.update({ set: [{ file, text, version, open: true }] });
      whole.update({ set: [{ file, text, version, open: true }] });
      ws.check(file);
      for (let i = 0; i < EDITS; i++) {
        const doc = ws.document(file);
        const scalars = editableScalars(doc?.yaml.root ?? null);
        let next: { text: string; edit: EditLog['edit'] };
        const roll = rng();
        if (scalars.length === 0) break;
        const s = pick(scalars);
        if (roll < 0.8) next = applyEdit(text, version, s.range.start, s.range.end, variant(s, pick));
        else {
          // a line added after the scalar's line, or the scalar's line removed (not an item's dash line)
          const lineStart = text.lastIndexOf('\n', s.range.start - 1) + 1;
          const lineEnd = text.indexOf('\n', s.range.end);
          const dash = /^( *)(- )?/.exec(text.slice(lineStart))!;
          const indent = dash[2] ? `${dash[1]}  ` : dash[1]!;
          if (roll < 0.9 || dash[2])
            next = applyEdit(text, version, lineEnd + 1, lineEnd + 1, `${indent}note-${i}: "一条备注"\n`);
          else next = applyEdit(text, version, lineStart, lineEnd + 1, '');
        }
        text = next.text;
        version++;
        ws.update({ set: [{ file, text, version, open: true, edit: next.edit }] });
        whole.update({ set: [{ file, text, version, open: true }] });
        if (rng() < 0.1 && file !== other) {
          // another plan of the dataset changes what it shows (a target's amount): nothing may be kept
          otherText = otherText.replace(/amount: (\d+)/, (_m, n: string) => `amount: ${Number(n) + 1}`);
          ws.update({ set: [{ file: other, text: otherText }] });
          whole.update({ set: [{ file: other, text: otherText }] });
        }
        assert.deepStrictEqual(ws.check(file), whole.check(file), `${file}, edit ${i + 1}`);
        edits++;
      }
      ws.update({ set: [{ file, text: files.get(file)!, version: version + 1 }] });
      whole.update({ set: [{ file, text: files.get(file)!, version: version + 1 }] });
    }
    // the path under test was taken: most edits kept the item-local rules' other findings
    console.log(`# ${ws.itemChecks} of ${edits}`);
    assert.ok(ws.itemChecks > edits / 2, `${ws.itemChecks} of ${edits} checks kept findings`);
    assert.equal(whole.itemChecks, 0);
  });

  test('an edit on a line of its own item keeps the findings of the other items, moved', () => {
    const text = realisticPlan(300);
    const file = `${ROOT}/one.plan.yaml`;
    const ws = createWorkspace({ today: TODAY, trusted: true, roots: [ROOT] });
    ws.update({ set: [{ file, text, version: 1, open: true }] });
    const before = ws.check(file);
    const passed = before.filter((f) => f.code === 'deadline/passed');
    assert.ok(passed.length > 3, 'the plan has deadlines that passed');
    // a line added to the first target: every later finding moves by its length
    const at = text.indexOf('\n', text.indexOf('    metric: ')) + 1;
    const line = '    notes: "加一行"\n';
    const next = applyEdit(text, 1, at, at, line);
    ws.update({ set: [{ file, text: next.text, version: 2, open: true, edit: next.edit }] });
    const after = ws.check(file);
    assert.equal(ws.itemChecks, 1);
    const moved = after.filter((f) => f.code === 'deadline/passed');
    assert.deepStrictEqual(
      moved.map((f) => f.range.start),
      passed.map((f) => (f.range.start >= at ? f.range.start + line.length : f.range.start)),
    );
    assert.deepStrictEqual(
      moved.map((f) => next.text.slice(f.range.start, f.range.end)),
      passed.map((f) => text.slice(f.range.start, f.range.end)),
    );
  });
});
