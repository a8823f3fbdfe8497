/** Code lens (core/features/codeLens.ts) and prepareRename's refusals (core/features/renameRefusal.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeLenses } from '../server/src/core/features/codeLens';
import { renameRefusal } from '../server/src/core/features/renameRefusal';
import { parseDocument } from '../server/src/core/engine';
import { dataset, yaml } from './helpers/fixture';

const PLAN = yaml`
  id: cn-gd-ai-2018
  title: Older
  jurisdiction: CN-GD
  period: { start: 2018, end: 2020 }
  currency: CNY
  targets:
    - { id: a, metric: A, outcome: O, deadline: 2020 }
    - { id: b, metric: B, outcome: O, deadline: 2020, region: CN-44 }
  measures:
    - { id: m, title: M, regions: [shenzhen] }
  sources:
    - { id: gov, title: G }
`;

const referring = (id: string) => yaml`
  id: ${id}
  title: Newer
  jurisdiction: CN-GD
  period: { start: 2023, end: 2025 }
  relations:
    - { type: supersedes, plan: cn-gd-ai-2018 }
  measures:
    - { id: m, title: M }
  sources:
    - { id: s, title: S }
`;

describe('code lens', () => {
  test('on the plan id: the plans that refer to it, its targets and measures', () => {
    const ds = dataset(
      { plans: { 'a.plan.yaml': referring('cn-gd-ai-2023'), 'b.plan.yaml': referring('cn-sz-ai-2024') } },
      { text: PLAN, file: '/fixture/old.plan.yaml', kind: 'plan' },
    );
    const lenses = codeLenses(parseDocument(PLAN, 'plan'), ds);
    assert.deepEqual(lenses, [
      {
        range: { start: 4, end: 17 },
        title: 'referenced by 2 plans · 2 targets · 1 measure',
        referencedBy: [
          { id: 'cn-gd-ai-2023', file: '/fixture/a.plan.yaml' },
          { id: 'cn-sz-ai-2024', file: '/fixture/b.plan.yaml' },
        ],
      },
    ]);
  });

  test('a lone file (no dataset known): only the counts', () => {
    assert.deepEqual(
      codeLenses(parseDocument(PLAN, 'plan'), dataset()).map((l) => l.title),
      ['2 targets · 1 measure'],
    );
  });
});

describe('prepareRename refusals', () => {
  const why = (find: string, at: number) =>
    renameRefusal(parseDocument(PLAN, 'plan'), PLAN.indexOf(find) + at, dataset());
  test('each impossible place says why', () => {
    assert.equal(
      why('jurisdiction: CN-GD', 15),
      'CN-GD is an ISO 3166 code, not a dataset region: it cannot be renamed (choose another code instead)',
    );
    assert.equal(
      why('region: CN-44', 9),
      'CN-44 is a withdrawn ISO code: replace it with CN-GD instead of renaming it',
    );
    assert.equal(
      why('[shenzhen]', 2),
      'shenzhen is not a region of this dataset: define it in a *.regions.yaml file first',
    );
    assert.equal(why('currency: CNY', 11), 'CNY is an ISO 4217 currency code and cannot be renamed');
    assert.equal(why('id: a,', 4), 'a is a target id, used only where it is written: edit it in place');
    assert.equal(
      why('title: Older', 2),
      'title is a key of the format and cannot be renamed: only plan ids, source ids and dataset region ids can be renamed',
    );
    assert.equal(
      why('title: Older', 8),
      'Older is not an id: only plan ids, source ids and dataset region ids can be renamed',
    );
  });
});
