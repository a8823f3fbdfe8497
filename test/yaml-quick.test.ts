/**
 * The quick path of the parse (server/src/core/yaml/quick.ts) must build exactly what the yaml library's CST
 * parser and composer build through the adapter (`parseWhole`), ranges and parents included, whenever it
 * accepts a text; and it must accept the files people write. Compared here on every sample and fixture, every
 * YAML test-suite input, the realistic bench plans, seeded random documents of the shapes it reads (comment
 * and blank lines at every indentation, empty values, flow collections, trailing comments, no final line
 * break) and seeded random edits of the samples. QUICK_CASES=n changes the number of random cases (400 in
 * `npm test`; `npm run test:slow` runs 6,000), QUICK_SEED=s the seed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Lexer, Schema } from 'yaml';
import { charsOf, parseDocument } from '../server/src/core/engine';
import { parseWhole, parseYaml } from '../server/src/core/yaml/parse';
import { mayBeTagged, quickParse } from '../server/src/core/yaml/quick';
import { scanAll } from '../server/src/core/yaml/scan';
import { pointerOf, type YNode } from '../server/src/core/yaml/tree';
import { realisticPlan } from './bench/realistic';
import { rng } from './fuzz/run';

const ROOT = path.resolve(__dirname, '..');
const SUITE = path.resolve(ROOT, '..', 'shared', 'conformance', 'yaml-test-suite');
const CASES = Number(process.env.QUICK_CASES ?? 400);
const SEED = Number(process.env.QUICK_SEED ?? 20261129);

function yamlFiles(dir: string, name: RegExp): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const f = path.join(d, n);
      if (statSync(f).isDirectory()) visit(f);
      else if (name.test(n)) out.push([path.relative(ROOT, f), readFileSync(f, 'utf8')]);
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

/** Every field of every node, parents as the parent's pointer (after checking each is the node that holds it). */
function picture(n: YNode | null, parent: YNode | null = null): unknown {
  if (n === null) return null;
  assert.ok(n.parent === parent, `parent of ${pointerOf(n)}`);
  const base = [pointerOf(n), n.kind, n.range, n.keyRange, n.segment, Object.keys(n).join()];
  if (n.kind === 'scalar') return [...base, n.value, n.style, n.source];
  if (n.kind === 'alias') return [...base, n.name];
  if (n.kind === 'seq') return [...base, n.flow, n.items.map((i) => picture(i, n))];
  return [
    ...base,
    n.flow,
    n.entries.map((e) => {
      // one key range object for the entry and its value, as the adapter makes it (the incremental copy relies on it)
      assert.ok(e.keyRange === e.value.keyRange, `key range of ${pointerOf(e.value)}`);
      return [e.key, e.keyRange, picture(e.value, n)];
    }),
  ];
}

/** Asserts that the scanner, when it reads `text`, gives the tokens of the library's lexer. */
function sameTokens(text: string, what: string): void {
  const tokens = scanAll(text);
  if (tokens) assert.deepStrictEqual(tokens, [...new Lexer().lex(text)], `${what}: tokens`);
}

/** Asserts that the quick path, when it reads `text`, gives what the whole parse gives. Says whether it read it. */
function same(text: string, what: string): boolean {
  sameTokens(text, what);
  const quick = quickParse(text);
  if (!quick) return false;
  const whole = parseWhole(text);
  assert.deepStrictEqual(whole.findings, [], `${what}: the quick path read a text the library reports on`);
  assert.equal(whole.anchors.size, 0, what);
  assert.deepStrictEqual(picture(quick.root), picture(whole.root), `${what}: tree`);
  assert.deepStrictEqual(quick.value, whole.value, `${what}: value`);
  assert.deepStrictEqual(quick.findings, [], what);
  assert.equal(quick.text, text, what);
  return true;
}

