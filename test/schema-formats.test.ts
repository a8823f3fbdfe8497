/**
 * The `uri` format's own test (server/src/core/schema/formats.ts) accepts exactly what ajv-formats' accepts: on
 * every URL of the samples and fixtures, on hand-picked edges, and on seeded random texts made of URL characters
 * (both cases, percent escapes good and bad, other schemes, hosts in brackets, user info, spaces, non-ASCII).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fullFormats } from 'ajv-formats/dist/formats';
import { uriFormat } from '../server/src/core/schema/formats';
import { rng } from './fuzz/run';

const ROOT = path.resolve(__dirname, '..');
const theirs = fullFormats.uri as (s: string) => boolean;

function urlsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const f = path.join(dir, n);
    if (statSync(f).isDirectory()) out.push(...urlsUnder(f));
    else if (/\.ya?ml$/.test(n)) out.push(...(readFileSync(f, 'utf8').match(/https?:\/\/[^\s"'<>,}\]]+/g) ?? []));
  }
  return out;
}

test('every URL of the samples and fixtures is judged alike', () => {
  const urls = [...urlsUnder(path.join(ROOT, 'samples')), ...urlsUnder(path.join(ROOT, 'test', 'fixtures'))];
  assert.ok(urls.length > 20, `${urls.length} URLs`);
  for (const u of urls) assert.equal(uriFormat(u), theirs(u), u);
  assert.ok(urls.filter((u) => uriFormat(u)).length > 20);
});

test('edges: schemes, hosts, ports, escapes, user info, relative references', () => {
  const cases = [
    'https://www.gd.gov.cn/',
    'HTTPS://EXAMPLE.ORG/A?B=C#D',
    'http://example.org:8080/x/y.html?q=1&r=%E4%BA%BF#frag',
    'http://example.org:/',
    'https://example.org/%zz',
    'https://example.org/%4',
    'https://example.org/a b',
    'https://例子.中国/',
    'https://example.org/广东',
    'https://user:pw@example.org/',
    'https://[::1]/x',
    'https://[v1.x]/',
    'http://192.168.0.1:80/',
    'https:example.org',
    'https:/example.org',
    'https://',
    'http://',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    'urn:isbn:0451450523',
    '//example.org/x',
    '/relative/path',
    'example.org',
    '',
    'https://example.org/a|b',
    'https://example.org/a\\b',
    'https://example.org/#a#b',
    'https://example.org/?a?b/c',
    'https://exa_mple.org/~x',
  ];
  for (const c of cases) assert.equal(uriFormat(c), theirs(c), JSON.stringify(c));
  assert.ok(cases.some((c) => uriFormat(c)) && cases.some((c) => !uriFormat(c)));
});

test('seeded random texts of URL characters are judged alike', () => {
  const rand = rng(20261129);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const parts = [
    'http',
    'https',
    'HTTP',
    'ftp',
    'x',
    ':',
    '//',
    '/',
    '?',
    '#',
    '@',
    '[',
    ']',
    '%',
    '%4',
    '%E4',
    '%zz',
    'a',
    'Z',
    '0',
    '9',
    '.',
    '-',
    '_',
    '~',
    '!',
    '$',
    '&',
    "'",
    '(',
    ')',
    '*',
    '+',
    ',',
    ';',
    '=',
    ' ',
    '亿',
    '|',
    '\\',
    'example.org',
    ':8080',
    'www.gov.cn',
  ];
  let accepted = 0;
  for (let i = 0; i < 20000; i++) {
    let s = rand() < 0.7 ? pick(['http://', 'https://', 'HTTPS://', 'http:', 'https:/']) : '';
    const n = Math.floor(rand() * 12);
    for (let j = 0; j < n; j++) s += pick(parts);
    const mine = uriFormat(s);
    assert.equal(mine, theirs(s), JSON.stringify(s));
    if (mine) accepted++;
  }
  assert.ok(accepted > 1000 && accepted < 19000, `${accepted} accepted`);
});
