/**
 * The message catalogue (server/src/core/i18n/catalogue): both languages for every key, the same
 * placeholders in both, templates that parse, each key in one part, every rule and code family described,
 * and no key that nothing uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  catalogue,
  checkTemplate,
  formatTemplate,
  languageOf,
  createLocale,
  localeOf,
  PARTS,
  placeholdersOf,
} from '../server/src/core/i18n';
import { formatNumber, plainNumber } from '../server/src/core/i18n/format';
import { codeFamilies, rules } from '../server/src/core/rules';

const ROOT = path.resolve(__dirname, '..');
const entries = Object.entries(catalogue) as Array<[string, { en: string; zh: string }]>;

test('every catalogue key has an English and a Chinese text', () => {
  const missing = entries.filter(([, e]) => !e.en.trim() || !e.zh.trim()).map(([k]) => k);
  assert.deepEqual(missing, [], `keys without a translation:\n${missing.join('\n')}`);
});

test('the Chinese text is Chinese wherever the English has words', () => {
  // a text with English words in it must have Chinese in its translation (a copied English text fails)
  const words = (s: string) => s.replace(/\{[^{}]*\}/g, '').match(/\b[a-z]{3,}\b/gi) ?? [];
  const untranslated = entries.filter(([, e]) => words(e.en).length >= 2 && !/[\u3400-\u9fff]/.test(e.zh));
  assert.deepEqual(
    untranslated.map(([k]) => k),
    [],
  );
});

test('both languages use the same placeholders, and every template parses', () => {
  const differ: string[] = [];
  for (const [k, e] of entries) {
    checkTemplate(e.en);
    checkTemplate(e.zh);
    const a = placeholdersOf(e.en).join(',');
    const b = placeholdersOf(e.zh).join(',');
    if (a !== b) differ.push(`${k}: en {${a}} zh {${b}}`);
  }
  assert.deepEqual(differ, [], differ.join('\n'));
});

test('a key lives in exactly one part of the catalogue', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [part, entriesOf] of Object.entries(PARTS))
    for (const k of Object.keys(entriesOf)) {
      if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${part}`);
      seen.set(k, part);
    }
  assert.deepEqual(twice, []);
  assert.equal(seen.size, entries.length);
});

test('every rule and every code family has a description in both languages', () => {
  const ids = [...new Set([...rules.map((r) => r.id), ...codeFamilies.map((f) => f.id)])];
  const missing = ids.filter((id) => !(`${id}.description` in catalogue));
  assert.deepEqual(missing, []);
});

test('every key is used by the code (no dead entries)', () => {
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!p.includes(`${path.sep}catalogue`)) walk(p);
      } else if (/\.(ts|mjs)$/.test(e.name)) sources.push(fs.readFileSync(p, 'utf8'));
    }
  };
  for (const d of ['server/src', 'client/src', 'scripts', 'report/src']) walk(path.join(ROOT, d));
  const code = sources.join('\n');
  // keys built at run time: `<id>.description`, the schema texts (`schema-doc.<schema>#<pointer>`) and the
  // built-in units' descriptions (`unit-doc.<id>`), both checked against their sources in
  // test/i18n-features.test.ts; the others appear as string literals
  const unused = entries
    .map(([k]) => k)
    .filter(
      (k) =>
        !k.endsWith('.description') &&
        !k.startsWith('schema-doc.') &&
        !k.startsWith('unit-doc.') &&
        !code.includes(`'${k}'`) &&
        !code.includes(`"${k}"`),
    );
  assert.deepEqual(unused, [], `keys nothing uses:\n${unused.join('\n')}`);
});

test('templates: placeholders, ICU plurals, quoted braces; numbers and amounts by language', () => {
  const plural = '{n, plural, =0 {no files} one {# file} other {# files}}';
  assert.equal(formatTemplate(plural, { n: 0 }, 'en'), 'no files');
  assert.equal(formatTemplate(plural, { n: 1 }, 'en'), '1 file');
  assert.equal(formatTemplate(plural, { n: 2000 }, 'en'), '2,000 files');
  assert.equal(formatTemplate('{n} 个文件', { n: 2000 }, 'zh-cn'), '2,000 个文件');
  assert.equal(
    formatTemplate('{code} 不在管辖范围 {j} 之内；请改正', { code: 'CN-GX（广西）', j: 'CN-GD（广东省）' }, 'zh-cn'),
    'CN-GX（广西）不在管辖范围 CN-GD（广东省）之内；请改正',
    'no space beside full-width punctuation',
  );
  assert.equal(formatTemplate("the plan's '{ }' {x}", { x: 'a' }, 'en'), "the plan's { } a");
  assert.equal(formatTemplate('{x} and {y}', { x: 'a' }, 'en'), 'a and {y}', 'a missing parameter shows as a gap');
  assert.equal(formatTemplate('{ x } {_y2}', { x: 'a', _y2: 3 }, 'en'), 'a 3', 'names with spaces, digits and _');
  assert.throws(() => formatTemplate('{2x}', { x: 'a' }, 'en'), /bad placeholder/);
  assert.throws(() => formatTemplate('{x y}', { x: 'a' }, 'en'), /bad placeholder/);
  assert.throws(() => checkTemplate('{x'), /unbalanced/);
  assert.throws(() => checkTemplate('{n, plural, one {#}}'), /other/);
  const zh = localeOf('zh-cn');
  const en = localeOf('en');
  assert.equal(en.money(300e9, 'CNY'), '300 billion CNY');
  assert.equal(zh.money(300e9, 'CNY'), '3000亿元人民币');
  assert.equal(zh.money(1.2e12, 'CNY'), '1.2万亿元人民币');
  assert.equal(zh.money(41.12e9, 'USD'), '411.2亿美元');
  assert.equal(zh.money(5e6, 'XAF'), '500万 XAF');
  assert.equal(zh.scaled(2000), '2,000');
  assert.equal(zh.currencyName('CNY', 'Yuan Renminbi'), '人民币');
  assert.equal(zh.currencyName('XTS', 'Codes specifically reserved for testing purposes'), '测试货币代码');
  assert.equal(en.currencyName('CNY', 'Yuan Renminbi'), 'Yuan Renminbi');
  assert.equal(zh.currencyName('QQQ', 'QQQ'), 'QQQ', 'a code CLDR does not name keeps the fallback');
  assert.equal(en.list(['a', 'b', 'c'], 'or'), 'a, b or c');
  assert.equal(zh.list(['a', 'b', 'c'], 'or'), 'a、b或c');
  assert.equal(zh.list(['a', 'b'], 'comma'), 'a、b');
});

test('languageOf reads LSP, BCP 47 and POSIX tags', () => {
  for (const t of ['zh-cn', 'zh-CN', 'zh', 'zh-Hans-CN', 'zh_CN.UTF-8', 'zh-tw'])
    assert.equal(languageOf(t), 'zh-cn', t);
  for (const t of ['en', 'en-US', 'C.UTF-8', 'POSIX', '', undefined, 'de-DE', 'zhuang'])
    assert.equal(languageOf(t), 'en', String(t));
});

test("a workspace's own locale (templates taken apart once) says every message as the shared one does", () => {
  for (const language of ['en', 'zh-cn'] as const) {
    const own = createLocale(language);
    const shared = localeOf(language);
    for (const [key, e] of entries) {
      // plural selectors get 0, 1 and 7 in turn; other placeholders a word with a space and a full-width comma
      for (const n of [0, 1, 7]) {
        const params = Object.fromEntries(
          placeholdersOf(e.en).map((p) => [p, p === 'count' || /s$/.test(p) ? n : `v ${p}，`]),
        );
        const said = shared.tKey(key, params);
        assert.equal(own.tKey(key, params), said, `${language} ${key}`);
        assert.equal(own.tKey(key, params), said, `${language} ${key}, said again`);
      }
    }
    assert.equal(own.tKey('no.such.key'), 'no.such.key');
  }
});

test('numbers are written as Intl.NumberFormat writes them, without it where no exponent is needed', () => {
  // a fixed sequence (no clock, no Math.random): integers and decimals of every size, halves at the last digit kept,
  // nines that carry into a new digit, negatives that round to zero
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values: number[] = [0, -0, 1, -1, 999, 1000, 1234567, 2 ** 53, 1e20, 0.1 + 0.2, 1.005, 2.675, 0.125];
  values.push(0.00015, 999.99995, 0.99995, 9.995, 99999.999999, -0.00001, -0.004, 2 ** 64);
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(next() * 24 - 8);
    const decimals = Math.floor(next() * 9);
    const v = Number((next() * magnitude).toFixed(Math.min(decimals + 8, 20)));
    values.push(next() < 0.2 ? -v : v, Math.round(v), Number(`${Math.floor(next() * 1e4)}.${'9'.repeat(decimals)}5`));
  }
  let plain = 0;
  for (const digits of [2, 4, 6])
    for (const [language, tag] of [
      ['en', 'en-US'],
      ['zh-cn', 'zh-CN'],
    ] as const) {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
      for (const v of values) {
        assert.equal(formatNumber(v, language, digits), intl.format(v), `${v} with ${digits} decimals in ${tag}`);
        if (plainNumber(v, digits) !== null) plain++;
      }
    }
  assert.ok(plain > values.length * 5, `${plain} of ${values.length * 6} made without Intl`);
  for (const v of [1e21, 1e-7, NaN, Infinity, -Infinity]) {
    assert.equal(plainNumber(v, 4), null, `${v} is left to Intl`);
    assert.equal(formatNumber(v, 'en'), new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(v));
  }
  assert.equal(formatNumber(1929.7445, 'en', 2), '1,929.74');
  assert.equal(formatNumber(999.99995, 'en'), '1,000');
  assert.equal(formatNumber(-0.00001, 'en'), '-0');
});
