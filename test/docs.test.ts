/** The rule documentation is generated from the rule catalogue and must be current. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rulesMarkdown } from '../scripts/gen-rules-doc';
import { ruleInfo, rules } from '../server/src/core/rules';

const ROOT = path.resolve(__dirname, '..');

test('docs/rules.md is generated from the rule catalogue (run npm run docs:rules)', () => {
  assert.equal(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
});

test('every rule has an id, a severity and a one-line description, and the README lists it', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const r of rules) {
    assert.match(r.id, /^[a-z0-9-]+\/[a-z0-9-]+$/);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
    const { description } = ruleInfo(r.id);
    assert.ok(description.length > 10 && description.length < 260 && !description.includes('\n'), r.id);
    assert.ok(readme.includes(`\`${r.id}\``), `README's rule table lacks ${r.id}`);
  }
});
