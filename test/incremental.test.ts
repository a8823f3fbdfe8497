/**
 * The incremental re-parse (server/src/core/incremental) must be indistinguishable from a fresh full
 * parse. A seeded property test applies thousands of random edits — typing, deletions, pastes,
 * indentation changes, lines and snippets from ../shared/conformance/yaml-test-suite — to generated
 * plans, the sample plans and the suite's own inputs, and asserts after every edit that the findings
 * (and the tree, the plain value and the plan model) of the incremental path equal those of a fresh
 * parse + check. INCREMENTAL_EDITS=n changes the number of edits (200 in `npm test`; `npm run test:slow` runs
 * 2,000), INCREMENTAL_SEED=s the seed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { loneFile } from '../server/src/core/dataset';
import { Engine, parseDocument, type ParsedDocument } from '../server/src/core/engine';
import { buildPlanModel } from '../server/src/core/model';
import { parseWhole } from '../server/src/core/yaml/parse';
import { EditLog, updateDocument, type TextEdit } from '../server/src/core/incremental';
import { builtinSchemas } from '../server/src/core/schema/store';
import { Validators } from '../server/src/core/schema/validate';
import { pointerOf, type YNode } from '../server/src/core/yaml/tree';
import { generatePlan } from './bench/generate';
import { realisticEditTarget, realisticPlan } from './bench/realistic';
import { rng as prng } from './fuzz/run';

const ROOT = path.resolve(__dirname, '..');
const SUITE = path.resolve(ROOT, '..', 'shared', 'conformance', 'yaml-test-suite');
const EDITS = Number(process.env.INCREMENTAL_EDITS ?? 200);
const SEED = Number(process.env.INCREMENTAL_SEED ?? 20261127);

function suiteInputs(): string[] {
  if (!existsSync(SUITE)) return [];
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const f = path.join(dir, name);
      if (statSync(f).isDirectory()) visit(f);
      else if (name === 'in.yaml') out.push(readFileSync(f, 'utf8'));
    }
  };
  visit(SUITE);
  return out;
}

function samplePlans(): string[] {
  const dir = path.join(ROOT, 'samples');
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const f = path.join(d, name);
      if (statSync(f).isDirectory()) visit(f);
      else if (/\.ya?ml$/.test(name)) out.push(readFileSync(f, 'utf8'));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

const engine = new Engine();

/** The reference: the yaml library's whole parse (not the quick path, which test/yaml-quick.test.ts compares with it). */
function reference(text: string): ParsedDocument {
  const yaml = parseWhole(text);
  return { text, kind: 'plan', yaml, plan: buildPlanModel(yaml.root) };
}
const dataset = loneFile('2026-11-27');

/**
 * A plain, acyclic picture of a parsed document: the tree with every field (parents as the parent's pointer,
 * after checking that each child's parent is the very node that holds it), the plain value and the plan
 * model (its nodes as pointers, after checking that they are nodes of the same tree).
 */
function snapshot(doc: ParsedDocument): unknown {
  const nodes = new Set<YNode>();
  const tree = (n: YNode, parent: YNode | null): unknown => {
    assert.ok(n.parent === parent, `parent of ${pointerOf(n)} is not the node that holds it`);
    nodes.add(n);
    const base = {
      pointer: pointerOf(n),
      range: n.range,
      keyRange: n.keyRange,
      segment: n.segment,
      kind: n.kind,
      parent: n.parent ? pointerOf(n.parent) : null,
      keys: Object.keys(n),
    };
    if (n.kind === 'scalar') return { ...base, value: n.value, style: n.style, source: n.source };
    if (n.kind === 'alias') return { ...base, name: n.name, target: n.target ? pointerOf(n.target) : null };
    if (n.kind === 'seq') return { ...base, flow: n.flow, items: n.items.map((i) => tree(i, n)) };
    return {
      ...base,
      flow: n.flow,
      entries: n.entries.map((e) => {
        assert.deepStrictEqual(e.keyRange, e.value.keyRange);
        return { key: e.key, keyRange: e.keyRange, value: tree(e.value, n) };
      }),
    };
  };
  const root = doc.yaml.root ? tree(doc.yaml.root, null) : null;
  const ref = (n: YNode | null): unknown => {
    if (n === null) return null;
    assert.ok(nodes.has(n), `plan model node ${pointerOf(n)} is not in the tree`);
    return `node ${pointerOf(n)}`;
  };
  // the model's caches (`memo`, `derived`) are left out: they are what the engine read, and the findings compared
  // beside this snapshot are what it read them for (deep-comparing them walked both trees through every cached node:
  // ~20 s for a 300-target plan)
  const { memo: _memo, derived: _derived, ...p } = doc.plan;
  const plan = {
    ...p,
    root: ref(p.root),
    jurisdiction: ref(p.jurisdiction),
    period: { ...p.period, node: ref(p.period.node) },
    targets: p.targets.map(ref),
    measures: p.measures.map(ref),
    sources: p.sources.map(ref),
    relations: p.relations.map(ref),
    sourceIds: [...p.sourceIds].map(([k, v]) => [k, ref(v)]),
  };
  return {
    text: doc.text,
    kind: doc.kind,
    root,
    value: doc.yaml.value,
    findings: doc.yaml.findings,
    anchors: [...doc.yaml.anchors.keys()],
    plan,
  };
}

