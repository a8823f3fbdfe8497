/** Document links (core/features/documentLinks.ts): whole lists of links with their text, target and tooltip. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentLinks } from '../server/src/core/features/documentLinks';
import { parseDocument } from '../server/src/core/engine';
import { dataset, yaml } from './helpers/fixture';

const OTHER = yaml`
  id: cn-gd-ai-2018
  title: Older plan
  jurisdiction: CN-GD
  period: { start: 2018, end: 2020 }
  measures:
    - { id: m, title: M }
  sources:
    - { id: s, title: S }
`;

const REGIONS = yaml`
  regions:
    - { id: shenzhen, name: Shenzhen, parent: CN-GD }
`;

test('source urls, a relation plan id, the # $schema comment, a $schema key and a dataset region', () => {
  const text = yaml`
    # $schema: ./extra.schema.json
    $schema: ../schemas/plan.schema.json
    id: cn-gd-ai-2023
    title: Newer plan
    jurisdiction: CN-GD
    period: { start: 2023, end: 2025 }
    relations:
      - { type: supersedes, plan: cn-gd-ai-2018 }
      - { type: implements, plan: cn-missing-2017 }
    measures:
      - { id: m, title: M, regions: [shenzhen, CN-GZ] }
    sources:
      - id: gov
        title: S
        url: https://www.gd.gov.cn/
      - { id: bad, title: B, url: not a url }
  `;
  const doc = parseDocument(text, 'plan');
  const ds = dataset(
    { plans: { 'plans/cn-gd-ai-2018.plan.yaml': OTHER }, regions: REGIONS },
    { text, file: '/fixture/plans/cn-gd-ai-2023.plan.yaml', kind: 'plan' },
  );
  const links = documentLinks(doc, ds).map((l) => ({
    text: text.slice(l.range.start, l.range.end),
    target: l.target,
    tooltip: l.tooltip,
  }));
  assert.deepEqual(links, [
    { text: './extra.schema.json', target: { relative: './extra.schema.json' }, tooltip: 'Open the custom schema' },
    {
      text: '../schemas/plan.schema.json',
      target: { relative: '../schemas/plan.schema.json' },
      tooltip: 'Open the schema',
    },
    {
      text: 'cn-gd-ai-2018',
      target: { file: '/fixture/plans/cn-gd-ai-2018.plan.yaml', range: { start: 4, end: 17 } },
      tooltip: 'Open the plan cn-gd-ai-2018: Older plan',
    },
    {
      text: 'shenzhen',
      target: { file: '/fixture/dataset.regions.yaml', range: { start: 19, end: 27 } },
      tooltip: 'Open the region shenzhen in the registry',
    },
    { text: 'https://www.gd.gov.cn/', target: { url: 'https://www.gd.gov.cn/' }, tooltip: 'Open the source gov' },
  ]);
});

test('a registry links its parents and members to their entries, not its own ids', () => {
  const text = yaml`
    regions:
      - { id: shenzhen, name: Shenzhen, parent: CN-GD }
      - { id: gba, name: Greater Bay Area, includes: [shenzhen, CN-HK] }
  `;
  const doc = parseDocument(text, 'regions');
  const ds = dataset({ regions: REGIONS });
  assert.deepEqual(
    documentLinks(doc, ds).map((l) => [text.slice(l.range.start, l.range.end), l.target]),
    [['shenzhen', { file: '/fixture/dataset.regions.yaml', range: { start: 19, end: 27 } }]],
  );
});
