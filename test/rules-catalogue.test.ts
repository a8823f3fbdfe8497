/**
 * The rule catalogue: every rule of the engine is annotated as firing in some rule fixture file
 * (test/rules-*.test.ts), and the rules of PLAN-FORMAT.md's catalogue (format v1) keep their severities.
 * The annotations are read from the files' text with the fixture helper's own parser; each file's tests
 * check that its annotated fixtures really fire (the helper fails on an annotation without a finding).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { rules } from '../server/src/core';
import { parseAnnotations } from './helpers/fixture';

const HERE = __dirname;
const FILES = fs
  .readdirSync(HERE)
  .filter((f) => /^rules-.*\.test\.ts$/.test(f) && f !== path.basename(__filename))
  .sort();

/** Rule code → the rule fixture files that annotate it as firing. */
function annotatedCodes(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of FILES) {
    // fixtures written as one-line strings ('…\n#   ^^^ error[…]…\n…') have their annotations on lines of their own once \n is unescaped
    const text = fs.readFileSync(path.join(HERE, f), 'utf8').replace(/\\n/g, '\n');
    for (const a of parseAnnotations(text)) {
      const files = out.get(a.code) ?? [];
      if (!files.includes(f)) files.push(f);
      out.set(a.code, files);
    }
  }
  return out;
}

/** The named rules of the catalogue in PLAN-FORMAT.md (format v1), with their severities. */
const CATALOGUE: Record<string, string> = {
  'region/unknown': 'error',
  'region/deprecated': 'warning',
  'region/outside-jurisdiction': 'warning',
  'currency/unknown': 'error',
  'currency/precision': 'warning',
  'money/implausible-equivalent': 'warning',
  'deadline/invalid': 'error',
  'deadline/outside-period': 'warning',
  'deadline/before-published': 'warning',
  'deadline/passed': 'information',
  'period/order': 'error',
  'baseline/after-deadline': 'error',
  'baseline/already-met': 'warning',
  'unit/mismatch': 'error',
  'unit/unknown': 'information',
  'id/duplicate': 'error',
  'ref/unknown-source': 'error',
  'ref/unknown-plan': 'error',
  'source/missing': 'warning',
  'source/accessed-before-published': 'warning',
  'number/yaml11-style': 'warning',
};

test('the rule fixture files are found', () => {
  for (const f of [
    'rules-region.test.ts',
    'rules-currency-money.test.ts',
    'rules-deadline-period.test.ts',
    'rules-baseline-unit-target.test.ts',
    'rules-ids-refs-sources.test.ts',
    'rules-dataset.test.ts',
    'rules-progress.test.ts',
  ]) {
    assert.ok(FILES.includes(f), `${f} in ${FILES.join(', ')}`);
  }
});

test('every rule of the catalogue is in the engine with its severity', () => {
  const engine = Object.fromEntries(rules.map((r) => [r.id, r.severity]));
  assert.deepEqual(Object.fromEntries(Object.keys(CATALOGUE).map((id) => [id, engine[id]])), CATALOGUE);
});

test('every rule of the engine has a fixture where it fires', () => {
  const annotated = annotatedCodes();
  assert.deepEqual(
    rules.map((r) => r.id).filter((id) => !annotated.has(id)),
    [],
    `engine rules that no test/rules-*.test.ts annotates as firing (files read: ${FILES.join(', ')})`,
  );
  // and the code families that are not single rules: the yaml library's errors, the schema keywords
  assert.ok(
    annotated.has('target/value-count') && annotated.has('yaml/DUPLICATE_KEY'),
    [...annotated.keys()].join(', '),
  );
});
