/**
 * YAML conformance: every case of the YAML test suite (../shared/conformance/yaml-test-suite) through the
 * engine's adapter. No case may crash or hang; every invalid case (an `error` file) gives at least one
 * `yaml/*` error inside the file; every valid case gives no `yaml/*` error, and the value that schema
 * validation sees equals `in.json` (a stream: each document in turn). Prints how many cases pass.
 *
 * Also the regressions of the adapter that the suite found (alias keys, anchors on keys, YAML 1.1 tags,
 * empty bare documents) and that hostile input found (quadratic duplicate-key check, deep nesting).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, test } from 'node:test';
import { loneFile } from '../server/src/core/dataset';
import { Engine, parseDocument } from '../server/src/core/engine';
import { parseYaml, parseYamlStream } from '../server/src/core/yaml/parse';

const CONFORMANCE = path.resolve(__dirname, '../../shared/conformance');
const SUITE = path.join(CONFORMANCE, 'yaml-test-suite');
const present = fs.existsSync(SUITE);

/**
 * Known differences, by case id. Each still runs (no crash, no hang) but is not counted as a failure; an
 * entry that starts to pass fails the test, so the list stays true.
 */
const SKIP: Record<string, string> = {
  // the yaml library accepts a %YAML directive that no document follows (YAML 1.2, 9.2 wants a document)
  '9MMA': 'yaml library: a directive without a document is not an error',
  // the yaml library accepts a second %YAML directive for the same document
  SF5V: 'yaml library: a repeated %YAML directive is not an error',
  // by design: two empty keys are the same key, and duplicate keys are an error here (yaml/DUPLICATE_KEY);
  // the suite only tests the parse, where the spec leaves key equality to the loader
  '2JQS': 'by design: duplicate (empty) keys are yaml/DUPLICATE_KEY',
};

/** The cases: folders named by a four-character id, some with numbered sub-cases. */
function cases(): string[] {
  const out: string[] = [];
  for (const d of fs.readdirSync(SUITE).sort()) {
    if (!/^[0-9A-Z]{4}$/.test(d)) continue;
    const dir = path.join(SUITE, d);
    if (fs.existsSync(path.join(dir, 'in.yaml'))) out.push(d);
    else
      for (const s of fs.readdirSync(dir).sort())
        if (fs.existsSync(path.join(dir, s, 'in.yaml'))) out.push(`${d}/${s}`);
  }
  return out;
}

/** The JSON values of a file that holds several JSON documents in a row. */
export function jsonStream(text: string): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    let j = i;
    let depth = 0;
    let inString = false;
    for (; j < text.length; j++) {
      const c = text[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') {
          inString = false;
          if (depth === 0) {
            j++;
            break;
          }
        }
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          j++;
          break;
        }
      } else if (depth === 0 && /\s/.test(c)) break;
    }
    out.push(JSON.parse(text.slice(i, j)));
    i = j;
  }
  return out;
}

interface Outcome {
  id: string;
  ok: boolean;
  why?: string;
  ms: number;
}

