/**
 * Formatting (core/features/format.ts, onTypeFormat.ts): whole before/after texts, and two properties over
 * the samples and the broken samples — formatting twice gives the text of formatting once, and the parsed
 * value never changes (test/helpers/formatProperties.ts; over every valid case of the YAML test suite in
 * test/slow/format-properties.test.ts, `npm run test:slow`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { formatEdits, formatRangeEdits, formatText } from '../server/src/core/features/format';
import { onTypeNewline } from '../server/src/core/features/onTypeFormat';
import { applyEdits, yaml } from './helpers/fixture';
import { formatProperties } from './helpers/formatProperties';

const MESSY = yaml`
  # a plan written in a hurry
  title:    "Messy plan"
  id: messy-2023    # the id


  jurisdiction: 'CN-GD'
  period: {start: 2023,   end: 2025}
  targets:
      -   metric: AI scale
          id: t1
          money: {currency: CNY, amount: 300e9}   # money
          # a comment before deadline
          deadline: 2025
          sources: [ s1,s2 ]
  sources:
  - id: s1
    url: https://example.org/
`;

describe('formatText', () => {
  test('keeps comments, their gaps, blank-line groups, flow and block style and number spelling', () => {
    const r = formatText(MESSY, 'plan');
    assert.equal(r.skipped, null);
    assert.equal(
      r.text,
      yaml`
        # a plan written in a hurry
        title: "Messy plan"
        id: messy-2023    # the id

        jurisdiction: 'CN-GD'
        period: { start: 2023, end: 2025 }
        targets:
          - metric: AI scale
            id: t1
            money: { currency: CNY, amount: 300e9 }   # money
            # a comment before deadline
            deadline: 2025
            sources: [s1, s2]
        sources:
          - id: s1
            url: https://example.org/
      `,
    );
  });

  test('canonical key order (docs/plan-format.md) and double quotes; comments move with their keys', () => {
    const r = formatText(MESSY, 'plan', { canonicalKeyOrder: true, quotes: 'double' });
    assert.equal(
      r.text,
      yaml`
        # a plan written in a hurry
        id: messy-2023    # the id
        title: "Messy plan"

        jurisdiction: "CN-GD"
        period: { start: 2023, end: 2025 }
        targets:
          - id: t1
            metric: AI scale
            money: { amount: 300e9, currency: CNY }   # money
            # a comment before deadline
            deadline: 2025
            sources: [s1, s2]
        sources:
          - id: s1
            url: https://example.org/
      `,
    );
  });

  test('single quotes where they can hold the value; the canonical order only for plans', () => {
    const text = 'b: "x"\na: "it\'s"\nc: "tab\\there"\n';
    assert.equal(
      formatText(text, 'other', { canonicalKeyOrder: true, quotes: 'single' }).text,
      "b: 'x'\na: 'it''s'\nc: \"tab\\there\"\n",
    );
  });

  test("a comment between list items stays at the items' indentation", () => {
    const text = yaml`
      measures:
        - id: a
          title: A
          # (一) a heading inside item a
        # 二 to 五: headings only
        - id: b
          title: B
    `;
    assert.equal(formatText(text, 'plan').text, text);
  });

  test('a file written with CRLF line ends keeps them', () => {
    assert.equal(formatText('a:   1\r\nb: {x: 1}   # c\r\n', 'other').text, 'a: 1\r\nb: { x: 1 }   # c\r\n');
  });

  test('a text with YAML errors is left alone, with the reason', () => {
    const text = 'id: a\nid: b\n';
    assert.deepEqual(formatText(text, 'plan'), { text, skipped: 'the YAML has errors; fix them first' });
    assert.deepEqual(formatEdits(text, 'plan'), []);
  });
});

describe('formatEdits / formatRangeEdits', () => {
  test('document edits rebuild the formatted text; range edits touch only the lines of the range', () => {
    const text = 'a:   1\nb: [ x ]\nc:    3\n';
    assert.equal(applyEdits(text, formatEdits(text, 'other')), 'a: 1\nb: [x]\nc: 3\n');
    const start = text.indexOf('b:');
    assert.equal(
      applyEdits(text, formatRangeEdits(text, 'other', { start, end: start + 3 })),
      'a:   1\nb: [x]\nc:    3\n',
    );
  });
});

describe('onTypeNewline', () => {
  const typed = (fixture: string) => {
    const offset = fixture.indexOf('|');
    const text = fixture.slice(0, offset) + fixture.slice(offset + 1);
    return applyEdits(text, onTypeNewline(text, offset)).replace(/\n[^\n]*$/, (l) => l);
  };
  test('after `targets:` the new line is indented two spaces in', () => {
    assert.equal(typed('id: x\ntargets:\n|'), 'id: x\ntargets:\n  ');
  });
  test("after `- id: x` the new line is at the item's keys", () => {
    assert.equal(typed('targets:\n  - id: x\n|'), 'targets:\n  - id: x\n    ');
  });
  test("after `key: value` the new line keeps the key's column, replacing what the client put", () => {
    assert.equal(typed('targets:\n  - id: x\n    metric: m\n        |'), 'targets:\n  - id: x\n    metric: m\n    ');
  });
  test('after `money:` inside an item', () => {
    assert.equal(typed('targets:\n  - id: x\n    money:\n|'), 'targets:\n  - id: x\n    money:\n      ');
  });
  test('nothing after a comment-only file', () => {
    assert.deepEqual(onTypeNewline('# c\n', 4), []);
  });
});

const ROOT = path.resolve(__dirname, '..');

test('properties over samples/ and samples/broken/ (the samples are already formatted)', () => {
  for (const dir of ['samples', 'samples/broken']) {
    for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((n) => /\.ya?ml$/.test(n))) {
      const text = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
      formatProperties(text, `${dir}/${f}`);
      if (dir === 'samples') assert.equal(formatText(text, 'plan').text, text, `${dir}/${f} is not formatted`);
    }
  }
});
