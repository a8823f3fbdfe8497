/**
 * Navigation, in process against the workspace: definition, references, highlights, prepareRename and rename
 * (with its refusals). The cursor is marked with `|`; places are compared as `file: covered text @ offset`,
 * renames as the whole text of every file after the edits.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PolicyWorkspace, Range } from '../server/src/core';
import { applyEdits, yaml } from './helpers/fixture';
import { cursor, place, short, workspaceOf } from './helpers/cursor';

const REGIONS = yaml`
  regions:
    - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD }
    - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-MO] }
`;
const OLD = yaml`
  id: sz-ai-2020
  title: Shenzhen AI plan 2020
  jurisdiction: shenzhen
  period: { start: 2020, end: 2022 }
  status: superseded
  measures:
    - { id: centre, title: A computing centre, sources: [gov] }
  sources:
    - { id: gov, title: Shenzhen plan 2020 }
`;
const NEW = yaml`
  id: sz-ai-2024
  title: Shenzhen AI plan 2024
  jurisdiction: shenzhen
  period: { start: 2024, end: 2026 }
  status: in-force
  relations:
    - { type: supersedes, plan: sz-ai-2020 }
    - { type: implements, plan: national-ai }
  targets:
    - id: compute-2025
      metric: Open computing power
      quantity: { value: 4000, unit: PFLOPS }
      deadline: 2025
      status: achieved
      sources: [gov]
  measures:
    - { id: centre, title: A second centre, sources: [gov, law] }
  sources:
    - { id: gov, title: Shenzhen plan 2024 }
    - { id: law, title: A law }
`;
const NATIONAL = yaml`
  id: national-ai
  title: National AI plan
  jurisdiction: CN
  period: { start: 2017, end: 2030 }
  status: in-force
  measures:
    - id: pilot-zones
      title: Pilot zones
      regions: [gba, shenzhen]
      sources: [gov]
  sources:
    - { id: gov, title: National plan }
`;
const FILES: Record<string, string> = {
  'regions.regions.yaml': REGIONS,
  'old.plan.yaml': OLD,
  'new.plan.yaml': NEW,
  'national.plan.yaml': NATIONAL,
};

/** The dataset with the cursor placed in one of its files by a needle (`place`). */
function datasetAt(name: string, needle: string): { ws: PolicyWorkspace; file: string; offset: number } {
  const { text, offset } = cursor(place(FILES[name], needle));
  const { ws, path } = workspaceOf({ ...FILES, [name]: text });
  return { ws, file: path(name), offset };
}

/** A place as `file: covered text @ offset`. */
function where(p: { file: string; range: Range }): string {
  const name = short(p.file);
  return `${name}: ${FILES[name].slice(p.range.start, p.range.end)} @ ${p.range.start}`;
}

describe('definition', () => {
  test('a source id goes to its entry in the plan', () => {
    const { ws, file, offset } = datasetAt('new.plan.yaml', 'sources: [go|v]');
    assert.deepEqual(ws.definition(file, offset).map(where), [`new.plan.yaml: gov @ ${NEW.indexOf('{ id: gov') + 6}`]);
  });

  test('a dataset region goes into the registry', () => {
    const { ws, file, offset } = datasetAt('new.plan.yaml', 'jurisdiction: shen|zhen');
    assert.deepEqual(ws.definition(file, offset).map(where), [
      `regions.regions.yaml: shenzhen @ ${REGIONS.indexOf('shenzhen')}`,
    ]);
  });

  test('a related plan goes to the other plan’s id', () => {
    const { ws, file, offset } = datasetAt('new.plan.yaml', 'plan: sz-ai-|2020');
    assert.deepEqual(ws.definition(file, offset).map(where), ['old.plan.yaml: sz-ai-2020 @ 4']);
  });

  test('nothing on a plain value, an ISO code or an unknown id', () => {
    for (const [name, needle] of [
      ['new.plan.yaml', 'Open comp|uting'],
      ['national.plan.yaml', 'jurisdiction: C|N'],
      ['new.plan.yaml', 'plan: national-|ai'.replace('national', 'nowhere')],
    ]) {
      const files = name === 'new.plan.yaml' ? NEW.replace('plan: national-ai', 'plan: nowhere-ai') : FILES[name];
      const { text, offset } = cursor(place(files, needle));
      const { ws, path } = workspaceOf({ ...FILES, [name]: text });
      assert.deepEqual(ws.definition(path(name), offset), [], needle);
    }
  });
});

