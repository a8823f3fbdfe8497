/**
 * Ids, references and sources: duplicate ids, unknown sources and plans, missing sources, access dates.
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, fix, yaml } from './helpers/fixture';
import { BASE, fires } from './helpers/rules';

describe('id/duplicate', () => {
  test('fires in a plan: targets and measures share one namespace, sources another', () => {
    const list = fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - { id: scale, metric: M, outcome: O, deadline: 2030, sources: [src] }
        - { id: scale, metric: M, outcome: O, deadline: 2030, sources: [src] }
      #         ^^^^^ error[id/duplicate]: duplicate target/measure id scale
      measures:
        - { id: scale, title: A measure }
      #         ^^^^^ error[id/duplicate]: duplicate target/measure id scale
      sources:
        - { id: src, title: A source }
        - { id: src, title: The same source }
      #         ^^^ error[id/duplicate]: duplicate source id src
    `);
    const first = list.find((f) => f.code === 'id/duplicate')!;
    assert.equal(first.related?.length, 1, 'points at the first one');
  });

  test('near miss: a target and a source may share an id', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - { id: src, metric: M, outcome: O, deadline: 2030, sources: [src] }
      sources:
        - { id: src, title: A source }
    `);
  });

  test('fires across the dataset when another file has the same plan id', () => {
    const list = fires(
      yaml`
        id: test-plan-2026
        #   ^^^^^^^^^^^^^^ error[id/duplicate]: plan id test-plan-2026 is also used by other.plan.yaml
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'other.plan.yaml': 'id: test-plan-2026\ntitle: The other one\n' } },
    );
    assert.deepEqual(
      list[0].related?.map((r) => r.file),
      ['other.plan.yaml'],
    );
  });

  test('near miss: the dataset holds this plan itself and others with other ids', () => {
    check(BASE, { plans: { 'other.plan.yaml': 'id: other-plan-2026\n' } });
    check(BASE, { plans: {} });
  });
});

describe('ref/unknown-source', () => {
  test('fires on a target or measure citing a source the plan does not define', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
          metric: M
          outcome: O
          deadline: 2030
          sources: [gd-gov-2023, gd-press]
      #             ^^^^^^^^^^^ error[ref/unknown-source]: unknown source gd-gov-2023; did you mean gd-gov-2024?
      #                          ^^^^^^^^ error[ref/unknown-source]: unknown source gd-press; the plan's sources are gd-gov-2024
      measures:
        - { id: m, title: A measure, sources: [xinhua] }
      #                                        ^^^^^^ error[ref/unknown-source]: unknown source xinhua
      sources:
        - { id: gd-gov-2024, title: A source }
    `);
  });

  test('near miss: defined sources', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - { id: a, metric: M, outcome: O, deadline: 2030, sources: [gd-gov-2024, xinhua] }
      measures:
        - { id: m, title: A measure, sources: [xinhua] }
      sources:
        - { id: gd-gov-2024, title: A source }
        - { id: xinhua, title: A news report }
    `);
  });

  test('quick fix: the closest source id', () => {
    assert.equal(
      fix('targets: [{ sources: [srcc] }]\nsources: [{ id: src }]\n', 'ref/unknown-source'),
      'targets: [{ sources: [src] }]\nsources: [{ id: src }]\n',
    );
  });
});

describe('ref/unknown-plan', () => {
  const plan = yaml`
    id: cn-gd-general-ai-2023
    title: Test plan
    jurisdiction: CN-GD
    period: { start: 2023, end: 2025 }
    relations:
      - { type: supersedes, plan: cn-gd-ai-2019 }
    measures: [{ id: m, title: A measure }]
    sources: [{ id: src, title: A source }]
  `;

  test('fires when the dataset has no plan with that id', () => {
    fires(
      yaml`
        id: cn-gd-general-ai-2023
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2023, end: 2025 }
        relations:
          - { type: supersedes, plan: cn-gd-ai-2019 }
        #                             ^^^^^^^^^^^^^ error[ref/unknown-plan]: unknown plan cn-gd-ai-2019; did you mean cn-gd-ai-2018?
          - { type: implements, plan: nowhere-2017 }
        #                             ^^^^^^^^^^^^ error[ref/unknown-plan]: unknown plan nowhere-2017 (no plan in the dataset has this id)
        measures: [{ id: m, title: A measure }]
        sources: [{ id: src, title: A source }]
      `,
      { plans: { 'cn-gd-ai-2018.plan.yaml': 'id: cn-gd-ai-2018\n' } },
    );
  });

  test('near miss: the plan exists; and a lone file says nothing about other plans', () => {
    check(plan, { plans: { 'x.plan.yaml': 'id: cn-gd-ai-2019\n' } });
    check(plan);
  });

  test('quick fix: the closest plan id', () => {
    assert.equal(
      fix(plan, 'ref/unknown-plan', { plans: { 'x.plan.yaml': 'id: cn-gd-ai-2018\n' } }),
      plan.replace('cn-gd-ai-2019', 'cn-gd-ai-2018'),
    );
  });
});

describe('source/missing', () => {
  test('fires on a target without sources or with an empty list', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: a
      #       ^ warning[source/missing]: target a names no source
          metric: M
          outcome: O
          deadline: 2030
        - id: b
          metric: M
          outcome: O
          deadline: 2030
          sources: []
      #   ^^^^^^^ warning[source/missing]: target b names no source
      measures: [{ id: m, title: Measures need no source }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: a target with a source', () => {
    check(BASE);
  });

  test('quick fix: cite the plan’s only source', () => {
    const before = yaml`
      targets:
        - id: a
          metric: M
      sources: [{ id: src, title: A source }]
    `;
    assert.equal(fix(before, 'source/missing'), before.replace('metric: M\n', 'metric: M\n    sources: [src]\n'));
  });
});

describe('source/accessed-before-published', () => {
  test('fires when accessed before publication or after the reference date', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources:
        - id: a
          title: A source
          published: 2026-01-15
          accessed: 2026-01-14
      #             ^^^^^^^^^^ warning[source/accessed-before-published]: accessed 2026-01-14, before the source was published (2026-01-15)
        - id: b
          title: Another source
          accessed: 2026-11-28
      #             ^^^^^^^^^^ warning[source/accessed-before-published]: accessed 2026-11-28 is in the future (today is 2026-11-27)
    `);
  });

  test('near miss: accessed on the day of publication, or today', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: m, title: A measure }]
      sources:
        - { id: a, title: A source, published: 2026-01-15, accessed: 2026-01-15 }
        - { id: b, title: Another source, accessed: 2026-11-27 }
    `);
  });
});
