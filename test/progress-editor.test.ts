/**
 * Progress in the editor and the CLI (issue 12): the hover on a target shows its standing with the
 * figures, an inlay hint shows it at a glance, completion in an observation offers the target's own
 * unit and currency first, and `check --progress` prints a summary per plan. The cursor is marked
 * with `|`. Reference date 2026-11-27.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../server/src/cli/main';
import { complete } from '../server/src/core/features/completion';
import { hover } from '../server/src/core/features/hover';
import { inlayHints } from '../server/src/core/features/inlayHints';
import { parseDocument } from '../server/src/core/engine';
import { dataset, yaml } from './helpers/fixture';

const PLAN_SCHEMA = 'https://policy-plans.dev/schemas/plan.schema.json';

const PLAN = yaml`
  id: cn-gd-test-2023
  title: Test plan
  jurisdiction: CN-GD
  period: { start: 2023, end: 2025 }
  status: ended
  currency: CNY
  targets:
    - id: enterprises-2025
      metric: AI enterprises
      comparator: more-than
      quantity: { value: 2000, unit: enterprises }
      baseline: { quantity: { value: 900, unit: enterprises }, at: 2022 }
      deadline: 2025
      sources: [gd-gov-2023]
      progress:
        - at: 2025-10-22
          quantity: { value: 1600, unit: enterprises }
          source: gd-dit-2025
    - id: scale-2025
      metric: Core AI industry scale
      comparator: more-than
      money: { amount: 300e9 }
      deadline: 2025
      sources: [gd-gov-2023]
      progress:
        - { at: 2025, money: { amount: 300.5e9 }, source: gd-dit-2025, quote: 突破3000亿元 }
    - id: hub-2027
      metric: Hub
      outcome: A national hub
      deadline: 2027
      sources: [gd-gov-2023]
  sources:
    - { id: gd-gov-2023, title: The opinions }
    - { id: gd-dit-2025, title: A report }
`;

/** The text without the `|` and the offset where it was. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the fixture marks the cursor with |');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function hoverAt(marked: string): string | undefined {
  const { text, offset } = cursor(marked);
  return hover(parseDocument(text, 'plan'), offset, dataset(), PLAN_SCHEMA)?.markdown;
}

describe('hover on a target', () => {
  test('on its id: the standing with the figures', () => {
    const md = hoverAt(PLAN.replace('id: enterprises-2025', 'id: enterp|rises-2025'));
    assert.ok(md);
    assert.match(
      md,
      /^\*\*enterprises-2025\*\* · behind: 1,600 of more than 2,000 enterprises on 2025-10-22 \(gd-dit-2025\); the straight line is at 1,929\.74 then; 2022 baseline 900/,
    );
  });

  test('on its metric: the standing, then what the field means', () => {
    const md = hoverAt(PLAN.replace('metric: Core AI', 'metric: Core| AI'));
    assert.ok(md);
    assert.match(md, /^\*\*scale-2025\*\* · met: 300\.5 billion of more than 300 billion CNY on 2025 \(gd-dit-2025\)/);
    assert.match(md, /---\n\n\*\*Metric/);
  });

  test('an outcome target not yet due; other fields keep their own hover', () => {
    assert.match(
      hoverAt(PLAN.replace('id: hub-2027', 'id: hub|-2027')) ?? '',
      /\*\*hub-2027\*\* · not-yet-due: no observation, due 2027-12-31/,
    );
    assert.doesNotMatch(hoverAt(PLAN.replace('deadline: 2027', 'deadline: 20|27')) ?? '', /not-yet-due/);
  });
});

describe('inlay hints', () => {
  test('one per target with its standing, after its id, when the dataset is given', () => {
    const doc = parseDocument(PLAN, 'plan');
    const all = { start: 0, end: PLAN.length };
    const hints = inlayHints(doc, all, { dataset: dataset() });
    const standing = hints.filter((h) => /^(met|on-track|behind|missed|not-yet-due|no-data)\b/.test(h.label));
    assert.deepEqual(
      standing.map((h) => [/[\w-]+$/.exec(PLAN.slice(0, h.offset))?.[0], h.label]),
      [
        ['enterprises-2025', 'behind'],
        ['scale-2025', 'met'],
        ['hub-2027', 'not-yet-due'],
      ],
    );
    // without the dataset, no standing (the other hints stay)
    assert.deepEqual(
      inlayHints(doc, all).filter((h) => standing.some((s) => s.offset === h.offset && s.label === h.label)),
      [],
    );
  });

  test('a target that a later plan revises says so', () => {
    const later = yaml`
      id: cn-gd-later-2026
      title: Later
      jurisdiction: CN-GD
      period: { start: 2026 }
      targets:
        - { id: hub-2028, metric: Hub, outcome: A hub, deadline: 2028, revises: cn-gd-test-2023#hub-2027, sources: [s] }
      sources: [{ id: s, title: S }]
    `;
    const doc = parseDocument(PLAN, 'plan');
    const hints = inlayHints(
      doc,
      { start: 0, end: PLAN.length },
      {
        dataset: dataset({ plans: { 'later.plan.yaml': later } }, { text: PLAN, file: 'test.plan.yaml', kind: 'plan' }),
      },
    );
    assert.ok(hints.some((h) => h.label === 'not-yet-due · revised by cn-gd-later-2026#hub-2028'));
  });
});

describe('completion in an observation', () => {
  const at = (marked: string) => {
    const { text, offset } = cursor(marked);
    return complete(parseDocument(text, 'plan'), offset, dataset()).items;
  };

  test('the unit: the target’s own unit first', () => {
    const items = at(
      PLAN.replace(
        'quantity: { value: 1600, unit: enterprises }',
        'quantity:\n            value: 1600\n            unit: |',
      ),
    );
    assert.equal(items[0].label, 'enterprises');
    assert.equal(items[0].preselect, true);
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.equal(sorted[0].label, 'enterprises');
    assert.ok(
      items.some((i) => i.label === 'EFLOPS'),
      'the other units are still offered',
    );
    assert.equal(items.filter((i) => i.label === 'enterprises').length, 1);
  });

  test('the currency: the target’s (here the plan’s) currency first', () => {
    const text = PLAN.replace(
      '- { at: 2025, money: { amount: 300.5e9 }, source: gd-dit-2025, quote: 突破3000亿元 }',
      '- at: 2025\n          money:\n            amount: 300.5e9\n            currency: |',
    );
    const items = at(text);
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.equal(sorted[0].label, 'CNY');
    assert.equal(items.filter((i) => i.label === 'CNY').length, 1);
  });

  test('the source: the plan’s source ids', () => {
    const items = at(PLAN.replace('source: gd-dit-2025\n', 'source: gd-|\n'));
    assert.deepEqual(items.map((i) => i.label).sort(), ['gd-dit-2025', 'gd-gov-2023']);
  });
});

describe('check --progress', () => {
  const run = (argv: string[]) => {
    let out = '';
    let err = '';
    const code = main(argv, {
      cwd: os.tmpdir(),
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
      isTTY: false,
      today: '2026-11-27',
      env: {},
    });
    return { code, out, err };
  };

  test('prints, after the findings, each plan with its counts and one line per target', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-progress-'));
    fs.writeFileSync(path.join(dir, 'test.plan.yaml'), PLAN);
    const r = run(['check', dir, '--progress', '--today', '2026-11-27']);
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(r.err, '');
    const tail = r.out.slice(r.out.indexOf('cn-gd-test-2023 ('));
    assert.match(tail, /^cn-gd-test-2023 \(.*test\.plan\.yaml\): 1 behind, 1 met, 1 not-yet-due\n/);
    assert.match(
      tail,
      /\n {2}enterprises-2025 {2}behind: 1,600 of more than 2,000 enterprises on 2025-10-22 \(gd-dit-2025\)/,
    );
    assert.match(tail, /\n {2}hub-2027 {10}not-yet-due: no observation, due 2027-12-31\n/);
    // the summary comes after the findings' count line
    assert.ok(
      r.out.indexOf('1 file checked:') >= 0 && r.out.indexOf('1 file checked:') < r.out.indexOf('cn-gd-test-2023 ('),
    );
  });

  test('--progress is for the text format', () => {
    const r = run(['check', '.', '--progress', '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--progress goes with the text format/);
  });
});
