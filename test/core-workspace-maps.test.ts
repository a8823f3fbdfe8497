/**
 * A dataset's regions, indicators and plans by id (core/workspace/datasetMaps.ts) are kept in step with the files
 * as they change — a member after every other is added to the maps, a member that keeps its ids takes its old
 * places, any other change makes them again — and must always be what a workspace given the same files at once
 * shows: the same ids, in the same iteration order, with the same winner of a duplicated id (the first file in path
 * order) and every plan of a duplicated plan id. Seeded random
 * updates: files added in path order (how a folder is indexed) and out of it, changed (a plan keeping its id half the
 * time), removed, configs added and removed, the editor's `files` setting changed; after each, every file's dataset
 * and one file's findings are compared with a fresh workspace's.
 * MAPS_CASES=n changes the number of sequences, MAPS_SEED=s the seed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWorkspace, type PolicyWorkspace } from '../server/src/core';
import { rng } from './fuzz/run';

const CASES = Number(process.env.MAPS_CASES ?? 12);
const SEED = Number(process.env.MAPS_SEED ?? 20261129);

const PLAN_IDS = ['cn-a-2023', 'cn-b-2024', 'cn-c-2025', 'eu-d-2030'];
const REGION_IDS = ['north', 'south', 'east', 'west'];
const INDICATOR_IDS = ['ai-firms', 'compute', 'talent'];

type Pick = <T>(xs: readonly T[]) => T;

function planText(pick: Pick, rand: () => number, keepId?: string): string {
  const id = keepId ?? pick(PLAN_IDS);
  const other = pick(PLAN_IDS);
  const region = pick([...REGION_IDS, 'CN-GD']);
  const relation = rand() < 0.5 ? `relations:\n  - { type: implements, plan: ${other} }\n` : '';
  return (
    `id: ${id}\ntitle: Plan ${id}\njurisdiction: CN\nperiod: { start: 2023, end: 2027 }\n${relation}` +
    `targets:\n  - id: t1\n    metric: firms\n    indicator: ${pick(INDICATOR_IDS)}\n    region: ${region}\n` +
    `    quantity: { value: ${Math.floor(rand() * 100)}, unit: enterprises }\n    deadline: 2026\n    sources: [s]\n` +
    `sources:\n  - { id: s, title: Source, url: "https://example.org/${id}", type: official-text }\n`
  );
}

function regionsText(pick: Pick, rand: () => number): string {
  const n = 1 + Math.floor(rand() * 3);
  let out = 'regions:\n';
  for (let i = 0; i < n; i++) out += `  - id: ${pick(REGION_IDS)}\n    name: Region ${i}\n    parent: CN-GD\n`;
  return out;
}

function indicatorsText(pick: Pick, rand: () => number): string {
  const n = 1 + Math.floor(rand() * 2);
  let out = 'indicators:\n';
  for (let i = 0; i < n; i++)
    out += `  - id: ${pick(INDICATOR_IDS)}\n    name: Indicator ${i}\n    unit: enterprises\n`;
  return out;
}

/** A random file of the dataset: a plan, a registry or (rarely) a config, in one of a few folders. */
function randomFile(pick: Pick, rand: () => number): { file: string; text: string } {
  const dir = pick(['/d', '/d/a', '/d/a/b', '/d/c']);
  const r = rand();
  if (r < 0.06) return { file: `${dir}/policy-plans.config.yaml`, text: 'reference-date: 2026-01-01\n' };
  const name = pick(['x', 'y', 'z', 'w']);
  if (r < 0.25) return { file: `${dir}/${name}.regions.yaml`, text: regionsText(pick, rand) };
  if (r < 0.35) return { file: `${dir}/${name}.indicators.yaml`, text: indicatorsText(pick, rand) };
  // a plan by the editor's `files` setting only
  if (r < 0.45) return { file: `${dir}/${name}.data.yaml`, text: planText(pick, rand) };
  return { file: `${dir}/${name}.plan.yaml`, text: planText(pick, rand) };
}

/** What a dataset context shows of its maps: ids in iteration order, with the file each came from. */
function mapsPicture(ws: PolicyWorkspace, file: string): unknown {
  const c = ws.dataset(file).context;
  return {
    regions: [...c.regions].map(([id, r]) => [id, r.file, r.range]),
    indicators: [...c.indicators].map(([id, i]) => [id, i.file, i.range]),
    plans: c.plans && [...c.plans].map(([id, list]) => [id, list.map((p) => [p.file, p.idRange])]),
  };
}

function fresh(files: Map<string, string>, settings: object): PolicyWorkspace {
  const ws = createWorkspace({ today: '2026-11-27', trusted: true, roots: ['/d'], settings });
  ws.update({ set: [...files].map(([file, text]) => ({ file, text })) });
  return ws;
}

test('a dataset context shows the regions, indicators and plans a workspace given the same files at once shows', () => {
  let compared = 0;
  for (let k = 0; k < CASES; k++) {
    const rand = rng(SEED + k);
    const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)]!;
    const ws = createWorkspace({ today: '2026-11-27', trusted: true, roots: ['/d'] });
    const files = new Map<string, string>();
    let settings = {};
    // a folder indexed in path order, the dataset asked between slices (the maps then follow the additions)
    const first = Array.from({ length: 6 + Math.floor(rand() * 10) }, () => randomFile(pick, rand)).sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
    );
    for (const f of first) {
      files.set(f.file, f.text);
      ws.update({ set: [f] });
      ws.dataset(pick([...files.keys()]));
    }
    for (let step = 0; step < 25; step++) {
      const r = rand();
      const known = [...files.keys()];
      if (r < 0.5 || known.length === 0) {
        const f = randomFile(pick, rand);
        files.set(f.file, f.text);
        ws.update({ set: [f] });
      } else if (r < 0.8) {
        const file = pick(known);
        files.delete(file);
        ws.update({ remove: [file] });
      } else if (r < 0.95) {
        // a new version of a file already there
        const file = pick(known);
        const again = randomFile(pick, rand);
        // edited: half the time a plan keeps its id and a registry its ids (their facts then take the old ones'
        // places in the maps, where they won)
        const keep = rand() < 0.5;
        const old = files.get(file)!;
        const id = keep ? /^id: (\S+)/.exec(old)?.[1] : undefined;
        const ids = [...old.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!);
        const registry = /^(regions|indicators):$/m.exec(old)?.[1];
        const text = /\.(plan|data)\.yaml$/.test(file)
          ? planText(pick, rand, id)
          : keep && registry && ids.length
            ? `${registry}:\n${ids.map((i) => `  - id: ${i}\n    name: Edited ${i}\n    parent: CN-GD\n`).join('')}`
            : again.text;
        files.set(file, text);
        ws.update({ set: [{ file, text }] });
      } else {
        settings = rand() < 0.5 ? {} : { files: ['**/*.data.yaml'] };
        ws.setSettings(settings);
      }
      const here = [...files.keys()];
      if (here.length === 0) continue;
      const file = pick(here);
      const expected = fresh(files, settings);
      for (const f of here)
        assert.deepEqual(mapsPicture(ws, f), mapsPicture(expected, f), `case ${k}, step ${step}, ${f}`);
      assert.deepEqual(ws.check(file), expected.check(file), `findings of ${file}, case ${k}, step ${step}`);
      compared++;
    }
  }
  assert.ok(compared > CASES * 10, `compared ${compared} datasets`);
});