/** What a fresh full parse gives for a text: findings and snapshot, computed once per text. */
interface Expected {
  text: string;
  findings: unknown;
  snapshot: unknown;
}
let lastExpected: Expected | null = null;
function expected(full: ParsedDocument): Expected {
  if (lastExpected && lastExpected.text === full.text) return lastExpected;
  lastExpected = { text: full.text, findings: engine.check(full, dataset, 'test.plan.yaml'), snapshot: snapshot(full) };
  return lastExpected;
}

/** Everything a caller can see of a parsed document is the same, and so are its findings. */
function assertSame(
  actual: ParsedDocument,
  full: ParsedDocument | (() => ParsedDocument),
  context: () => string,
): void {
  try {
    const e = typeof full === 'function' ? expectedOf(actual.text, full) : expected(full);
    assert.deepStrictEqual(engine.check(actual, dataset, 'test.plan.yaml'), e.findings, 'findings differ');
    assert.deepStrictEqual(snapshot(actual), e.snapshot, 'documents differ');
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${context()}`);
  }
}

function expectedOf(text: string, make: () => ParsedDocument): Expected {
  return lastExpected && lastExpected.text === text ? lastExpected : expected(make());
}

describe('the engine starts without the meta-schema check', () => {
  test('so the built-in schemas must pass it here', () => {
    const v = new Validators([]);
    for (const s of builtinSchemas)
      assert.equal(v.ajv.validateSchema(s), true, `${String(s.$id)}: ${v.ajv.errorsText(v.ajv.errors)}`);
  });
});

describe('EditLog folds edits into one replacement', () => {
  test('random edit sequences', () => {
    const rnd = prng(7);
    for (let run = 0; run < 2000; run++) {
      const original = 'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, 5 + Math.floor(rnd() * 30));
      let text = original;
      const log = new EditLog(1);
      const n = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < n; k++) {
        const start = Math.floor(rnd() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(rnd() * 4));
        const insert = 'XYZ'.slice(0, Math.floor(rnd() * 4));
        text = text.slice(0, start) + insert + text.slice(end);
        log.add({ start, end, length: insert.length });
      }
      const f = log.edit!;
      assert.equal(text.slice(0, f.start), original.slice(0, f.start));
      assert.equal(text.slice(f.newEnd), original.slice(f.oldEnd));
      assert.equal(text.length - original.length, f.newEnd - f.oldEnd);
    }
  });
});

describe('incremental re-parse equals a fresh full parse', () => {
  const suite = suiteInputs();
  const samples = samplePlans();
  const generated = [
    generatePlan({ id: 'prop-a', targets: 6, plantErrors: true }),
    generatePlan({ id: 'prop-b', targets: 3, relations: ['x-y'] }),
    generatePlan({ id: 'prop-c', targets: 12, header: '# a header comment\n# another' }),
  ];
  const snippets = [
    ...suite.flatMap((s) => s.split('\n').filter((l) => l.trim() !== '')).slice(0, 4000),
    '  - id: pasted-item\n    metric: Pasted\n    deadline: 2027\n',
    '    money: { amount: 5e9, currency: EUR }\n',
    '    quote: |\n      line one\n      line two\n',
    '    anchor: &a x\n    alias: *a\n',
    '    tags: [a, b,\n      c]\n',
    '    "quoted key": "multi\n      line"\n',
    'title: Replaced\n',
    '---\n',
    '...\n',
    '# comment\n',
    '\n\n',
    '\t',
  ];

  test(`${EDITS} random edits (seed ${SEED}), findings checked after every edit`, () => {
    const rnd = prng(SEED);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const plans = [...generated, ...generated, ...samples];
    let text = '';
    let doc: ParsedDocument | null = null;
    let clean: ParsedDocument | null = null;
    let cursor = 0;
    let incremental = 0;
    let full = 0;
    const reasons = new Map<string, number>();
    const history: string[] = [];
    for (let step = 0; step < EDITS; step++) {
      if (!doc || step % 80 === 0) {
        // mostly plans; sometimes one of the YAML test suite's inputs as it is
        text = suite.length && rnd() < 0.1 ? pick(suite) : pick(plans);
        doc = parseDocument(text, 'plan');
        const first = doc.yaml.root?.range.start ?? 0;
        cursor = first + Math.floor(rnd() * (text.length - first));
        history.length = 0;
      } else if ((doc.yaml.findings.length > 0 || doc.yaml.anchors.size > 0) && clean && rnd() < 0.7) {
        // the typist takes back what broke the YAML: continue from the last text that parsed cleanly (parsed
        // again: a document is consumed by the re-parse of the next version, see core/incremental/reparse.ts)
        text = clean.text;
        doc = parseDocument(text, 'plan');
      }
      if (doc.yaml.findings.length === 0 && doc.yaml.anchors.size === 0) clean = doc;
      // one to three edits before the next parse, as when the server is behind the typist
      const log = new EditLog(1);
      const before = text;
      const batch = rnd() < 0.8 ? 1 : 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < batch; k++) {
        const e = randomEdit(text, cursor, rnd, snippets);
        text = text.slice(0, e.start) + e.insert + text.slice(e.end);
        log.add({ start: e.start, end: e.end, length: e.insert.length } satisfies TextEdit);
        cursor = e.start + e.insert.length;
        history.push(`${e.kind} [${e.start}, ${e.end}) ${JSON.stringify(e.insert)}`);
      }
      const u = updateDocument(doc, text, 'plan', log.edit);
      if (u.fallback === null) incremental++;
      else {
        full++;
        reasons.set(u.fallback, (reasons.get(u.fallback) ?? 0) + 1);
      }
      if (u.fallback !== null) {
        // the fallback is a fresh full parse itself: nothing to compare
        assert.equal(u.doc.text, text);
        doc = u.doc;
        continue;
      }
      const prevText = before;
      const folded = log.edit;
      assertSame(
        u.doc,
        () => reference(text),
        () =>
          `${saveFailure({ before: prevText, after: text, edit: folded })}\nstep ${step}, ${u.fallback === null ? 'incremental' : `full (${u.fallback})`}\nedits: ${history.slice(-5).join('\n  ')}\nbefore:\n${before}\nafter:\n${text}`,
      );
      doc = u.doc;
    }
    const top = [...reasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([r, n]) => `${r}: ${n}`)
      .join('; ');
    // the test is only worth something if many edits took the incremental path
    assert.ok(incremental > EDITS * 0.2, `only ${incremental} of ${EDITS} edits were incremental (${top})`);
    console.log(`# ${incremental} incremental, ${full} full parses; fallbacks: ${top}`);
  });

  test('items and entries that end in empty values, comments, blank lines or explicit keys', () => {
    const endings = [
      '    sources:',
      '    sources:\n    # c',
      '    sources:\n# c',
      '    sources: \n\n',
      '    ? k',
      '    ? k\n    # c',
      '    ? k\n    : v',
      '    -',
      '    k:\n    - x',
      '    k:\n      -',
      '    k:\n      - # c',
      '    s: [a]\n    # c\n',
      '    k: v # c\n    # c2\n\n',
      '    k: "a\n      b"',
      '    quote: |\n      x\n',
      '    quote: >-\n      x\n\n',
      '    k: !!str',
      '    k: &a',
      '    k: ~',
      '    k: ""',
      "    k: ''",
      '    k: {}',
      '    k: []',
      '    m:\n      n:',
      '    m:\n      n:\n      # c',
      '\t# tab',
      '    k: v\n  # c at 2\n# c at 0',
    ];
    let checked = 0;
    for (const ending of endings) {
      for (const last of ['', 'title: t\n', '# trailing comment\n', '\n\n']) {
        const text = `id: p\ntargets:\n  - id: a\n    metric: m\n${ending}\n  - id: b\n    metric: n\n${ending}\n${last}`;
        for (const anchor of ['metric: m', 'metric: n']) {
          const at = text.indexOf(anchor) + anchor.length;
          const next = `${text.slice(0, at)}x${text.slice(at)}`;
          const log = new EditLog(1);
          log.add({ start: at, end: at, length: 1 });
          const u = updateDocument(parseDocument(text, 'plan'), next, 'plan', log.edit);
          if (u.fallback === null) checked++;
          assertSame(
            u.doc,
            reference(next),
            () => `ending ${JSON.stringify(ending)}, then ${JSON.stringify(last)}, edit after ${anchor}`,
          );
        }
      }
    }
    assert.ok(checked > 40, `only ${checked} incremental`);
  });

  test('an edit inside one target of a large plan is incremental and moves the tree in place; old findings keep their ranges', () => {
    const text = generatePlan({ id: 'big', targets: 300 });
    const doc = parseDocument(text, 'plan');
    const oldFindings = engine.check(doc, dataset, 'test.plan.yaml');
    const frozen = JSON.stringify(oldFindings);
    const targets = (doc.yaml.root as YNode & { kind: 'map' }).entries.find((e) => e.key === 'targets')!.value;
    const items = targets.kind === 'seq' ? targets.items : [];
    const [before, after] = [items[10]!, items[200]!];
    const afterRange = { ...after.range };
    const at = text.indexOf('    metric: ', text.indexOf('  - id: target-00150')) + '    metric: '.length;
    const next = `${text.slice(0, at)}New ${text.slice(at)}`;
    const log = new EditLog(1);
    log.add({ start: at, end: at, length: 4 });
    const u = updateDocument(doc, next, 'plan', log.edit);
    assert.equal(u.fallback, null);
    assertSame(u.doc, reference(next), () => 'large plan');
    // the old document is consumed: its nodes are reused, those after the edit moved in place ...
    assert.equal(u.doc.yaml.root, doc.yaml.root);
    const newTargets = (u.doc.yaml.root as YNode & { kind: 'map' }).entries.find((e) => e.key === 'targets')!.value;
    assert.ok(newTargets.kind === 'seq' && newTargets.items[10] === before && newTargets.items[200] === after);
    assert.ok(before.range.start < at, 'a node before the edit is kept as it is');
    assert.deepStrictEqual(after.range, { start: afterRange.start + 4, end: afterRange.end + 4 });
    // ... and the old version's findings, which have range objects of their own, stay where they were found
    assert.equal(JSON.stringify(oldFindings), frozen);
    assert.ok(oldFindings.length > 0);
  });

  test('an edit that takes the full parse leaves the cached document as it was', () => {
    const text = generatePlan({ id: 'big', targets: 20 });
    const doc = parseDocument(text, 'plan');
    const picture = snapshot(doc);
    // from inside one target into the next: not one item any more
    const from = text.indexOf('    metric: ', text.indexOf('  - id: target-00005'));
    const to = text.indexOf('    metric: ', text.indexOf('  - id: target-00006'));
    const next = text.slice(0, from) + text.slice(to);
    const log = new EditLog(1);
    log.add({ start: from, end: to, length: 0 });
    const u = updateDocument(doc, next, 'plan', log.edit);
    assert.notEqual(u.fallback, null);
    assertSame(u.doc, reference(next), () => 'fallback');
    assert.deepStrictEqual(snapshot(doc), picture);
  });
});

