/**
 * The editor features of issue 15 through the protocol (the built server over stdio): formatting (document,
 * range, on-type), document links, selection ranges, document highlight, code lens and prepareRename's
 * refusal, in a temporary dataset of two plans and a region registry. The capabilities are checked against
 * what yaml-language-server advertises.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  LspClient,
  LspError,
  applyEdits,
  ensureBuilt,
  fileUri,
  positionOf,
  tempDataset,
  type Range,
} from './helpers/lsp-client';

const OLD = `id: cn-gd-ai-2018
title: Older plan
jurisdiction: CN-GD
period: { start: 2018, end: 2020 }
targets:
  - { id: a-2020, metric: A, outcome: O, deadline: 2020, sources: [gov] }
sources:
  - { id: gov, title: G, url: "https://www.gd.gov.cn/" }
`;

const NEW = `id: cn-gd-ai-2023
title: Newer plan
jurisdiction: CN-GD
period: { start: 2023, end: 2025 }
relations:
  - { type: supersedes, plan: cn-gd-ai-2018 }
measures:
  - { id: m, title: M, regions: [shenzhen], deadline: 2025 }
sources:
  - id: gov
    title: G
    url: https://www.gd.gov.cn/
`;

const REGIONS = `regions:
  - { id: shenzhen, name: Shenzhen, parent: CN-GD }
`;

let client: LspClient;
const ds = tempDataset({ 'old.plan.yaml': OLD, 'new.plan.yaml': NEW, 'dataset.regions.yaml': REGIONS });

before(async () => {
  ensureBuilt();
  client = await LspClient.start({
    workspaceFolders: [{ uri: fileUri(ds.dir), name: 'ws' }],
    rootUri: fileUri(ds.dir),
  });
  await client.waitFor(
    (m) => m.method === 'window/logMessage' && /indexed \d+ files/.test((m.params as { message: string }).message),
    'the index',
  );
});

after(async () => {
  await client.dispose();
  ds.remove();
});

test('initialize advertises every provider yaml-language-server 2.0.0 advertises', () => {
  const caps = client.initializeResult!.capabilities as Record<string, unknown>;
  for (const k of [
    'hoverProvider',
    'completionProvider',
    'documentSymbolProvider',
    'foldingRangeProvider',
    'definitionProvider',
    'codeActionProvider',
    'documentFormattingProvider',
    'documentRangeFormattingProvider',
    'documentOnTypeFormattingProvider',
    'documentLinkProvider',
    'selectionRangeProvider',
    'codeLensProvider',
  ]) {
    assert.ok(caps[k], `${k} advertised`);
  }
  assert.deepEqual(caps.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
  assert.equal(caps.documentHighlightProvider, true);
});

describe('formatting', () => {
  const messy =
    'id: messy-2023\ntitle:   Messy   # t\nperiod: {start: 2023, end: 2025}\nsources:\n- id: s\n  url: https://example.org/\n';
  const uri = ds.uri('messy.plan.yaml');
  test('document formatting returns the edits of the formatted text', async () => {
    await client.open(uri, messy);
    const edits = await client.request<Array<{ range: Range; newText: string }>>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.equal(
      applyEdits(messy, edits),
      'id: messy-2023\ntitle: Messy   # t\nperiod: { start: 2023, end: 2025 }\nsources:\n  - id: s\n    url: https://example.org/\n',
    );
  });
  test('range formatting touches only the lines of the range', async () => {
    const start = positionOf(messy, 'period');
    const edits = await client.request<Array<{ range: Range; newText: string }>>('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start, end: { line: start.line, character: 5 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.equal(applyEdits(messy, edits), messy.replace('{start: 2023, end: 2025}', '{ start: 2023, end: 2025 }'));
  });
  test('on-type formatting indents after a newline under targets:', async () => {
    const text = 'id: x\ntargets:\n\n';
    const u = ds.uri('ontype.plan.yaml');
    await client.open(u, text);
    const edits = await client.request<Array<{ range: Range; newText: string }>>('textDocument/onTypeFormatting', {
      textDocument: { uri: u },
      position: { line: 2, character: 0 },
      ch: '\n',
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(edits, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '  ' },
    ]);
  });
});

describe('links, selection, highlight, code lens, rename refusal', () => {
  const newUri = () => ds.uri('new.plan.yaml');
  before(async () => {
    await client.open(newUri(), NEW);
  });

  test('document links: the relation to the other plan file at its id line, the region entry, the source url', async () => {
    const links = await client.request<Array<{ range: Range; target: string; tooltip: string }>>(
      'textDocument/documentLink',
      { textDocument: { uri: newUri() } },
    );
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.target.replace(fileUri(ds.dir), '<ds>'), l.tooltip]),
      [
        [5, '<ds>/old.plan.yaml#L1', 'Open the plan cn-gd-ai-2018: Older plan'],
        [7, '<ds>/dataset.regions.yaml#L2', 'Open the region shenzhen in the registry'],
        [11, 'https://www.gd.gov.cn/', 'Open the source gov'],
      ],
    );
  });

  test('selection ranges: value, pair, mapping, item, list, pair of measures, document', async () => {
    const pos = positionOf(NEW, 'title: M', 7);
    const [sel] = await client.request<Array<{ range: Range; parent?: unknown }>>('textDocument/selectionRange', {
      textDocument: { uri: newUri() },
      positions: [pos],
    });
    const lines: string[] = [];
    for (let s: { range: Range; parent?: unknown } | undefined = sel; s; s = s.parent as typeof s)
      lines.push(`${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`);
    assert.deepEqual(lines, ['7:20-7:21', '7:13-7:21', '7:4-7:60', '7:2-7:60', '6:0-7:60', '0:0-11:31', '0:0-12:0']);
  });

  test('document highlight: the dataset region under the cursor, its one use in this file', async () => {
    const hs = await client.request<Array<{ range: Range; kind: number }>>('textDocument/documentHighlight', {
      textDocument: { uri: newUri() },
      position: positionOf(NEW, 'shenzhen', 2),
    });
    assert.deepEqual(
      hs.map((h) => [h.range.start.line, h.range.start.character, h.kind]),
      [[7, 33, 2]],
    );
  });

  test('code lens on the other plan: referenced by 1 plan · 1 target, a click lists the relation', async () => {
    const oldUri = ds.uri('old.plan.yaml');
    await client.open(oldUri, OLD);
    const lenses = await client.request<
      Array<{ range: Range; command: { title: string; command: string; arguments: unknown[] } }>
    >('textDocument/codeLens', { textDocument: { uri: oldUri } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command.title, 'referenced by 1 plan · 1 target');
    assert.equal(lenses[0].command.command, 'policyPlans.showReferences');
    const locations = lenses[0].command.arguments[2] as Array<{ uri: string; range: Range }>;
    assert.deepEqual(
      locations.map((l) => [path.basename(l.uri), l.range.start.line]),
      [['new.plan.yaml', 5]],
    );
  });

  test('"Add property deadline" carries the snippet edit with a placeholder for the VS Code client', async () => {
    const text = OLD.replace(', deadline: 2020', '').replace('cn-gd-ai-2018', 'cn-gd-ai-2019');
    const uri = ds.uri('nodeadline.plan.yaml');
    const p = await client.open(uri, text);
    const d = p.diagnostics.find((x) => x.code === 'schema/required')!;
    assert.equal(d.message, 'missing required property "deadline" in target a-2020');
    const actions = await client.request<
      Array<{
        title: string;
        edit: { changes: Record<string, Array<{ newText: string }>> };
        data?: { snippetEdits: Array<{ newText: string }> };
      }>
    >('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const add = actions.find((a) => a.title === 'Add property "deadline"')!;
    assert.deepEqual(
      add.edit.changes[uri].map((e) => e.newText),
      [', deadline: '],
    );
    assert.deepEqual(
      add.data?.snippetEdits.map((e) => e.newText),
      [', deadline: ${1:2025}'],
    );
  });

  test('prepareRename on an ISO code says why not', async () => {
    await assert.rejects(
      client.request('textDocument/prepareRename', {
        textDocument: { uri: newUri() },
        position: positionOf(NEW, 'CN-GD', 2),
      }),
      (e: unknown) =>
        e instanceof LspError &&
        e.message.startsWith(
          'CN-GD is an ISO 3166 code, not a dataset region: it cannot be renamed (choose another code instead)',
        ),
    );
  });
});