function runCase(id: string, engine: Engine): Outcome {
  const dir = path.join(SUITE, id);
  const text = fs.readFileSync(path.join(dir, 'in.yaml'), 'utf8');
  const invalid = fs.existsSync(path.join(dir, 'error'));
  const started = performance.now();
  // the whole engine on the first document (what a plan file goes through), then the stream
  const doc = parseDocument(text, 'plan');
  engine.check(doc, loneFile('2026-11-27'));
  const docs = parseYamlStream(text);
  const ms = performance.now() - started;
  const errors = docs.flatMap((d) => d.findings).filter((f) => f.severity === 'error' && f.code.startsWith('yaml/'));
  for (const f of docs.flatMap((d) => d.findings)) {
    if (!(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length))
      return {
        id,
        ok: false,
        why: `${f.code} has range ${f.range.start}-${f.range.end} outside the text (${text.length})`,
        ms,
      };
  }
  if (invalid)
    return errors.length ? { id, ok: true, ms } : { id, ok: false, why: 'invalid YAML, but no yaml/* error', ms };
  if (errors.length)
    return { id, ok: false, why: `valid YAML, but ${errors.map((e) => `${e.code} (${e.message})`).join(', ')}`, ms };
  const jsonFile = path.join(dir, 'in.json');
  if (!fs.existsSync(jsonFile)) return { id, ok: true, ms };
  const want = jsonStream(fs.readFileSync(jsonFile, 'utf8'));
  // an empty stream (only comments, `...`) has no document; the adapter gives one empty document for it
  const got = docs.length === 1 && docs[0].root === null && want.length === 0 ? [] : docs.map((d) => d.value);
  if (got.length !== want.length) return { id, ok: false, why: `${got.length} documents, expected ${want.length}`, ms };
  for (let i = 0; i < want.length; i++) {
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(got[i])), want[i]))
      return {
        id,
        ok: false,
        why: `document ${i + 1}: ${JSON.stringify(got[i]).slice(0, 120)} ≠ ${JSON.stringify(want[i]).slice(0, 120)}`,
        ms,
      };
  }
  return { id, ok: true, ms };
}

describe(
  'YAML test suite',
  { skip: present ? false : `the YAML test suite is not there (${SUITE}); get ../shared/conformance to run this` },
  () => {
    test('every case: no crash, no hang; errors for invalid YAML; the values of in.json for valid YAML', () => {
      const engine = new Engine();
      const all = cases();
      assert.ok(all.length > 300, `only ${all.length} cases found in ${SUITE}`);
      const outcomes: Outcome[] = [];
      for (const id of all) {
        try {
          outcomes.push(runCase(id, engine));
        } catch (e) {
          outcomes.push({ id, ok: false, why: `crashed: ${e instanceof Error ? e.stack : String(e)}`, ms: 0 });
        }
      }
      const pass = outcomes.filter((o) => o.ok).length;
      const failed = outcomes.filter((o) => !o.ok && !SKIP[o.id]);
      const skippedButPassing = outcomes.filter((o) => o.ok && SKIP[o.id]);
      const crashed = outcomes.filter((o) => o.why?.startsWith('crashed'));
      console.log(
        `YAML test suite: ${pass} of ${all.length} cases pass; ${Object.keys(SKIP).length} known differences skipped (${Object.keys(SKIP).join(', ')})`,
      );
      for (const o of failed) console.log(`  FAIL ${o.id}: ${o.why}`);
      assert.deepEqual(
        crashed.map((o) => o.id),
        [],
        'no case crashes',
      );
      // (a case that hangs fails on the test runner's time-out; how long each case takes is the bench's business)
      const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a), outcomes[0]);
      console.log(`  slowest case: ${slowest.id}, ${Math.round(slowest.ms)} ms`);
      assert.deepEqual(
        failed.map((o) => `${o.id}: ${o.why}`),
        [],
        'every case passes but the known differences',
      );
      assert.deepEqual(
        skippedButPassing.map((o) => o.id),
        [],
        'a known difference now passes: take it off the skip list',
      );
    });
  },
);

