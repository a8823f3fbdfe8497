/** policyPlans/overview over the protocol: the samples' overview with URIs and lines; an open document's text wins. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ensureBuilt, fileUri, LspClient, ROOT, tempDataset } from './helpers/lsp-client';

const SAMPLES = path.join(ROOT, 'samples');
interface Place {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}
interface Overview {
  referenceDate: string;
  plans: Array<{ id: string; place: Place }>;
  targets: Array<{ plan: string; id: string; standing: string; place: Place }>;
  regions: Array<{ code: string; chain: string[] }>;
  rates: unknown[];
}

let client: LspClient;
before(async () => {
  ensureBuilt();
  client = await LspClient.start({
    rootUri: fileUri(SAMPLES),
    workspaceFolders: [{ uri: fileUri(SAMPLES), name: 'samples' }],
  });
});
after(async () => {
  await client?.dispose();
});

test('the overview of the samples: one target per YAML target, each at its id, with URIs', async () => {
  const o = (await client.request('policyPlans/overview', { uris: [fileUri(SAMPLES)] })) as Overview;
  const expected: string[] = [];
  for (const f of fs.readdirSync(SAMPLES).filter((n) => n.endsWith('.plan.yaml'))) {
    const plan = parse(fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    for (const t of plan.targets ?? []) expected.push(`${plan.id}#${t.id}`);
  }
  assert.deepEqual(o.targets.map((t) => `${t.plan}#${t.id}`).sort(), expected.sort());
  for (const t of o.targets) {
    assert.ok(t.place.file.startsWith('file://'), t.place.file);
    const line = fs.readFileSync(new URL(t.place.file), 'utf8').split(/\r?\n/)[t.place.line];
    assert.equal(line.slice(t.place.character, t.place.endCharacter), t.id);
  }
  assert.deepEqual(o.regions.find((r) => r.code === 'shenzhen')?.chain, ['CN', 'CN-GD', 'shenzhen']);
  assert.ok(o.rates.length > 0, 'CNY amounts name their rate');
});

test('an open document with unsaved edits is read from the editor', async () => {
  const file = path.join(SAMPLES, 'cn-gd-ai-2018.plan.yaml');
  const text = fs.readFileSync(file, 'utf8').replace('id: cn-gd-ai-2018', 'id: cn-gd-ai-2018-edited');
  await client.open(fileUri(file), text);
  const o = (await client.request('policyPlans/overview', { uris: [fileUri(SAMPLES)] })) as Overview;
  assert.ok(o.plans.some((p) => p.id === 'cn-gd-ai-2018-edited'));
  assert.ok(!o.plans.some((p) => p.id === 'cn-gd-ai-2018'));
});

test('without folders: InvalidParams', async () => {
  const r = await client.requestRaw('policyPlans/overview', {});
  assert.equal(r.error?.code, -32602);
});

test('a closed file changed on disk is read again on the next request', async () => {
  const plan = (target: string) =>
    `id: p1\ntitle: T\njurisdiction: CN-GD\nperiod: { start: 2023, end: 2025 }\nsources: [{ id: s, title: S }]\ntargets:\n  - { id: ${target}, metric: M, outcome: O, deadline: 2025, sources: [s] }\n`;
  const ds = tempDataset({ 'p1.plan.yaml': plan('first') });
  const c = await LspClient.start({
    rootUri: fileUri(ds.dir),
    workspaceFolders: [{ uri: fileUri(ds.dir), name: 'ds' }],
  });
  try {
    const ids = async () =>
      ((await c.request('policyPlans/overview', { uris: [fileUri(ds.dir)] })) as Overview).targets.map((t) => t.id);
    assert.deepEqual(await ids(), ['first']);
    fs.writeFileSync(path.join(ds.dir, 'p1.plan.yaml'), plan('second'));
    assert.deepEqual(await ids(), ['second']);
  } finally {
    await c.dispose();
    ds.remove();
  }
});
