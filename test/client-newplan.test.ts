/** The pure helpers of New Plan File (client/src/planTemplate.ts): the id it suggests and checks, the text it writes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandDefaults, planIdOf, planIdProblem, planTemplate, unusedPlanId } from '../client/src/planTemplate';
import { loneFile } from '../server/src/core/dataset';
import { Engine, parseDocument } from '../server/src/core/engine';

test('the suggested id is one no plan uses', () => {
  assert.equal(unusedPlanId('cn-gd-ai-action-2026', new Set()), 'cn-gd-ai-action-2026');
  assert.equal(
    unusedPlanId('cn-gd-ai-action-2026', new Set(['cn-gd-ai-action-2026', 'cn-gd-ai-action-2026-2'])),
    'cn-gd-ai-action-2026-3',
  );
});

test('a typed id must be kebab-case and unused', () => {
  assert.equal(planIdProblem('cn-gd-ai-2026', new Set()), null);
  assert.equal(
    planIdProblem('CN_GD', new Set()),
    'Use lowercase letters and digits in words joined by hyphens, such as cn-gd-ai-2025.',
  );
  assert.equal(
    planIdProblem('cn-gd-ai-2026', new Set(['cn-gd-ai-2026'])),
    'The dataset already has a plan cn-gd-ai-2026.',
  );
});

test('the id of a plan file is its top-level id', () => {
  assert.equal(planIdOf('# c\nid: cn-bj-2023   # x\ntargets:\n  - id: t\n'), 'cn-bj-2023');
  assert.equal(planIdOf('id: "quoted-2023"\n'), 'quoted-2023');
  assert.equal(planIdOf('targets:\n  - id: t\n'), null);
});

test('the written text is the skeleton with its defaults, with the chosen id, and passes every rule', () => {
  const today = new Date('2026-11-27T00:00:00Z');
  const text = expandDefaults(planTemplate(today, 'cn-gd-new-2026'));
  assert.match(text, /^id: cn-gd-new-2026\ntitle: Action plan/);
  assert.doesNotMatch(text, /\$\{|\$\d/);
  assert.match(
    text,
    /publisher: Guangdong Provincial People's Government\n/,
    'a mirrored placeholder repeats its default',
  );
  const findings = new Engine().check(parseDocument(text, 'plan'), loneFile('2026-11-27'));
  assert.deepEqual(
    findings.map((f) => `${f.code}: ${f.message}`),
    [],
  );
});