describe('the quick parse', () => {
  test('reads every sample plan, registry and config, and builds what the whole parse builds', () => {
    const samples = yamlFiles(path.join(ROOT, 'samples'), /\.ya?ml$/).filter(([f]) => !f.includes('broken'));
    assert.ok(samples.length >= 14);
    for (const [file, text] of samples) assert.ok(same(text, file), `${file} was not read quickly`);
  });

  test('the realistic bench plans (flow mappings, comments, Chinese quotes) are read quickly', () => {
    for (const lines of [150, 3600]) assert.ok(same(realisticPlan(lines), `realistic ${lines}`));
  });

  test('broken samples and fixtures: what it reads equals the whole parse; YAML errors are left to it', () => {
    const files = [
      ...yamlFiles(path.join(ROOT, 'samples', 'broken'), /\.ya?ml$/),
      ...yamlFiles(path.join(ROOT, 'test'), /\.ya?ml$/),
    ];
    assert.ok(files.length > 20);
    let read = 0;
    for (const [file, text] of files) if (same(text, file)) read++;
    assert.ok(read > files.length / 2, `${read} of ${files.length} read quickly`);
    // a file with a YAML error is never read quickly: the library reports it
    for (const [file, text] of files)
      if (parseWhole(text).findings.some((f) => f.code.startsWith('yaml/'))) assert.equal(quickParse(text), null, file);
  });

  test('a text read quickly is read again without the character test, to the same tree; no other is taken for one', () => {
    const files = [
      ...yamlFiles(path.join(ROOT, 'samples'), /\.ya?ml$/),
      ...yamlFiles(path.join(ROOT, 'test', 'fixtures'), /\.ya?ml$/),
    ];
    let readable = 0;
    for (const [file, text] of files) {
      const first = parseDocument(text, 'plan');
      if (charsOf(first) === 'readable') {
        readable++;
        const again = parseDocument(text, 'plan', charsOf(first));
        assert.deepStrictEqual(picture(again.yaml.root), picture(first.yaml.root), file);
      } else assert.equal(quickParse(text), null, `${file}: the quick path reads it, yet it was not known readable`);
    }
    assert.ok(readable > 20 && readable < files.length, `${readable} of ${files.length} readable`);
    // what the test keeps out: a tab, a CR, a BOM, a line separator (the whole parse reads each of them)
    for (const text of ['a:\tb\n', 'a: b\r\n', '\ufeffa: b\n', 'a: b\u2028c\n']) {
      const doc = parseDocument(text, 'other');
      assert.equal(charsOf(doc), 'unknown', JSON.stringify(text));
      assert.deepStrictEqual(doc.yaml.value, parseWhole(text).value, JSON.stringify(text));
    }
  });

  test('a plain scalar a core tag may type starts as mayBeTagged says (the library tests, texts of every start)', () => {
    // the core schema's tests as this version of the library writes them: mayBeTagged was read off these (a change
    // here means reading it again)
    const schema = new Schema({ schema: 'core', resolveKnownTags: false });
    const tests = (schema.tags as unknown as Array<{ test?: RegExp }>).flatMap((t) => (t.test ? [t.test] : []));
    assert.deepStrictEqual(
      tests.map((t) => `${t.source}/${t.flags}`),
      [
        '^(?:~|[Nn]ull|NULL)?$/',
        '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/',
        '^0o[0-7]+$/',
        '^[-+]?[0-9]+$/',
        '^0x[0-9a-fA-F]+$/',
        '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/',
        '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$/',
        '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/',
      ],
    );
    // every text some test matches starts as mayBeTagged says, for every first character and many rests
    const rests = [
      '',
      'ull',
      'ULL',
      'rue',
      'alse',
      'o17',
      'x1F',
      '12',
      '.5',
      '5e3',
      'inf',
      'nan',
      '.inf',
      '.NaN',
      '1.',
    ];
    let tagged = 0;
    for (let c = 0; c < 0x3100; c++) {
      for (const rest of rests) {
        const text = String.fromCharCode(c) + rest;
        if (!tests.some((t) => t.test(text))) continue;
        tagged++;
        assert.ok(mayBeTagged(text), JSON.stringify(text));
      }
    }
    assert.ok(tagged > 30, `${tagged} tagged texts`);
    assert.ok(mayBeTagged('') && !mayBeTagged('CN-GD') && !mayBeTagged('enterprises') && !mayBeTagged('亿'));
  });

  test('the YAML test suite: every input it reads is composed alike', { skip: !existsSync(SUITE) }, () => {
    const inputs = yamlFiles(SUITE, /^in\.yaml$/);
    assert.ok(inputs.length > 300);
    let read = 0;
    for (const [file, text] of inputs) if (same(text, file)) read++;
    assert.ok(read >= 10, `${read} suite inputs read quickly`);
  });

  test('where the library ends a collection: trailing comments, deeper comment lines, empty values, no final line break', () => {
    const cases = [
      'a: 1\n',
      'a: 1',
      'a: 1 # c',
      'a:\n  b: 1\n  # at the mapping\nc: 2\n',
      'a:\n  b: 1\n    # deeper: joins the value\nc: 2\n',
      'a:\n  b: 1\n\n    # deeper after a blank line\n\nc: 2\n',
      'a:\n  b: 1\n# at 0\n    # deeper after a comment\nc: 2\n',
      'a:\n  - x\n  # at the sequence\n  - y\n    # deeper\nb: 1\n',
      'a:\n  - id: x\n    t: 1\n    # at the item mapping\n  - id: y\n    # here\n# end\n',
      'a:\n  - id: x\n    t: { p: 1, q: [2, 3] }   # c\n      # deeper\n',
      'a:\n  b:\n  c: 1\n',
      'a:\n  b: # why\n    # more\nc: 1\n',
      'a:\n  b:\n    # only a comment\n  c: 1\n',
      'a:\n  b:   \n',
      'a:\n  b: # c',
      'a: [1, "two", \'three\', { four: 4 }, []]\nb: {}\n',
      'a: 1\n\n\n',
      '# head\n\na: 1\n',
      'k: 0x1F\nl: 0o17\nm: 1e3\nn: .inf\no: .NaN\np: ~\nq: null\nr: TRUE\ns: 2023-05-01\nt: -0\nu: +12\n',
      'title-original: 北京市促进通用人工智能创新发展的若干措施\nquote: "到2025年，人工智能核心产业规模达到3000亿元"\n',
      '__proto__: 1\nconstructor: 2\n',
    ];
    for (const text of cases)
      assert.ok(same(text, JSON.stringify(text)), `${JSON.stringify(text)} was not read quickly`);
  });

  test('quotes with and without escapes read as the library reads them', () => {
    const quotes = ['""', "''", '" a "', "' a '", '"a\'b"', "'a\"b'", "'it''s'", "''''", '"a\\"b"', '"a\\tb"'];
    quotes.push('"\\\\"', '"C:\\\\x"', "'a\\b'", '"北京 ‘3000亿元’"', "'a # b'", '"a: b"', '"#"');
    for (const q of quotes) {
      for (const text of [`k: ${q}\n`, `k: [${q}, x]\n`, `k: { a: ${q} }\n`, `k:\n  - ${q}\n`])
        assert.ok(same(text, JSON.stringify(text)), `${JSON.stringify(text)} was not read quickly`);
    }
  });

  test('what it leaves to the whole parse', () => {
    const refused = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  text\n',
      'a: >\n  text\n',
      'a: multi\n  line\n',
      'a: "multi\n  line"\n',
      'a: { b: 1,\n  c: 2 }\n',
      '? a\n: 1\n',
      'a:\n  -\n',
      'a:\n- x\n',
      '1: one\n',
      'a: 1\na: 2\n',
      'x: { a: 1, a: 2 }\n',
      '__proto__: 1\n__proto__: 2\n',
      'x:\n  - { __proto__: 1, __proto__: 2 }\n',
      // a duplicate in a long mapping (whose keys are not read one by one)
      `${Array.from({ length: 40 }, (_, i) => `k${i}: ${i}\n`).join('')}k7: again\n`,
      `${Array.from({ length: 17 }, (_, i) => `k${i}: ${i}\n`).join('')}k16: again\n`,
      `x: { ${Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join(', ')}, k3: again }\n`,
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      '\ufeffa: 1\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      '%YAML 1.2\n---\na: 1\n',
      '- a\n',
      '"a": 1\n',
      'a: b: c\n',
      'a: { b:, c: 1 }\n',
      'a: "x"# c\n',
      'a: @x\n',
      '',
      '# only\n',
    ];
    for (const text of refused) {
      sameTokens(text, JSON.stringify(text));
      assert.equal(quickParse(text), null, JSON.stringify(text));
    }
    // long mappings without a duplicate are read, their values as the library's, made once when asked
    const long = `${Array.from({ length: 40 }, (_, i) => `k${i}: ${i}\n`).join('')}x: { ${Array.from({ length: 20 }, (_, i) => `f${i}: ${i}`).join(', ')} }\n`;
    const quick = quickParse(long);
    assert.ok(quick);
    assert.deepStrictEqual(quick.value, parseWhole(long).value);
    assert.equal(quick.value, quick.value);
    // and the one parse still reads them, with the library's findings
    assert.deepStrictEqual(parseYaml('a: &x 1\nb: *x\n').value, { a: 1, b: 1 });
    assert.equal(parseYaml('a: 1\na: 2\n').findings[0]?.code, 'yaml/DUPLICATE_KEY');
  });

  test(`seeded random documents of the shapes it reads (${CASES}, seed ${SEED})`, () => {
    const rnd = rng(SEED);
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
    const scalars = ['a', 'b c', '1', '-2', '3.5', '1e3', '0x1F', 'true', 'null', '~', '.nan', '2023-05-01', '"q"'];
    const more = ["'s'", '"北京市"', "'it''s'", '"a\\tb"', 'x#y', 'a:b', '12:30', '-', '@x', '"', 'a]'];
    const keys = ['id', 'title', 'k', 'v', 'a b', 'x', 'y', 'z', 'k2', 'true', '1'];
    const trail = () => (rnd() < 0.2 ? pick([' # c', '  # tail', '#no space']) : rnd() < 0.1 ? ' ' : '');
    const gap = (): string => {
      let s = '';
      while (rnd() < 0.25) s += rnd() < 0.4 ? '\n' : `${' '.repeat(Math.floor(rnd() * 9))}# g\n`;
      return s;
    };
    const flow = (d: number): string => {
      if (d > 2 || rnd() < 0.5) return rnd() < 0.85 ? pick(scalars) : pick(more);
      const n = Math.floor(rnd() * 3);
      if (rnd() < 0.5)
        return `{ ${Array.from({ length: n }, () => `${pick(keys)}: ${flow(d + 1)}`).join(', ')}${rnd() < 0.1 ? ',' : ''} }`;
      return `[${Array.from({ length: n }, () => flow(d + 1)).join(', ')}]`;
    };
    const block = (indent: number, depth: number, out: string[]): void => {
      const seq = depth > 0 && rnd() < 0.4;
      const used = new Set<string>();
      const pad = ' '.repeat(indent);
      for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) {
        if (seq) {
          if (rnd() < 0.4 && depth < 4) {
            const k = pick(keys);
            out.push(`${pad}- ${k}: ${flow(0)}${trail()}\n${gap()}`);
            const k2 = pick(keys);
            if (rnd() < 0.5 && k2 !== k)
              out.push(
                `${' '.repeat(indent + 2)}${k2}:${rnd() < 0.3 ? `${trail()}\n${gap()}` : ` ${flow(0)}${trail()}\n${gap()}`}`,
              );
          } else out.push(`${pad}- ${flow(0)}${trail()}\n${gap()}`);
        } else {
          let k = pick(keys);
          if (used.has(k)) k += String(i);
          used.add(k);
          const r = rnd();
          if (r < 0.35 && depth < 4) {
            out.push(`${pad}${k}:${trail()}\n${gap()}`);
            block(indent + 2 + (rnd() < 0.2 ? 2 : 0), depth + 1, out);
          } else if (r < 0.45) out.push(`${pad}${k}:${trail()}\n${gap()}`);
          else out.push(`${pad}${k}: ${flow(0)}${trail()}\n${gap()}`);
        }
      }
    };
    let read = 0;
    for (let c = 0; c < CASES; c++) {
      const out: string[] = rnd() < 0.3 ? ['# head\n'] : [];
      block(0, 0, out);
      let text = out.join('');
      if (rnd() < 0.3) text = text.replace(/\n$/, '');
      if (same(text, `random document ${c}: ${JSON.stringify(text)}`)) read++;
    }
    assert.ok(read > CASES / 5, `${read} of ${CASES} read quickly`);
  });

  test(`seeded random edits of the samples (${CASES}, seed ${SEED})`, () => {
    const rnd = rng(SEED + 1);
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
    const texts = yamlFiles(path.join(ROOT, 'samples'), /\.ya?ml$/).map(([, t]) => t);
    const bits = [' ', '  ', '\n', '\n\n', '#', ' # c', '\n  # c', '\n    # deep', '\n      # deeper', ':', ': ', '- '];
    bits.push('{', '}', '[', ']', ',', '"', "'", 'a', '1', '\n  ', '\nk: v', '\n  - a', ' { a: 1 }', '[1, 2]', '~');
    bits.push('\n  key:', '\n\n    # c\n', '*a', '&a', '!t', '|', '>', '? ', '%', '@', '...', '---', '\t', '\r\n');
    let read = 0;
    for (let c = 0; c < CASES; c++) {
      let text = pick(texts);
      for (let e = 0, n = 1 + Math.floor(rnd() * 4); e < n; e++) {
        const at = Math.floor(rnd() * text.length);
        const r = rnd();
        if (r < 0.5) text = text.slice(0, at) + pick(bits) + text.slice(at);
        else if (r < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 6));
        else {
          const ls = text.lastIndexOf('\n', at) + 1;
          text = text.slice(0, ls) + (rnd() < 0.5 ? '  ' : '') + text.slice(ls + (rnd() < 0.5 ? 2 : 0));
        }
      }
      if (same(text, `edited sample ${c}`)) read++;
    }
    assert.ok(read > CASES / 5, `${read} of ${CASES} read quickly`);
  });
});