describe('references and highlights', () => {
  test('a dataset region: in the registry and in every plan that names it', () => {
    const { ws, file, offset } = datasetAt('new.plan.yaml', 'jurisdiction: shen|zhen');
    assert.deepEqual(ws.references(file, offset).map(where).sort(), [
      `national.plan.yaml: shenzhen @ ${NATIONAL.indexOf('shenzhen')}`,
      'new.plan.yaml: shenzhen @ 58',
      'old.plan.yaml: shenzhen @ 58',
      `regions.regions.yaml: shenzhen @ ${REGIONS.indexOf('shenzhen')}`,
    ]);
  });

  test('a plan id: its definition and the relations that name it', () => {
    const { ws, file, offset } = datasetAt('old.plan.yaml', 'id: sz-|ai-2020');
    assert.deepEqual(ws.references(file, offset).map(where).sort(), [
      `new.plan.yaml: sz-ai-2020 @ ${NEW.indexOf('plan: sz-ai-2020') + 6}`,
      'old.plan.yaml: sz-ai-2020 @ 4',
    ]);
  });

  test('a source id stays inside its plan: the other plans’ gov are other sources', () => {
    const { ws, file, offset } = datasetAt('new.plan.yaml', '- { id: go|v');
    const inNew = (needle: string, nth = 0) => {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = NEW.indexOf(needle, at + 1);
      return `new.plan.yaml: gov @ ${at + needle.indexOf('gov')}`;
    };
    assert.deepEqual(
      ws.references(file, offset).map(where).sort(),
      [inNew('[gov]'), inNew('[gov,'), inNew('{ id: gov')].sort(),
    );
  });

  test('highlights: the places of the id in this file only, the definition as a write', () => {
    const { ws, file, offset } = datasetAt('national.plan.yaml', '[gba, shen|zhen]');
    const text = NATIONAL;
    assert.deepEqual(
      ws.highlights(file, offset).map((h) => `${h.kind} ${text.slice(h.range.start, h.range.end)} @ ${h.range.start}`),
      [`read shenzhen @ ${text.indexOf('shenzhen')}`],
    );
    const src = datasetAt('new.plan.yaml', '[gov, l|aw]');
    assert.deepEqual(
      src.ws
        .highlights(src.file, src.offset)
        .map((h) => `${h.kind} ${NEW.slice(h.range.start, h.range.end)} @ ${h.range.start}`),
      [`read law @ ${NEW.indexOf('law')}`, `write law @ ${NEW.indexOf('id: law') + 4}`],
    );
  });

  test('nothing on a key or a plain value', () => {
    const { ws, file, offset } = datasetAt('new.plan.yaml', 'met|ric:');
    assert.deepEqual(ws.references(file, offset), []);
    assert.deepEqual(ws.highlights(file, offset), []);
  });
});

/** The whole text of every file a rename changes, after its edits. */
function renamed(name: string, needle: string, newName: string): Record<string, string> | string {
  const { ws, file, offset } = datasetAt(name, needle);
  const r = ws.rename(file, offset, newName);
  if (!r.ok) return r.reason;
  const out: Record<string, string> = {};
  for (const c of r.changes) out[short(c.file)] = applyEdits(c.text, c.edits);
  return out;
}

