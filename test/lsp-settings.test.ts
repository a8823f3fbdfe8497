/**
 * Settings through the protocol: the server asks `workspace/configuration` for section
 * `policyPlans` when the client can answer, takes `initializationOptions.settings` and
 * `workspace/didChangeConfiguration` pushes otherwise, and works with defaults when it gets nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readSettings } from '../server/src/lsp/settings';
import { LspClient, brokenSample, defaultCapabilities, ensureBuilt } from './helpers/lsp-client';

before(() => ensureBuilt());

const sample = brokenSample('deadline-passed');
const codes = (p: { diagnostics: Array<{ code?: string | number }> }) => p.diagnostics.map((d) => d.code);
const configRequests = (c: LspClient) => c.serverRequests.filter((m) => m.method === 'workspace/configuration');

function noConfigurationCapability(): Record<string, unknown> {
  const caps = defaultCapabilities() as { workspace: Record<string, unknown> };
  delete caps.workspace.configuration;
  return caps;
}

describe('workspace/configuration', () => {
  let client: LspClient;
  let answer: unknown = { rules: { 'deadline/passed': 'off' } };
  before(async () => {
    client = await LspClient.start({
      handlers: { 'workspace/configuration': (p) => (p as { items: unknown[] }).items.map(() => answer) },
    });
  });
  after(async () => client?.dispose());

  test('the server asks for section policyPlans', async () => {
    const m = await client.waitFor((x) => x.method === 'workspace/configuration', 'a workspace/configuration request');
    assert.deepEqual(
      (m.params as { items: Array<{ section?: string }> }).items.map((i) => i.section),
      ['policyPlans'],
    );
  });

  test('a rule turned off in the settings does not fire', async () => {
    await client.waitFor((x) => x.method === 'workspace/configuration', 'a workspace/configuration request');
    // the answer travels before the didOpen: the diagnostics are computed with it
    await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///none.plan.yaml' },
      position: { line: 0, character: 0 },
    });
    const p = await client.open(sample.uri, sample.text, 1);
    assert.deepEqual(codes(p), []);
  });

  test('didChangeConfiguration: the server asks again and re-checks open documents', async () => {
    answer = { rules: { 'deadline/passed': 'error' } };
    const asked = configRequests(client).length;
    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(sample.uri, 1, { since });
    assert.ok(configRequests(client).length > asked, 'asked again');
    assert.deepEqual(codes(p), ['deadline/passed']);
    assert.equal(p.diagnostics[0].severity, 1, 'with the severity from the settings');
  });

  test('malformed settings keep the defaults', async () => {
    answer = { rules: { 'deadline/passed': 'loud' }, referenceDate: 'yesterday', files: 'nope' };
    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(sample.uri, 1, { since });
    assert.deepEqual(codes(p), ['deadline/passed']);
    assert.equal(p.diagnostics[0].severity, 3, 'the default severity (information)');
  });

  test('the reference date setting wins over the dataset config', async () => {
    answer = { referenceDate: '2020-06-01' };
    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(sample.uri, 1, { since });
    assert.ok(
      !codes(p).includes('deadline/passed'),
      `the 2020 deadline has not passed on 2020-06-01: ${JSON.stringify(p.diagnostics)}`,
    );
  });

  test('an impossible reference date (2025-13-45, 0000-00-00) is not taken: the same findings as with none (issue 11 item 14)', async () => {
    const check = async (referenceDate: string) => {
      answer = { referenceDate };
      const since = client.mark();
      client.notify('workspace/didChangeConfiguration', { settings: null });
      return (await client.waitForDiagnostics(sample.uri, 1, { since })).diagnostics.map(
        (d) => `${d.code} ${d.message}`,
      );
    };
    const none = await check('');
    assert.ok(
      none.some((m) => m.startsWith('deadline/passed')),
      none.join('\n'),
    );
    for (const bad of ['2025-13-45', '0000-00-00', '2025-02-29']) {
      const got = await check(bad);
      assert.deepEqual(got, none, bad);
      assert.ok(!got.some((m) => /passed\s+ago|NaN|undefined/.test(m)), got.join('\n'));
    }
  });
});

describe('settings that arrive after a document was opened', () => {
  test('the first publish waits for them', async () => {
    let release!: () => void;
    const answered = new Promise<void>((r) => (release = r));
    const client = await LspClient.start({
      noInitialize: true,
      handlers: {
        // answer late, after the didOpen has been checked with the defaults
        'workspace/configuration': async (p) => {
          await answered;
          return (p as { items: unknown[] }).items.map(() => ({ rules: { 'deadline/passed': 'off' } }));
        },
      },
    });
    try {
      await client.initialize();
      const since = client.mark();
      client.notify('textDocument/didOpen', {
        textDocument: { uri: sample.uri, languageId: 'yaml', version: 1, text: sample.text },
      });
      // nothing is published with the defaults while the settings are on their way (they turn deadline/passed off)
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(
        client.notifications.slice(since).filter((m) => m.method === 'textDocument/publishDiagnostics').length,
        0,
        'no publish before the settings',
      );
      release();
      const p = await client.waitForDiagnostics(sample.uri, 1, { since });
      assert.deepEqual(codes(p), []);
    } finally {
      await client.dispose();
    }
  });
});

describe('a client without the configuration capability', () => {
  test('all defaults work and the server never asks', async () => {
    const client = await LspClient.start({ capabilities: noConfigurationCapability() });
    try {
      const p = await client.open(sample.uri, sample.text, 1);
      assert.deepEqual(codes(p), ['deadline/passed']);
      assert.equal(p.diagnostics[0].severity, 3);
      const h = await client.request('textDocument/hover', {
        textDocument: { uri: sample.uri },
        position: { line: 13, character: 15 },
      });
      assert.ok(h, 'hover works');
      assert.equal(configRequests(client).length, 0, 'no workspace/configuration request');
    } finally {
      await client.dispose();
    }
  });

  test('settings from initializationOptions and from didChangeConfiguration pushes', async () => {
    const client = await LspClient.start({
      capabilities: noConfigurationCapability(),
      initializationOptions: { settings: { rules: { 'deadline/passed': 'off' } } },
    });
    try {
      let p = await client.open(sample.uri, sample.text, 1);
      assert.deepEqual(codes(p), [], 'initializationOptions.settings');
      const since = client.mark();
      client.notify('workspace/didChangeConfiguration', {
        settings: { policyPlans: { rules: { 'deadline/passed': 'warning' } } },
      });
      p = await client.waitForDiagnostics(sample.uri, 1, { since });
      assert.deepEqual(codes(p), ['deadline/passed']);
      assert.equal(p.diagnostics[0].severity, 2);
      assert.equal(configRequests(client).length, 0);
    } finally {
      await client.dispose();
    }
  });
});

describe('readSettings', () => {
  test('names an impossible reference date among its problems and keeps the default', () => {
    const s = readSettings({ referenceDate: '2025-13-45' });
    assert.equal(s.referenceDate, '');
    assert.deepEqual(s.problems, [
      'policyPlans.referenceDate "2025-13-45" is not a date (YYYY-MM-DD); the dataset config\'s reference date or today is used',
    ]);
    assert.equal(readSettings({ referenceDate: '2024-02-29' }).referenceDate, '2024-02-29');
    assert.deepEqual(readSettings({ referenceDate: '' }).problems, []);
  });
});
