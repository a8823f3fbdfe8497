/** Each dataset (a config's folder) is checked on its own, even when one workspace holds several. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, fileUri, LspClient } from './helpers/lsp-client';

const plan = (id: string, relation: string) => `id: ${id}
title: A plan
jurisdiction: CN
period: { start: 2023, end: 2025 }
relations:
  - { type: implements, plan: ${relation} }
measures:
  - { id: m1, title: M, sources: [s] }
sources:
  - { id: s, title: S }
`;

test('two datasets in one workspace: same plan ids do not clash, references do not cross', async () => {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-scope-'));
  const client = await (async () => {
    for (const d of ['one', 'two']) {
      fs.mkdirSync(path.join(dir, d));
      fs.writeFileSync(path.join(dir, d, 'policy-plans.config.yaml'), 'reference-date: 2026-11-27\n');
    }
    fs.writeFileSync(path.join(dir, 'one', 'a.plan.yaml'), plan('shared-id', 'only-in-two'));
    fs.writeFileSync(path.join(dir, 'two', 'b.plan.yaml'), plan('shared-id', 'other'));
    fs.writeFileSync(
      path.join(dir, 'two', 'c.plan.yaml'),
      plan('only-in-two', 'shared-id').replace(/relations:\n.*\n/, ''),
    );
    const c = await LspClient.start({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], rootUri: fileUri(dir) });
    await c.waitFor(
      (m) => m.method === 'window/logMessage' && /indexed \d+ files/.test((m.params as { message: string }).message),
      'the index',
    );
    return c;
  })();
  try {
    const uri = fileUri(path.join(dir, 'one', 'a.plan.yaml'));
    const diags = await client.open(uri, fs.readFileSync(path.join(dir, 'one', 'a.plan.yaml'), 'utf8'));
    const codes = diags.diagnostics.map((d) => `${d.code}: ${d.message}`);
    // only-in-two lives in the other dataset: unknown here; shared-id is not a duplicate across datasets
    assert.deepEqual(codes, ['ref/unknown-plan: unknown plan only-in-two (no plan in the dataset has this id)']);
  } finally {
    await client.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a dataset that an outer config excludes is indexed when one of its files is opened', async () => {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-scope-'));
  fs.writeFileSync(path.join(dir, 'policy-plans.config.yaml'), 'exclude:\n  - fixtures\n');
  fs.mkdirSync(path.join(dir, 'fixtures'));
  fs.writeFileSync(path.join(dir, 'fixtures', 'policy-plans.config.yaml'), 'reference-date: 2026-11-27\n');
  fs.writeFileSync(path.join(dir, 'fixtures', 'a.plan.yaml'), plan('fixture-a', 'fixture-b'));
  fs.writeFileSync(path.join(dir, 'fixtures', 'b.plan.yaml'), plan('fixture-b', 'fixture-a'));
  const client = await LspClient.start({
    workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
    rootUri: fileUri(dir),
  });
  try {
    await client.waitFor(
      (m) => m.method === 'window/logMessage' && /indexed \d+ files/.test((m.params as { message: string }).message),
      'the index',
    );
    const uri = fileUri(path.join(dir, 'fixtures', 'a.plan.yaml'));
    const diags = await client.open(uri, fs.readFileSync(path.join(dir, 'fixtures', 'a.plan.yaml'), 'utf8'));
    assert.deepEqual(
      diags.diagnostics.map((d) => d.code),
      [],
      'fixture-b is found in the excluded dataset',
    );
  } finally {
    await client.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a closed file that relates to a plan is re-checked when an open document starts or stops defining it', async () => {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-scope-'));
  fs.writeFileSync(path.join(dir, 'policy-plans.config.yaml'), 'reference-date: 2026-11-27\n');
  fs.writeFileSync(path.join(dir, 'closed.plan.yaml'), plan('closed-plan', 'wanted-id'));
  fs.writeFileSync(path.join(dir, 'open.plan.yaml'), plan('other-id', 'closed-plan'));
  const client = await LspClient.start({
    workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
    rootUri: fileUri(dir),
  });
  try {
    const closedUri = fileUri(path.join(dir, 'closed.plan.yaml'));
    const isClosed = (m: { method?: string; params?: unknown }) =>
      m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === closedUri;
    const codes = (m: { params?: unknown }) =>
      (m.params as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    const first = await client.waitFor(
      (m) => isClosed(m) && codes(m).includes('ref/unknown-plan'),
      'the closed file reported with ref/unknown-plan',
    );
    assert.deepEqual(codes(first), ['ref/unknown-plan']);
    const openUri = fileUri(path.join(dir, 'open.plan.yaml'));
    const text = fs.readFileSync(path.join(dir, 'open.plan.yaml'), 'utf8');
    await client.open(openUri, text);
    const since = client.notifications.length;
    client.change(openUri, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } }, text: 'id: wanted-id' },
    ]);
    const fixed = await client.waitFor(
      (m) => client.notifications.indexOf(m as never) >= since && isClosed(m),
      'the closed file re-checked after the open one took the id',
    );
    assert.deepEqual(codes(fixed), []);
  } finally {
    await client.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
