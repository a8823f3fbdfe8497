/**
 * Dataset rules: plans that supersede each other.
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, fix, yaml } from './helpers/fixture';
import { fires } from './helpers/rules';

describe('dataset rules: plans that supersede each other', () => {
  const OLD = yaml`
    id: cn-gd-ai-2018
    title: Old plan
    jurisdiction: CN-GD
    period: { start: 2018, end: 2020 }
    status: superseded
    measures: [{ id: m, title: A measure }]
    sources: [{ id: src, title: A source }]
  `;
  const NEW =
    'id: cn-gd-general-ai-2023\nperiod: { start: 2023, end: 2025 }\nrelations:\n  - { type: supersedes, plan: cn-gd-ai-2018 }\n';

  test('plan/superseded-in-force fires on the status of a plan another one supersedes', () => {
    const list = fires(
      yaml`
        id: cn-gd-ai-2018
        title: Old plan
        jurisdiction: CN-GD
        period: { start: 2018, end: 2020 }
        status: in-force
        #       ^^^^^^^^ warning[plan/superseded-in-force]: cn-gd-ai-2018 is superseded by cn-gd-general-ai-2023 but still marked in-force
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'new.plan.yaml': NEW } },
    );
    assert.deepEqual(
      list[0].related?.map((r) => r.file),
      ['new.plan.yaml'],
    );
  });

  test('near miss: marked superseded, not superseded by anyone, or a lone file', () => {
    check(OLD, { plans: { 'new.plan.yaml': NEW } });
    // (these two still get status/period-ended: the period 2018–2020 has ended)
    check(OLD.replace('status: superseded', 'status: in-force'), {
      plans: { 'new.plan.yaml': NEW.replace('supersedes', 'implements') },
      only: 'plan/superseded-in-force',
    });
    check(OLD.replace('status: superseded', 'status: in-force'), { only: 'plan/superseded-in-force' });
  });

  test('quick fix: mark the plan superseded', () => {
    const inForce = OLD.replace('status: superseded', 'status: in-force');
    assert.equal(fix(inForce, 'plan/superseded-in-force', { plans: { 'new.plan.yaml': NEW } }), OLD);
  });

  test('relation/inconsistent fires when a plan supersedes a later one, or two supersede each other', () => {
    fires(
      yaml`
        id: cn-gd-ai-2018
        title: Old plan
        jurisdiction: CN-GD
        period: { start: 2018, end: 2020 }
        relations:
          - { type: supersedes, plan: cn-gd-general-ai-2023 }
        #                             ^^^^^^^^^^^^^^^^^^^^^ warning[relation/inconsistent]: cn-gd-ai-2018 (from 2018-01-01) supersedes cn-gd-general-ai-2023, whose period starts later (2023-01-01)
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'new.plan.yaml': 'id: cn-gd-general-ai-2023\nperiod: { start: 2023, end: 2025 }\n' } },
    );
    fires(
      yaml`
        id: cn-gd-ai-2018
        title: Old plan
        jurisdiction: CN-GD
        period: { start: 2023, end: 2025 }
        relations:
          - { type: supersedes, plan: cn-gd-general-ai-2023 }
        #                             ^^^^^^^^^^^^^^^^^^^^^ warning[relation/inconsistent]: cn-gd-ai-2018 and cn-gd-general-ai-2023 supersede each other
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'new.plan.yaml': NEW } },
    );
  });

  test('near miss: a later plan supersedes an earlier one', () => {
    check(
      yaml`
        id: cn-gd-general-ai-2023
        title: New plan
        jurisdiction: CN-GD
        period: { start: 2023, end: 2025 }
        relations:
          - { type: supersedes, plan: cn-gd-ai-2018 }
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'old.plan.yaml': OLD } },
    );
  });
});
