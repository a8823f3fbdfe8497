/**
 * Whole datasets through the LSP: the workspace index (with progress), rename and references across
 * files, definition into a region registry, workspace symbols, and diagnostics for closed files that
 * change on disk.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ensureBuilt,
  fileUri,
  LspClient,
  positionOf,
  type Message,
  type PublishDiagnosticsParams,
} from './helpers/lsp-client';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'dataset', 'clean');
let dir: string;
let client: LspClient;

function uri(name: string): string {
  return fileUri(path.join(dir, name));
}

function read(name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8');
}

before(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-dataset-'));
  for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
  const caps = {
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeWatchedFiles: { dynamicRegistration: true },
      symbol: {},
    },
    textDocument: {
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      rename: { prepareSupport: true },
      references: {},
      definition: {},
    },
    window: { workDoneProgress: true },
  };
  client = await LspClient.start({
    capabilities: caps,
    workspaceFolders: [{ uri: fileUri(dir), name: 'ds' }],
    rootUri: fileUri(dir),
  });
  await client.waitFor(
    (m) => m.method === 'window/logMessage' && /indexed \d+ files/.test((m.params as { message: string }).message),
    'the index to be built',
    { timeout: 20_000 },
  );
});

after(async () => {
  await client?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('indexing reports progress and registers file watchers', () => {
  const created = client.serverRequests.find((m) => m.method === 'window/workDoneProgress/create');
  assert.ok(created, 'the server asked for a progress token');
  const progress = client.notifications
    .filter((m) => m.method === '$/progress')
    .map((m) => (m.params as { value: { kind: string } }).value.kind);
  assert.equal(progress[0], 'begin');
  assert.equal(progress[progress.length - 1], 'end');
  const reg = client.serverRequests.find((m) => m.method === 'client/registerCapability');
  assert.match(JSON.stringify(reg?.params), /workspace\/didChangeWatchedFiles/);
});

test('closed files of a small dataset get diagnostics, and again after they change on disk', async () => {
  // the clean dataset: every closed file is published with no diagnostics
  const first = await client.waitFor(
    (m) =>
      m.method === 'textDocument/publishDiagnostics' &&
      (m.params as PublishDiagnosticsParams).uri === uri('national.plan.yaml'),
    'closed-file diagnostics',
  );
  assert.deepEqual((first.params as PublishDiagnosticsParams).diagnostics, []);
  fs.writeFileSync(
    path.join(dir, 'national.plan.yaml'),
    read('national.plan.yaml').replace('jurisdiction: CN', 'jurisdiction: CN-XX'),
  );
  const since = client.notifications.length;
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('national.plan.yaml'), type: 2 }] });
  const next = await client.waitFor(
    (m) =>
      client.notifications.indexOf(m as Message) >= since &&
      m.method === 'textDocument/publishDiagnostics' &&
      (m.params as PublishDiagnosticsParams).uri === uri('national.plan.yaml') &&
      (m.params as PublishDiagnosticsParams).diagnostics.length > 0,
    'diagnostics for the changed closed file',
  );
  const codes = (next.params as PublishDiagnosticsParams).diagnostics.map((d) => d.code);
  assert.ok(codes.includes('region/unknown'), codes.join(','));
  fs.writeFileSync(path.join(dir, 'national.plan.yaml'), fs.readFileSync(path.join(FIXTURE, 'national.plan.yaml')));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('national.plan.yaml'), type: 2 }] });
});

test('rename a plan id across an open and a closed file', async () => {
  const text = read('city-2024.plan.yaml');
  await client.open(uri('city-2024.plan.yaml'), text);
  const pos = positionOf(text, 'sz-ai-2020', 2);
  const prep = await client.request<{ placeholder: string }>('textDocument/prepareRename', {
    textDocument: { uri: uri('city-2024.plan.yaml') },
    position: pos,
  });
  assert.equal(prep.placeholder, 'sz-ai-2020');
  const edit = await client.request<{
    changes: Record<string, Array<{ range: { start: { line: number } }; newText: string }>>;
  }>('textDocument/rename', {
    textDocument: { uri: uri('city-2024.plan.yaml') },
    position: pos,
    newName: 'sz-ai-2020-plan',
  });
  assert.deepEqual(Object.keys(edit.changes).sort(), [uri('city-2020.plan.yaml'), uri('city-2024.plan.yaml')].sort());
  assert.equal(edit.changes[uri('city-2020.plan.yaml')][0].range.start.line, 0);
  assert.equal(edit.changes[uri('city-2024.plan.yaml')][0].newText, 'sz-ai-2020-plan');
  const bad = await client.requestRaw('textDocument/rename', {
    textDocument: { uri: uri('city-2024.plan.yaml') },
    position: pos,
    newName: 'Not Kebab',
  });
  assert.ok(bad.error && /kebab-case/.test(bad.error.message), JSON.stringify(bad));
});

test('references to a dataset region id across the registry and the plans', async () => {
  const text = read('city-2024.plan.yaml');
  const refs = await client.request<Array<{ uri: string }>>('textDocument/references', {
    textDocument: { uri: uri('city-2024.plan.yaml') },
    position: positionOf(text, 'shenzhen', 1),
    context: { includeDeclaration: true },
  });
  const files = [...new Set(refs.map((r) => path.basename(new URL(r.uri).pathname)))].sort();
  assert.deepEqual(files, ['city-2020.plan.yaml', 'city-2024.plan.yaml', 'national.plan.yaml', 'regions.regions.yaml']);
});

test('go to definition of a dataset region jumps into the registry', async () => {
  const text = read('city-2024.plan.yaml');
  const defs = await client.request<Array<{ uri: string; range: { start: { line: number; character: number } } }>>(
    'textDocument/definition',
    { textDocument: { uri: uri('city-2024.plan.yaml') }, position: positionOf(text, 'shenzhen', 1) },
  );
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, uri('regions.regions.yaml'));
  assert.deepEqual(defs[0].range.start, { line: 1, character: 10 });
});

test('workspace symbols find targets by metric text', async () => {
  const symbols = await client.request<Array<{ name: string; containerName: string; location: { uri: string } }>>(
    'workspace/symbol',
    { query: 'computing' },
  );
  assert.ok(
    symbols.some(
      (s) =>
        s.name === 'Open computing power' &&
        s.containerName === 'sz-ai-2024 · compute-2025' &&
        s.location.uri === uri('city-2024.plan.yaml'),
    ),
    JSON.stringify(symbols),
  );
});

test('editing the dataset config re-checks open plans with the unsaved settings', async () => {
  const planText = read('city-2024.plan.yaml').replace('status: achieved', 'status: active');
  const planUri = uri('city-2024.plan.yaml');
  client.change(planUri, 50, [
    { range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } }, text: planText },
  ]);
  const before = await client.waitForDiagnostics(planUri, 50);
  assert.ok(
    before.diagnostics.some((d) => d.code === 'deadline/passed'),
    JSON.stringify(before.diagnostics),
  );
  const cfgUri = uri('policy-plans.config.yaml');
  const cfg = read('policy-plans.config.yaml');
  await client.open(cfgUri, cfg);
  const since = client.notifications.length;
  client.change(cfgUri, 2, [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } },
      text: `${cfg}rules:\n  deadline/passed: off\n`,
    },
  ]);
  // a publish that was already on its way may come first: wait for the one without deadline/passed
  const after = await client.waitFor(
    (m) =>
      client.notifications.indexOf(m as Message) >= since &&
      m.method === 'textDocument/publishDiagnostics' &&
      (m.params as PublishDiagnosticsParams).uri === planUri &&
      !(m.params as PublishDiagnosticsParams).diagnostics.some((d) => d.code === 'deadline/passed'),
    'the plan re-checked without deadline/passed after the config edit',
  );
  assert.equal((after.params as PublishDiagnosticsParams).version, 50);
  client.notify('textDocument/didClose', { textDocument: { uri: cfgUri } });
});