describe('incremental re-parse of real plans: flow mappings and comments inside items', () => {
  /** The sample plans (not the broken ones): each has flow mappings, comments and Chinese quotes in its items. */
  const plans = samplePlans().filter((t) => /^targets:/m.test(t));

  function update(
    text: string,
    start: number,
    end: number,
    insert: string,
  ): { next: string; u: ReturnType<typeof updateDocument> } {
    const next = text.slice(0, start) + insert + text.slice(end);
    const log = new EditLog(1);
    log.add({ start, end, length: insert.length });
    return { next, u: updateDocument(parseDocument(text, 'plan'), next, 'plan', log.edit) };
  }

  test('an edit inside a flow mapping of a target is incremental and equals the full parse', () => {
    const text = realisticPlan(400);
    const { itemStart, id } = realisticEditTarget(text);
    const at = text.indexOf('value: ', itemStart) + 'value: '.length;
    const { next, u } = update(text, at, at + 1, '7'); // `quantity: { value: 2000, … }` → 7000
    assert.equal(u.fallback, null);
    assertSame(u.doc, reference(next), () => 'flow mapping edit');
    const targets = (u.doc.yaml.value as { targets: Array<{ id: string; quantity?: { value: number } }> }).targets;
    assert.equal(targets.find((t) => t.id === id)?.quantity?.value, 7000);
  });

  test('an edit of a comment inside a target is incremental and equals the full parse', () => {
    const text = realisticPlan(400);
    const { itemStart } = realisticEditTarget(text);
    const at = text.indexOf('# "', itemStart) + 3;
    const { next, u } = update(text, at, at, '约');
    assert.equal(u.fallback, null);
    assertSame(u.doc, reference(next), () => 'comment edit');
  });

  test(`${Math.round(EDITS / 2)} seeded random edits inside the items of the sample plans`, () => {
    const rnd = prng(SEED + 2);
    const chars = ['x', '7', ' ', '}', '{', ',', ':', '#', '"', '\n', '\n    ', '核', ''];
    let incremental = 0;
    let flow = 0;
    for (let n = 0; n < EDITS / 2; n++) {
      const text = plans[Math.floor(rnd() * plans.length)];
      // a point inside some item of a top-level sequence (after its dash)
      // half of them inside a flow collection of an item (`quantity: { value: 2000, unit: enterprises }`)
      const flows = [...text.matchAll(/^ {4}[^\n]*?(\{[^}\n]*\}|\[[^\]\n]*\])/gm)].map((m) => [
        m.index! + m[0].length - m[1].length,
        m.index! + m[0].length,
      ]);
      const dashes = [...text.matchAll(/^ {2}- /gm)].map((m) => m.index! + 4);
      let at: number;
      if (flows.length && rnd() < 0.5) {
        const [a, b] = flows[Math.floor(rnd() * flows.length)];
        at = a + Math.floor(rnd() * (b - a + 1));
      } else {
        const from = dashes[Math.floor(rnd() * dashes.length)];
        const lineEnd = text.indexOf('\n', from);
        at = from + Math.floor(rnd() * (text.indexOf('\n', lineEnd + 1 + Math.floor(rnd() * 3)) - from));
      }
      const del = rnd() < 0.3 ? Math.floor(rnd() * 4) : 0;
      const insert = chars[Math.floor(rnd() * chars.length)];
      const { next, u } = update(text, at, Math.min(text.length, at + del), insert);
      if (u.fallback !== null) continue;
      incremental++;
      const ls = text.lastIndexOf('\n', at - 1) + 1;
      if (/[{[]/.test(text.slice(ls, text.indexOf('\n', at)))) flow++;
      assertSame(
        u.doc,
        reference(next),
        () =>
          `${saveFailure({ before: text, after: next, edit: { at, del, insert } })}\nedit at ${at}: delete ${del}, insert ${JSON.stringify(insert)}`,
      );
    }
    assert.ok(incremental > EDITS / 8, `only ${incremental} of ${Math.round(EDITS / 2)} edits were incremental`);
    assert.ok(flow > EDITS / 20, `only ${flow} incremental edits on lines with a flow collection`);
    console.log(
      `# ${incremental} of ${Math.round(EDITS / 2)} sample edits incremental, ${flow} of them on a line with a flow collection`,
    );
  });
});

