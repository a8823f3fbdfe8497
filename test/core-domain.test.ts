/**
 * The domain readers that every check calls many times: deadlines, amounts and the schema comment. Each is read
 * by its shape; these pin what each shape gives, so that a faster reading cannot change an answer.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysBetween, parseDate, parseDeadline } from '../server/src/core/domain/deadline';
import { amountValue, parseAmount } from '../server/src/core/domain/money';
import { schemaComment } from '../server/src/core/schema/custom';
import { Engine, parseDocument } from '../server/src/core/engine';
import { loneFile } from '../server/src/core/dataset';
import { rules } from '../server/src/core/rules';
import type { Rule } from '../server/src/core/rules/rule';

describe('parseDeadline: each shape', () => {
  const interval = (v: unknown) => {
    const r = parseDeadline(v);
    return r && (r.ok ? r.value : { problem: r.issue.kind });
  };

  test('years, quarters, months and dates, as numbers or text', () => {
    assert.deepEqual(interval(2025), { kind: 'year', start: '2025-01-01', end: '2025-12-31' });
    assert.deepEqual(interval('2025'), { kind: 'year', start: '2025-01-01', end: '2025-12-31' });
    assert.deepEqual(interval('2024-Q1'), { kind: 'quarter', start: '2024-01-01', end: '2024-03-31' });
    assert.deepEqual(interval('2025-Q4'), { kind: 'quarter', start: '2025-10-01', end: '2025-12-31' });
    assert.deepEqual(interval('2024-02'), { kind: 'month', start: '2024-02-01', end: '2024-02-29' });
    assert.deepEqual(interval('2025-02'), { kind: 'month', start: '2025-02-01', end: '2025-02-28' });
    assert.deepEqual(interval('2025-06-30'), { kind: 'date', start: '2025-06-30', end: '2025-06-30' });
  });

  test('every day of several years is a date, and every other ten-character text what the calendar says', () => {
    const iso = (y: number, m: number, d: number) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    let days = 0;
    for (const y of [0, 1900, 1999, 2000, 2024, 2025, 2100, 9999])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const text = iso(y, m, d);
          const real = new Date(Date.UTC(2000, m - 1, d));
          const valid =
            m >= 1 &&
            m <= 12 &&
            d >= 1 &&
            real.getUTCMonth() === m - 1 &&
            (d !== 29 || m !== 2 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
          const r = interval(text);
          if (valid) {
            days++;
            assert.deepEqual(r, { kind: 'date', start: text, end: text }, text);
          } else assert.deepEqual(r, { problem: m < 1 || m > 12 ? 'month' : 'day' }, text);
        }
    assert.equal(days, 8 * 365 + 3); // 0, 2000 and 2024 are leap years; 1900 and 2100 are not
    // ten characters that are no date: a deadline's shape gone wrong after four digits and a dash, else no deadline
    for (const text of ['2025-1a-01', '2025-01/01', '2025-01-0x'])
      assert.deepEqual(interval(text), { problem: 'shape' }, text);
    for (const text of ['２０２５-01-01', '2025/01/01', '+025-01-01', ' 025-01-01'])
      assert.equal(interval(text), null, text);
  });

  test('days between two dates are what Date counts, for every day of several years and texts that are no date', () => {
    const byDate = (a: string, b: string) =>
      Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
    const days: string[] = [];
    for (const y of [0, 1, 399, 400, 1899, 1900, 1970, 1999, 2000, 2024, 2026, 2100, 9999])
      for (let t = Date.UTC(2001, 0, 1); t < Date.UTC(2002, 0, 1); t += 86_400_000 * 3) {
        const d = new Date(t);
        days.push(
          `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`,
        );
      }
    days.push('2024-02-29', '2000-02-29', '1900-02-28', '9999-12-31', '0000-01-01');
    let compared = 0;
    for (let i = 0; i < days.length; i++)
      for (const j of [0, i, days.length - 1, (i * 7919) % days.length]) {
        assert.equal(daysBetween(days[i]!, days[j]!), byDate(days[i]!, days[j]!), `${days[i]} → ${days[j]}`);
        compared++;
      }
    assert.ok(compared > 4000);
    assert.equal(daysBetween('2026-11-27', '2025-12-31'), -331);
    // texts that are no valid date: Date's answer, as before
    for (const other of ['2025-02-29', '2025-13-01', '2025-1-01', '2025', '2025-06-30T12:00'])
      assert.ok(Object.is(daysBetween('2026-01-01', other), byDate('2026-01-01', other)), other);
  });

  test('deadline-shaped values that name no period, and values that are no deadline', () => {
    assert.deepEqual(interval('2025-Q5'), { problem: 'quarter' });
    assert.deepEqual(interval('2025-Q12'), { problem: 'quarter' });
    assert.deepEqual(interval('2025-6'), { problem: 'month-digits' });
    assert.deepEqual(interval('2025-13'), { problem: 'month' });
    assert.deepEqual(interval('2025-6-1'), { problem: 'date-digits' });
    assert.deepEqual(interval('2025-13-01'), { problem: 'month' });
    assert.deepEqual(interval('2025-02-29'), { problem: 'day' });
    for (const shape of ['2025-', '2025-Q', '2025-06-300', '2025-06-30T00:00', '20250'])
      assert.deepEqual(interval(shape), shape === '20250' ? null : { problem: 'shape' }, shape);
    for (const none of ['soon', '', 'Q4 2025', 2025.5, null, true]) assert.equal(parseDeadline(none), null);
  });

  test('a year inside the made table and outside it reads the same; the table is shared and cannot be changed', () => {
    for (const y of [0, 999, 1899, 1900, 2025, 2199, 2200, 9999])
      assert.deepEqual(
        interval(y),
        { kind: 'year', start: `${String(y).padStart(4, '0')}-01-01`, end: `${String(y).padStart(4, '0')}-12-31` },
        String(y),
      );
    const a = parseDeadline(2025);
    assert.equal(a, parseDeadline('2025'), 'one parse for the number and the text');
    assert.ok(a?.ok && Object.isFrozen(a.value));
    assert.throws(() => {
      (a as { value: { end: string } }).value.end = '2030-12-31';
    }, TypeError);
    assert.notEqual(parseDeadline(2200), parseDeadline(2200), 'outside the table a new parse each time');
  });

  test('parseDate takes dates only', () => {
    assert.equal(parseDate('2025-06-30'), '2025-06-30');
    for (const v of ['2025', '2025-06', '2025-Q2', '2025-02-30', 20250630]) assert.equal(parseDate(v), null);
  });
});

describe('amounts', () => {
  const cases: Array<[unknown, string | undefined]> = [
    [300e9, '300e9'],
    [2000, '2000'],
    [1.25, '1.250'],
    [0.5, '5e-1'],
    ['1.5e3', '"1.5e3"'],
    ['  42 ', undefined],
    ['1_000', undefined],
    ['0x1F', undefined],
    ['1e400', undefined],
    ['ten', undefined],
    [Infinity, undefined],
    [null, undefined],
  ];

  test('amountValue is parseAmount without its decimals', () => {
    for (const [value, source] of cases)
      assert.equal(amountValue(value), parseAmount(value, source)?.value ?? null, String(value));
  });

  test('decimals are counted in the text as written', () => {
    assert.equal(parseAmount(1.25, '1.250')?.decimals, 2);
    assert.equal(parseAmount(300e9, '300e9')?.decimals, 0);
    assert.equal(parseAmount(0.5, '5e-1')?.decimals, 1);
    assert.equal(parseAmount('1.5e3', '"1.5e3"')?.decimals, 0);
    assert.equal(parseAmount('ten', undefined), null);
  });
});

describe('schemaComment', () => {
  test('found after a header of plain comments, not in one', () => {
    const header = '# Measures to promote general AI in Beijing\n# 北京市人民政府办公厅\n#\n';
    const text = `${header}# yaml-language-server: $schema=./custom.schema.json\nid: x\n`;
    const found = schemaComment(text);
    assert.equal(found?.ref, './custom.schema.json');
    assert.equal(text.slice(found!.range.start, found!.range.end), './custom.schema.json');
    assert.equal(schemaComment(`${header}# $schema: other.json\nid: x\n`)?.ref, 'other.json');
    assert.equal(schemaComment(`${header}id: x\n# $schema: late.json\n`), null);
    assert.equal(schemaComment(`${header}# about the schema of plans\nid: x\n`), null);
  });
});

describe('the engine runs every rule of a document with one context', () => {
  test("each rule's findings carry its code; a rule that throws loses what it reported, the next rule does not", () => {
    const throws: Rule = {
      id: 'test/throws',
      severity: 'warning',
      kinds: ['plan'],
      check(ctx) {
        ctx.report({ range: { start: 0, end: 2 }, message: 'before the throw' });
        throw new Error('boom');
      },
    };
    const twice: Rule = {
      id: 'test/twice',
      severity: 'information',
      kinds: ['plan'],
      check(ctx) {
        ctx.report({ range: { start: 0, end: 2 }, message: `first of ${ctx.plan.id}` });
        ctx.report({ range: { start: 4, end: 6 }, message: 'second' });
      },
    };
    rules.push(throws, twice);
    try {
      const doc = parseDocument('id: p\ntitle: T\n', 'plan');
      const found = new Engine({ fixes: 'none' })
        .check(doc, loneFile('2026-01-01'))
        .filter((f) => f.code.startsWith('test/') || f.code === 'internal/rule-failed')
        .map((f) => [f.code, f.severity, f.message]);
      assert.deepEqual(found, [
        ['internal/rule-failed', 'error', 'rule test/throws failed: boom'],
        ['test/twice', 'information', 'first of p'],
        ['test/twice', 'information', 'second'],
      ]);
    } finally {
      rules.splice(rules.indexOf(throws), 2);
    }
  });
});