describe('adapter regressions found by the suite', () => {
  test('an alias used as a key stands for its anchor’s value (26DV, E76Z)', () => {
    const d = parseYaml('top1: &a1\n  key1: scalar1\n&k key2: v\ntop3:\n  *k : scalar3\n');
    assert.deepEqual(d.value, { top1: { key1: 'scalar1' }, key2: 'v', top3: { key2: 'scalar3' } });
  });

  test('an anchor on a key can be aliased (HMQ5, 2SXE)', () => {
    const d = parseYaml('&a1 foo: bar\nbaz: *a1\n');
    assert.deepEqual(d.value, { foo: 'bar', baz: 'foo' });
    assert.deepEqual(d.findings, []);
  });

  test('YAML 1.1 tags are not resolved into Buffers, Dates or Sets: the value stays plain text (565N, J7PZ)', () => {
    const d = parseYaml('a: !!binary "AAB="\nb: !!timestamp 2001-12-14\nc: !!set { x, y }\n');
    assert.deepEqual(JSON.parse(JSON.stringify(d.value)), { a: 'AAB=', b: '2001-12-14', c: { x: null, y: null } });
    assert.equal(typeof (d.value as { a: unknown }).a, 'string');
    assert.ok(d.findings.every((f) => f.severity === 'warning' && f.code === 'yaml/TAG_RESOLVE_FAILED'));
    const omap = parseYaml('--- !!omap\n- a: 1\n- b: 2\n');
    assert.deepEqual(omap.value, [{ a: 1 }, { b: 2 }]);
    assert.deepEqual(parseYaml('[a: 1, b]').value, [{ a: 1 }, 'b']);
  });

  test('a stream of only comments and `...` markers has no document; no extra empty document after one (HWV9, QT73, M7A3)', () => {
    assert.deepEqual(
      parseYamlStream('# comment\n...\n').map((d) => d.root),
      [null],
    );
    const m = parseYamlStream('Bare\ndocument\n...\n# No document\n...\n|\n  text\n');
    assert.deepEqual(
      m.map((d) => d.value),
      ['Bare document', 'text\n'],
    );
    assert.deepEqual(
      parseYaml('a: 1\n...\n# trailing\n...\n').findings,
      [],
      'no yaml/MULTIPLE_DOCS for an empty bare document',
    );
  });
});

describe('adapter regressions found by hostile input', () => {
  test('duplicate keys in a 20,000-key mapping: one finding, on the second key (the yaml library’s check was quadratic: minutes for 100,000 keys)', () => {
    const mapping = (n: number) => `${Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n')}\nk17: 2\n`;
    // that the time grows linearly (quadratic would take 100× the time for 10× the keys): test/slow/growth.test.ts
    const text = mapping(20_000);
    const d = parseYaml(text);
    const dup = d.findings.filter((f) => f.code === 'yaml/DUPLICATE_KEY');
    assert.equal(dup.length, 1);
    const at = text.lastIndexOf('k17: 2');
    assert.deepEqual(dup[0].range, { start: at, end: at + 3 }, 'the second key, underlined whole');
    assert.equal(dup[0].related?.[0].range.start, text.indexOf('k17: 1'), 'points at the first one');
  });

  test('duplicate keys: same equality as the yaml library (1 and "1" differ; two empty keys are equal)', () => {
    assert.equal(parseYaml('1: a\n"1": b\n').findings.length, 0);
    assert.equal(parseYaml('a: 1\nb: 2\na: 3\n').findings.filter((f) => f.code === 'yaml/DUPLICATE_KEY').length, 1);
    assert.equal(parseYaml('? \n: a\n? \n: b\n').findings.filter((f) => f.code === 'yaml/DUPLICATE_KEY').length, 1);
    assert.equal(parseYaml('{a: 1, a: 2}').findings.filter((f) => f.code === 'yaml/DUPLICATE_KEY').length, 1);
  });

  test('nesting deeper than 256 levels is reported, not composed (deep nesting aborted the whole process in V8)', () => {
    // Composing recurses once per level; near the end of the stack V8 aborts the process ("RegExpCompiler
    // Allocation failed") instead of throwing. Two 1,000-deep block sequences in one process were enough.
    const blockSeq = (n: number) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`;
    for (const text of [
      blockSeq(1000),
      blockSeq(2000),
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}`,
    ]) {
      const d = parseYaml(text);
      const f = d.findings.find((x) => x.code === 'yaml/RESOURCE_EXHAUSTION');
      assert.ok(f, 'reported');
      assert.match(f.message, /nested more than 256 levels/);
      assert.ok(f.range.start >= 0 && f.range.end <= text.length);
      assert.equal(d.root, null);
    }
    const ok = parseYaml(`${'['.repeat(256)}1${']'.repeat(256)}`);
    assert.deepEqual(ok.findings, [], '256 levels are read');
    let v: unknown = ok.value;
    for (let i = 0; i < 256; i++) v = (v as unknown[])[0];
    assert.equal(v, 1);
  });
});
