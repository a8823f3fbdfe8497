/**
 * Workspace trust, the server side: with `initializationOptions.trusted === false` the server reads nothing
 * that could change its behaviour from the workspace: no dataset config (rules, reference date, plan-files,
 * region-files, exclude, schema associations) and no custom schemas (neither associations nor `# $schema`
 * comments). Built-in schemas and rules still work. The same folder, trusted, shows all of it. Through the
 * language server.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LspClient, ROOT, ensureBuilt, type PublishDiagnosticsParams } from './helpers/lsp-client';

const GD_2023 = fs.readFileSync(path.join(ROOT, 'samples', 'cn-gd-general-ai-2023.plan.yaml'), 'utf8');
const GD_2018 = fs.readFileSync(path.join(ROOT, 'samples', 'cn-gd-ai-2018.plan.yaml'), 'utf8');

let dir: string;
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const messages = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}: ${d.message}`);

before(() => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-trust-'));
  const files: Record<string, string> = {
    // every kind of setting the config can carry
    'policy-plans.config.yaml': [
      'reference-date: 2024-06-01',
      'rules:',
      '  region/unknown: "off"',
      'plan-files: ["plans/*.yaml"]',
      'schemas:',
      '  - { schema: ./strict.json, files: ["*.plan.yaml", "data/*.yaml"] }',
      '',
    ].join('\n'),
    'strict.json': JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', required: ['summary'] }),
    'comment.json': JSON.stringify({ required: ['from-comment'] }),
    'gd.plan.yaml': GD_2023,
    // a plan only through plan-files: the 2023 plan's relation to cn-gd-ai-2018 resolves only if the index reads the config
    'plans/gd-2018.yaml': GD_2018,
    'data/indicator.yaml': 'id: x\n',
    'commented.yaml': '# $schema: ./comment.json\nid: y\n',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function server(trusted: boolean): Promise<LspClient> {
  const c = await LspClient.start({
    initializationOptions: { trusted },
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'trust' }],
  });
  // the workspace index is built after initialized; wait until it has reported
  await c
    .waitFor(
      (m) =>
        m.method === 'window/logMessage' && /indexed \d+ files/.test(String((m.params as { message: string }).message)),
      'the index',
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  return c;
}

async function open(c: LspClient, name: string): Promise<PublishDiagnosticsParams> {
  return c.open(uri(name), fs.readFileSync(path.join(dir, name), 'utf8'), 1);
}

describe('a trusted workspace', () => {
  let c: LspClient;
  before(async () => {
    c = await server(true);
  });
  after(async () => c?.dispose());

  test('the dataset config applies: rules, reference date, plan-files, schema associations, $schema comments', async () => {
    const gd = await open(c, 'gd.plan.yaml');
    assert.ok(messages(gd).includes('schema/required: missing required property "summary"'), 'the associated schema');
    assert.ok(!codes(gd).includes('region/unknown'), 'rule turned off by the config');
    assert.ok(!codes(gd).includes('deadline/passed'), 'the config’s reference date (2024-06-01): 2025 has not passed');
    assert.ok(
      !messages(gd).some((m) => m.includes('cn-gd-ai-2018')),
      'plans/gd-2018.yaml is a plan of the dataset (plan-files)',
    );
    assert.ok(codes(await open(c, 'plans/gd-2018.yaml')).length > 0, 'checked as a plan');
    assert.deepEqual(messages(await open(c, 'data/indicator.yaml')), [
      'schema/required: missing required property "summary"',
    ]);
    assert.deepEqual(messages(await open(c, 'commented.yaml')), [
      'schema/required: missing required property "from-comment"',
    ]);
  });
});

describe('an untrusted workspace (initializationOptions.trusted: false)', () => {
  let c: LspClient;
  before(async () => {
    c = await server(false);
  });
  after(async () => c?.dispose());

  test('no dataset config: its rules, reference date and plan-files do not apply; built-in schemas and rules still do', async () => {
    const gd = await open(c, 'gd.plan.yaml');
    assert.ok(codes(gd).includes('region/unknown'), 'the default severity, not the config’s "off"');
    assert.ok(codes(gd).includes('deadline/passed'), 'today, not the config’s reference date');
    assert.ok(
      messages(gd).some((m) => m.startsWith('ref/unknown-plan') && m.includes('cn-gd-ai-2018')),
      'plans/gd-2018.yaml is not a plan: the index did not read plan-files',
    );
    const broken = await c.open(uri('broken.plan.yaml'), 'id: Not Kebab\ntitle: x\n', 1);
    assert.ok(
      codes(broken).includes('schema/pattern') && codes(broken).includes('schema/required'),
      'built-in schemas',
    );
    assert.deepEqual(codes(await open(c, 'plans/gd-2018.yaml')), [], 'not a plan without plan-files');
  });

  test('no custom schemas: neither associations nor `# $schema` comments are loaded', async () => {
    const gd = await open(c, 'gd.plan.yaml');
    assert.ok(!messages(gd).some((m) => m.includes('summary')), messages(gd).join('\n'));
    assert.deepEqual(codes(await open(c, 'data/indicator.yaml')), []);
    assert.deepEqual(codes(await open(c, 'commented.yaml')), []);
  });

  test('editing the dataset config in the editor changes nothing either', async () => {
    const since = c.mark();
    c.notify('textDocument/didOpen', {
      textDocument: {
        uri: uri('policy-plans.config.yaml'),
        languageId: 'yaml',
        version: 1,
        text: 'rules:\n  deadline/passed: "off"\n  region/unknown: "off"\n',
      },
    });
    await c.waitForDiagnostics(uri('policy-plans.config.yaml'), 1, { since });
    const r = await c.request<{ items: Array<{ code: string }> }>('textDocument/diagnostic', {
      textDocument: { uri: uri('gd.plan.yaml') },
    });
    assert.ok(r.items.some((d) => d.code === 'deadline/passed'));
    assert.ok(r.items.some((d) => d.code === 'region/unknown'));
  });
});
