/**
 * The built-in schemas' validators are generated code (server/src/core/schema/compiled.generated.ts, written by
 * scripts/gen-validators.ts): the file must be what the schemas give today, and its validators must find
 * exactly what ajv's runtime compilation of the same schemas finds, on every sample and broken sample.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Engine, kindOfFile, parseDocument, SCHEMA_OF } from '../server/src/core/engine';
import { localeOf } from '../server/src/core/i18n';
import { Validators } from '../server/src/core/schema/validate';
import { builtinSchemas } from '../server/src/core/schema/store';
import { generatedValidators } from '../scripts/gen-validators';

const ROOT = path.resolve(__dirname, '..');
const GENERATED = path.join(ROOT, 'server', 'src', 'core', 'schema', 'compiled.generated.ts');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const f = path.join(dir, name);
    if (statSync(f).isDirectory()) out.push(...yamlFiles(f));
    else if (/\.ya?ml$/.test(name)) out.push(f);
  }
  return out;
}

describe('the generated validators of the built-in schemas', () => {
  test('the file is what scripts/gen-validators.ts writes from the schemas (npm run schemas:compile)', () => {
    assert.equal(readFileSync(GENERATED, 'utf8'), generatedValidators());
  });

  test('they find what the runtime compilation finds, on every sample file', () => {
    const generated = new Engine().validators;
    const runtime = new Validators(builtinSchemas);
    const files = [...yamlFiles(path.join(ROOT, 'samples')), ...yamlFiles(path.join(ROOT, 'test', 'fixtures'))];
    let compared = 0;
    let withFindings = 0;
    for (const locale of [localeOf('en'), localeOf('zh-cn')]) {
      for (const file of files) {
        const kind = kindOfFile(file);
        const id = SCHEMA_OF[kind];
        if (!id) continue;
        const text = readFileSync(file, 'utf8');
        const doc = parseDocument(text, kind);
        const a = generated.validate(id, doc.yaml.value, doc.yaml.root, text, locale);
        const b = runtime.validate(id, doc.yaml.value, doc.yaml.root, text, locale);
        assert.deepStrictEqual(a, b, path.relative(ROOT, file));
        compared++;
        if (a.length) withFindings++;
      }
    }
    assert.ok(compared > 80, `${compared} files compared`);
    assert.ok(withFindings >= 8, `${withFindings} of them with schema findings`);
  });
});