describe('rename', () => {
  test('prepareRename: the id under the cursor and its range', () => {
    const { ws, file, offset } = datasetAt('new.plan.yaml', 'plan: sz-ai-|2020');
    const at = NEW.indexOf('sz-ai-2020');
    assert.deepEqual(ws.prepareRename(file, offset), {
      ok: true,
      range: { start: at, end: at + 10 },
      placeholder: 'sz-ai-2020',
    });
  });

  test('prepareRename refuses what cannot be renamed, saying what it is: a key, a value, an ISO code', () => {
    const refusals: Array<[string, string, string]> = [
      [
        'new.plan.yaml',
        'met|ric:',
        'metric is a key of the format and cannot be renamed: only plan ids, source ids and dataset region ids can be renamed',
      ],
      [
        'new.plan.yaml',
        'Open comp|uting',
        'Open computing power is not an id: only plan ids, source ids and dataset region ids can be renamed',
      ],
      [
        'national.plan.yaml',
        'jurisdiction: C|N',
        'CN is an ISO 3166 code, not a dataset region: it cannot be renamed (choose another code instead)',
      ],
    ];
    for (const [name, needle, reason] of refusals) {
      const { ws, file, offset } = datasetAt(name, needle);
      assert.deepEqual(ws.prepareRename(file, offset), { ok: false, reason }, needle);
    }
  });

  test('a plan id: its definition and the relation in the other plan', () => {
    assert.deepEqual(renamed('new.plan.yaml', 'plan: sz-ai-|2020', 'sz-ai-2020-plan'), {
      'old.plan.yaml': OLD.replace('id: sz-ai-2020', 'id: sz-ai-2020-plan'),
      'new.plan.yaml': NEW.replace('plan: sz-ai-2020', 'plan: sz-ai-2020-plan'),
    });
  });

  test('a dataset region: the registry and every plan', () => {
    assert.deepEqual(renamed('regions.regions.yaml', 'id: shen|zhen', 'sz-city'), {
      'regions.regions.yaml': REGIONS.replace('id: shenzhen', 'id: sz-city'),
      'old.plan.yaml': OLD.replace('jurisdiction: shenzhen', 'jurisdiction: sz-city'),
      'new.plan.yaml': NEW.replace('jurisdiction: shenzhen', 'jurisdiction: sz-city'),
      'national.plan.yaml': NATIONAL.replace('[gba, shenzhen]', '[gba, sz-city]'),
    });
  });

  test('a source id: only inside its plan', () => {
    assert.deepEqual(renamed('new.plan.yaml', '[go|v]', 'gov-2024'), {
      'new.plan.yaml': NEW.replaceAll('[gov', '[gov-2024').replace('{ id: gov,', '{ id: gov-2024,'),
    });
  });

  test('the same name: no edits', () => {
    assert.deepEqual(renamed('new.plan.yaml', 'jurisdiction: shen|zhen', 'shenzhen'), {});
  });

  test('refusals say why', () => {
    assert.equal(
      renamed('new.plan.yaml', 'plan: sz-ai-|2020', 'Not Kebab'),
      'Not Kebab is not a valid plan id: use lowercase kebab-case such as cn-gd-ai-2023',
    );
    assert.equal(
      renamed('new.plan.yaml', 'plan: sz-ai-|2020', 'national-ai'),
      'the dataset already has a plan national-ai; renaming would merge the two',
    );
    assert.equal(
      renamed('new.plan.yaml', 'jurisdiction: shen|zhen', 'gba'),
      'the dataset already has a region gba; renaming would merge the two',
    );
    assert.equal(renamed('new.plan.yaml', 'jurisdiction: shen|zhen', 'sz'), 'sz would clash with the ISO code SZ');
    assert.equal(
      renamed('new.plan.yaml', 'jurisdiction: shen|zhen', 'cn-44'),
      'cn-44 is a withdrawn region code; choose another id',
    );
    assert.equal(
      renamed('new.plan.yaml', '[go|v]', 'law'),
      'this plan already has a source law; renaming would merge the two',
    );
    assert.equal(
      renamed('new.plan.yaml', 'met|ric', 'x'),
      'only a plan id, a source id or a dataset region id can be renamed; put the cursor on one',
    );
  });
});