/** Writes a failing case where it can be replayed (see the message); returns where. */
function saveFailure(c: unknown): string {
  const f = path.join(os.tmpdir(), `incremental-failure-${process.pid}.json`);
  writeFileSync(f, JSON.stringify(c, null, 1));
  return `the failing case (before, after, edit) is in ${f}`;
}

interface RandomEdit {
  kind: string;
  start: number;
  end: number;
  insert: string;
}

const WORDY = 'abcdefghijklmnopqrstuvwxyz0123456789  ';
const TYPED = 'abcdefghijklmnopqrstuvwxyz0123456789-_ .:,#"\'[]{}&*!|>?%@`\n\n\n  ';

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function randomEdit(text: string, cursor: number, rnd: () => number, snippets: string[]): RandomEdit {
  const len = text.length;
  // mostly near the cursor (typing), sometimes anywhere
  const near = (spread: number) => Math.max(0, Math.min(len, Math.round(cursor + (rnd() - 0.5) * spread)));
  const pos = rnd() < 0.75 ? near(80) : Math.floor(rnd() * (len + 1));
  const r = rnd();
  if (r < 0.2) {
    // ordinary typing: letters, digits, spaces
    const n = rnd() < 0.8 ? 1 : 2 + Math.floor(rnd() * 6);
    let s = '';
    for (let i = 0; i < n; i++) s += WORDY[Math.floor(rnd() * WORDY.length)];
    return { kind: 'type', start: pos, end: pos, insert: s };
  }
  if (r < 0.35) {
    const n = rnd() < 0.8 ? 1 : 2 + Math.floor(rnd() * 6);
    let s = '';
    for (let i = 0; i < n; i++) s += TYPED[Math.floor(rnd() * TYPED.length)];
    return { kind: 'type', start: pos, end: pos, insert: s };
  }
  if (r < 0.6) {
    const n = rnd() < 0.7 ? 1 : rnd() < 0.8 ? 2 + Math.floor(rnd() * 10) : 10 + Math.floor(rnd() * 120);
    return { kind: 'delete', start: pos, end: Math.min(len, pos + n), insert: '' };
  }
  if (r < 0.72) {
    // indentation: add or remove spaces at a line start
    const ls = lineStartOf(text, pos);
    if (rnd() < 0.5) return { kind: 'indent', start: ls, end: ls, insert: rnd() < 0.7 ? '  ' : ' ' };
    let e = ls;
    while (e < len && text[e] === ' ' && e - ls < 2) e++;
    return { kind: 'dedent', start: ls, end: e, insert: '' };
  }
  if (r < 0.84) {
    // paste a copy of some lines of the document itself
    const a = lineStartOf(text, Math.floor(rnd() * (len + 1)));
    let b = a;
    const lines = 1 + Math.floor(rnd() * 6);
    for (let i = 0; i < lines && b < len; i++) b = text.indexOf('\n', b) < 0 ? len : text.indexOf('\n', b) + 1;
    const at = rnd() < 0.7 ? lineStartOf(text, pos) : pos;
    return { kind: 'paste', start: at, end: at, insert: text.slice(a, b) };
  }
  if (r < 0.94) {
    // a line or snippet from the YAML test suite (or a hand-picked one), indented like the line it lands on
    const at = lineStartOf(text, pos);
    let indent = 0;
    while (text[at + indent] === ' ') indent++;
    const snippet = snippets[Math.floor(rnd() * snippets.length)];
    const body = snippet.endsWith('\n') ? snippet : `${snippet}\n`;
    return {
      kind: 'snippet',
      start: at,
      end: at,
      insert: rnd() < 0.5 ? body.replace(/^(?=.)/gm, ' '.repeat(indent)) : body,
    };
  }
  // replace a word
  let a = pos;
  while (a > 0 && /[\w-]/.test(text[a - 1])) a--;
  let b = pos;
  while (b < len && /[\w-]/.test(text[b])) b++;
  const words = [
    'CN-GD',
    'CN-XX',
    'more-then',
    'at-least',
    '2027',
    '2024-02-30',
    'USD',
    'RMB',
    '300_000',
    'null',
    'true',
    '1e9',
    'x',
    '',
  ];
  return { kind: 'replace', start: a, end: b, insert: words[Math.floor(rnd() * words.length)] };
}
