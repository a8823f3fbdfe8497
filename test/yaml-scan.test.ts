/**
 * The quick path's scanner (server/src/core/yaml/scan.ts) must give exactly the tokens of the yaml library's
 * `Lexer` for every text it does not refuse, and refuse what quick.ts does not read. Compared here on the rules
 * of plain scalars (where they end in block and flow context, trailing spaces, comments, continuation lines),
 * on what it must refuse, and on seeded random lines made of the characters those rules are about.
 * test/yaml-quick.test.ts compares the tokens too, on every sample, fixture, suite input and random document
 * it uses. QUICK_CASES=n changes the number of random texts (here ×5), QUICK_SEED=s the seed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Lexer } from 'yaml';
import { scanAll } from '../server/src/core/yaml/scan';
import { realisticDataset } from './bench/realistic';
import { rng } from './fuzz/run';

const CASES = 5 * Number(process.env.QUICK_CASES ?? 400);
const SEED = Number(process.env.QUICK_SEED ?? 20261129);

const lex = (text: string): string[] => [...new Lexer().lex(text)];

describe('the quick path scanner', () => {
  test('gives the lexer tokens where plain scalars end, in block and flow context', () => {
    const cases = [
      'a: 1\n',
      'a: 1',
      'a: 1   \n',
      'a: 1 \n\n',
      'a b: c d  # e\n',
      'a: b#c\n',
      'a: b # c\n',
      'a: b:c\n',
      'a: b:\n',
      'a: http://x.org/a?b=c#d\n',
      'a: -1\nb: ?x\nc: :x\nd: -x-\n',
      'a:  \n  b: 1\n',
      'a: 1\n\n\nb: 2\n',
      'a: 1\n   \n  \n# c\n  # d\nb: 2\n',
      'a:\n  b: 1\n      # deeper\n    # less\n  c: 2\n',
      'a:\n  - x\n  - y # c\n  -   z\n  - id: 1\n    t: 2\n',
      '- a\n- b\n',
      'a: { b: 1, c: [2, 3], d: "e", \'f\': g }\n',
      'a: {b: 1,c: 2}\n',
      'a: { "b":1 }\n',
      'a: { b: c d, e: f:g, h: i#j }\n',
      'a: [ a b , c ]   # d\n',
      'a: [[], {}, [[x]]]\n',
      'a: { b: x, }\n',
      'a: "x" # c\n',
      'a: "x"# c\n',
      "a: 'it''s' b\n",
      'a: "a\\"b\\\\" c\n',
      'a: 北京市 "引号" 到2025年\n',
      'quote: "到2025年，人工智能核心产业规模达到3000亿元"\n',
      '# head\n  # indented\n\na: 1\n',
      '\n\n  \na: 1\n',
      'a: 1\n  b\n', // an error line after a value, read by the lexer as a continuation: refused
      'a:\n  b: 1\n    c: 2\n', // the same
    ];
    let read = 0;
    for (const text of cases) {
      const tokens = scanAll(text);
      if (tokens) {
        assert.deepStrictEqual(tokens, lex(text), JSON.stringify(text));
        read++;
      }
    }
    assert.equal(read, cases.length - 2);
  });

  test('refuses what the quick path does not read', () => {
    const refused = [
      '%YAML 1.2\n---\na: 1\n',
      '---\na: 1\n',
      'a: 1\n...\n',
      'a: &x 1\n',
      'a: *x\n',
      'a: !t 1\n',
      'a: |\n  x\n',
      'a: >\n  x\n',
      '? a\n: 1\n',
      'a: - b\n',
      'a: -\n',
      'a: multi\n  line\n',
      'a: multi\n\n  line\n',
      'a:\n  b: 1\n   c\n', // indented as deep as the lexer's indentNext: a continuation
      'a: "multi\n  line"\n',
      "a: 'open\n",
      'a: { b: 1,\n  c: 2 }\n',
      'a: [1, 2\n',
      'a: [1, # c\n  2]\n',
      'a: { b: 1 #c }\n',
      'a: { b: , c: 1 }\n',
      'a: ]\n',
      'a: @x\n',
      'a: `x\n',
      'a: %x\n',
      'a: ,x\n',
      'a:\tb\n',
      'a: 1\r\n',
      '\ufeffa: 1\n',
    ];
    for (const text of refused) assert.equal(scanAll(text), null, JSON.stringify(text));
  });

  test('reads every file of the realistic dataset', () => {
    for (const [name, text] of realisticDataset(1)) {
      const tokens = scanAll(text);
      assert.ok(tokens, `${name} refused`);
      assert.deepStrictEqual(tokens, lex(text), name);
    }
  });

  test(`seeded random lines of the characters the rules are about (${CASES}, seed ${SEED})`, () => {
    const rnd = rng(SEED + 2);
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
    const bits = [
      'a',
      'b c',
      '1',
      ' ',
      '  ',
      ':',
      ': ',
      ' #',
      '#',
      ',',
      ', ',
      '"q"',
      "'s'",
      '{ a: 1 }',
      '[x, y]',
      '北',
    ];
    const rare = ['[', ']', '{', '}', '"', "'", '\\', '-', '- ', '?', '.', '%', '@', '&', '*', '!', '|', '>', '\n'];
    const starts = ['', '', '', ' ', '  ', '   ', '    ', '- ', '  - ', '#', '\n', '---', '...'];
    let read = 0;
    for (let c = 0; c < CASES; c++) {
      const lines: string[] = [];
      for (let l = 0, n = 1 + Math.floor(rnd() * 5); l < n; l++) {
        let line = pick(starts) + (rnd() < 0.8 ? `${pick(['k', 'id', 'a b'])}:${rnd() < 0.8 ? ' ' : ''}` : '');
        for (let b = 0, m = Math.floor(rnd() * 6); b < m; b++) line += pick(rnd() < 0.15 ? rare : bits);
        lines.push(line);
      }
      const text = lines.join('\n') + (rnd() < 0.7 ? '\n' : '');
      const tokens = scanAll(text);
      if (tokens) {
        assert.deepStrictEqual(tokens, lex(text), `random text ${c}: ${JSON.stringify(text)}`);
        read++;
      }
    }
    assert.ok(read > CASES / 5, `${read} of ${CASES} scanned`);
  });
});
