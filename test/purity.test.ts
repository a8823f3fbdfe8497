/**
 * The core is pure (DESIGN.md): no LSP, no file system, no process, no clock. This test scans the
 * sources of server/src/core and fails on an import of `vscode-languageserver*`, `fs`, `path`,
 * `process` or any `node:*` module, and on `process.`, `Date.now` or an argument-less `new Date()`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';

const CORE = path.resolve(__dirname, '../server/src/core');

const FORBIDDEN_MODULE = /^(?:vscode-languageserver(?:[-/].*)?|vscode|fs(?:\/.*)?|path(?:\/.*)?|process|node:.*)$/;

export interface Violation {
  line: number;
  what: string;
}

/** Comments and string contents are blanked (kept the same length) so that only code is searched. */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|`(?:\\[\s\S]|\$\{[^}]*\}|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, (m) => {
    if (m.startsWith('/')) return m.replace(/[^\n]/g, ' ');
    return m[0] + m.slice(1, -1).replace(/[^\n]/g, ' ') + m[m.length - 1];
  });
}

/** The violations of purity in one TypeScript source. */
export function violations(source: string): Violation[] {
  const out: Violation[] = [];
  const lineOf = (i: number) => source.slice(0, i).split('\n').length;
  // module specifiers: import … from 'x', import 'x', export … from 'x', import('x'), require('x')
  const specifiers = /(?:\bfrom\s*|\bimport\s*(?:\(\s*)?|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;
  for (const m of source.matchAll(specifiers)) {
    // ignore matches inside comments: the same offset must still be code (a quote) after blanking
    if (codeOnly(source)[m.index! + m[0].length - 1] !== m[1]) continue;
    if (FORBIDDEN_MODULE.test(m[2])) out.push({ line: lineOf(m.index!), what: `imports ${m[2]}` });
  }
  const code = codeOnly(source);
  const uses: Array<[RegExp, string]> = [
    [/(?<![\w$.])process\s*\./g, 'uses process.'],
    [/(?<![\w$])Date\s*\.\s*now\b/g, 'reads the clock with Date.now'],
    [/\bnew\s+Date\s*\(\s*\)/g, 'reads the clock with new Date()'],
    [/\bnew\s+Date(?!\s*\()/g, 'reads the clock with new Date'],
  ];
  for (const [re, what] of uses) for (const m of code.matchAll(re)) out.push({ line: lineOf(m.index!), what });
  return out;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(full));
    else if (/\.(ts|mts|cts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

describe('the scanner', () => {
  test('finds each forbidden import and use', () => {
    const bad = [
      "import * as fs from 'fs';",
      "import { readFileSync } from 'node:fs';",
      "import path = require('path');",
      "const p = require('node:path');",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import type { Diagnostic } from 'vscode-languageserver-types';",
      "import process from 'process';",
      "export { x } from 'node:os';",
      "const m = await import('node:child_process');",
      'const env = process.env.HOME;',
      'const t = Date.now();',
      'const d = new Date();',
      'const d = new Date;',
    ];
    for (const line of bad) assert.equal(violations(line).length, 1, `${line} → ${JSON.stringify(violations(line))}`);
  });

  test('near misses: dates with arguments, Date.UTC/parse, look-alike names, comments and strings', () => {
    const fine = [
      "import { parse } from 'yaml';",
      "import { rules } from './rules';",
      "import { x } from '../path-utils';",
      "import data from '../data/fs.json';",
      'const d = new Date(Date.UTC(2025, 1, 0));',
      "const t = Date.parse('2025-01-01T00:00:00Z');",
      'const q = doc.process.value; const preprocess = 1; myprocess.x = 2;',
      "// we never call process.exit() or Date.now() here, nor import 'fs'",
      "/* new Date() */ const s = 'process.env and Date.now() in a string';",
      'const s = `new Date() in a template`;',
    ];
    for (const line of fine) assert.deepEqual(violations(line), [], line);
  });
});

describe('server/src/core', () => {
  const files = sources(CORE);

  test('has sources to scan', () => {
    assert.ok(files.length >= 20, `found ${files.length} files under server/src/core`);
    assert.ok(files.some((f) => f.endsWith(`${path.sep}engine.ts`)));
  });

  test('imports no LSP, fs, path, process or node:* module, and reads no clock or process', () => {
    const found: string[] = [];
    for (const f of files) {
      for (const v of violations(fs.readFileSync(f, 'utf8'))) found.push(`${path.relative(CORE, f).split(path.sep).join('/')}:${v.line}: ${v.what}`);
    }
    assert.deepEqual(found, []);
  });
});
