/**
 * Protocol tests: the bundled server (dist/server.js) as a child process over stdio, spoken to in
 * LSP by test/helpers/lsp-client.ts. Only protocol behaviour lives here: capabilities, document sync
 * and versions, publish and pull diagnostics, errors, and the conversion of the core's answers to LSP
 * types (offsets to line/character in UTF-16 code units, kinds, snippets, padding). What each feature
 * answers is tested in process against the core in test/features-*.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  LspClient,
  applyEdits,
  brokenSample,
  brokenSamples,
  defaultCapabilities,
  ensureBuilt,
  hoverText,
  offsetAt,
  positionAt,
  positionOf,
  tempDataset,
  type Diagnostic,
  type Range,
} from './helpers/lsp-client';
import { realisticEditTarget, realisticPlan } from './bench/realistic';

interface CompletionItem {
  label: string;
  kind?: number;
  sortText?: string;
  filterText?: string;
  detail?: string;
  preselect?: boolean;
  textEdit?: { range: Range; newText: string };
}
interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}
interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, Array<{ range: Range; newText: string }>> };
}
interface DocumentSymbol {
  name: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

/** A plan with money and a stated equivalent, a withdrawn region code and a source reference. */
const PLAN = `id: gd-test-2023
title: Test plan
jurisdiction: CN-GD
published: 2023-11-13
period: { start: 2023, end: 2025 }
status: in-force
currency: CNY
targets:
  - id: industry-scale-2025
    metric: AI industry scale
    comparator: more-than
    money: { amount: 300e9 }
    stated-equivalent: { amount: 41.12e9, currency: USD }
    deadline: 2025
    region: CN-44
    sources: [gd-gov-2023]
    status: achieved
sources:
  - id: gd-gov-2023
    title: The opinions
    published: 2023-11-13
    accessed: 2026-11-01
`;

const textIn = (text: string, r: Range) => text.slice(offsetAt(text, r.start), offsetAt(text, r.end));

let client: LspClient;
let ds: ReturnType<typeof tempDataset>;
let n = 0;
/** A fresh uri in the temporary dataset (its config fixes the reference date). */
const freshUri = (stem = 'doc') => ds.uri(`${stem}-${++n}.plan.yaml`);

before(async () => {
  ensureBuilt();
  ds = tempDataset();
  client = await LspClient.start();
});

after(async () => {
  await client?.dispose();
  ds?.remove();
});

describe('initialize', () => {
  test('advertises the capabilities of the server', () => {
    const r = client.initializeResult!;
    const caps = r.capabilities as Record<string, unknown>;
    assert.equal(r.serverInfo?.name, 'policy-plans');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: false }, 'incremental sync');
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider, 'completion');
    for (const c of [' ', ':', '-', '['])
      assert.ok(
        (caps.completionProvider as { triggerCharacters: string[] }).triggerCharacters.includes(c),
        `trigger character ${JSON.stringify(c)}`,
      );
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.inlayHintProvider, true);
    assert.equal(
      caps.diagnosticProvider,
      undefined,
      'no pull diagnostics unless the client advertises textDocument.diagnostic',
    );
  });
});

describe('diagnostics', () => {
  test('every broken sample gets exactly its rule, with version, source, codeDescription and a range', async () => {
    const samples = brokenSamples();
    assert.ok(samples.length >= 20, `found only ${samples.length} broken samples`);
    for (const s of samples) {
      const p = await client.open(s.uri, s.text, 7);
      assert.equal(p.version, 7, `${s.name}: the version of the document`);
      assert.deepEqual([...new Set(p.diagnostics.map((d) => d.code))], [s.expect], `${s.name}: codes`);
      for (const d of p.diagnostics) {
        assert.equal(d.source, 'policy-plans', s.name);
        assert.ok(d.severity && d.severity >= 1 && d.severity <= 4, `${s.name}: severity`);
        assert.ok(d.message.length > 0 && d.message.length < 200, `${s.name}: message ${d.message}`);
        const href = new URL(d.codeDescription!.href);
        assert.match(href.hash, /^#[a-z]/, `${s.name}: the href points at the rule's anchor`);
        assert.ok(d.range.start.line > 1, `${s.name}: not on the comment lines`);
        assert.ok(offsetAt(s.text, d.range.end) > offsetAt(s.text, d.range.start), `${s.name}: a non-empty range`);
        assert.ok(offsetAt(s.text, d.range.end) <= s.text.length, `${s.name}: inside the text`);
      }
      client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
    }
  });

  test('exact codes and ranges', async () => {
    const cases: Array<[string, string, string, number]> = [
      // sample, code, the text the range covers, severity
      ['region-deprecated', 'region/deprecated', 'CN-44', 2],
      ['region-unknown', 'region/unknown', 'CN-XX', 1],
      ['currency-unknown', 'currency/unknown', 'RMB', 1],
      ['deadline-invalid', 'deadline/invalid', '"2027-02-30"', 1],
      ['schema-additional-properties', 'schema/additionalProperties', 'comparater', 1],
      ['schema-enum', 'schema/enum', 'active-ish', 1],
      ['number-yaml11-style', 'number/yaml11-style', '300_000_000_000', 2],
    ];
    for (const [name, code, covered, severity] of cases) {
      const s = brokenSample(name);
      const p = await client.open(s.uri, s.text, 1);
      const d = p.diagnostics.find((x) => x.code === code);
      assert.ok(d, `${name}: ${code} in ${JSON.stringify(p.diagnostics)}`);
      assert.equal(textIn(s.text, d.range), covered, `${name}: the range`);
      const line = s.text.split('\n').findIndex((l) => l.includes(covered) && !l.startsWith('#'));
      assert.equal(d.range.start.line, line, `${name}: the line`);
      assert.equal(d.severity, severity, `${name}: severity`);
      client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
    }
  });

  test("a diagnostic's quick fix is asked for with textDocument/codeAction (it carries no data)", async () => {
    const s = brokenSample('region-deprecated');
    const p = await client.open(s.uri, s.text, 3);
    const d = p.diagnostics[0];
    assert.equal(d.code, 'region/deprecated');
    assert.ok(d.tags?.includes(2), 'tagged Deprecated');
    assert.equal(d.data, undefined);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.diagnostics?.some((x) => x.code === 'region/deprecated'));
    assert.ok(fix, JSON.stringify(actions));
    assert.match(fix.title, /CN-GD/);
    assert.equal(
      applyEdits(s.text, fix.edit!.changes![s.uri]!),
      s.text.replace('jurisdiction: CN-44', 'jurisdiction: CN-GD'),
    );
    client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  });

  test('closing a document clears its diagnostics', async () => {
    const s = brokenSample('region-unknown');
    await client.open(s.uri, s.text, 1);
    const since = client.mark();
    client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
    const p = await client.waitForDiagnostics(s.uri, undefined, { since });
    assert.deepEqual(p.diagnostics, []);
  });
});

describe('incremental edits', () => {
  test('after edits inside items, the published diagnostics are those of the same text opened afresh', async () => {
    // a realistic plan with findings before, inside and after the edited target: the check keeps the others and
    // the server reuses their converted diagnostics; nothing may differ from a whole check of the final text
    const text0 = realisticPlan(400);
    const uri = 'file:///tmp/policy-plans-protocol/realistic-edits.plan.yaml';
    let p = await client.open(uri, text0, 1);
    assert.ok(p.diagnostics.length > 5, JSON.stringify(p.diagnostics.length));
    let text = text0;
    const { itemStart } = realisticEditTarget(text);
    const edits = [
      { at: text.indexOf('metric: ', itemStart) + 'metric: '.length, insert: 'x' },
      { at: text.indexOf('\n', text.indexOf('metric: ', itemStart)) + 1, insert: '    # a new comment line\n' },
      { at: text.indexOf('value: ', itemStart) + 'value: '.length, insert: '1' },
    ];
    let version = 1;
    for (const e of edits) {
      const at = text === text0 ? e.at : e.at + (text.length - text0.length);
      const pos = positionAt(text, at);
      const since = client.mark();
      client.change(uri, ++version, [{ range: { start: pos, end: pos }, text: e.insert }]);
      text = applyEdits(text, [{ range: { start: pos, end: pos }, newText: e.insert }]);
      p = await client.waitForDiagnostics(uri, version, { since });
    }
    // the same text opened afresh under the same name (closed first: one plan id in the dataset)
    const since = client.mark();
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitForDiagnostics(uri, undefined, { since });
    const q = await client.open(uri, text, 1);
    assert.deepStrictEqual(p.diagnostics, q.diagnostics);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('range changes fix and re-break a document', async () => {
    const s = brokenSample('region-deprecated');
    const uri = s.uri;
    let text = s.text;
    let p = await client.open(uri, text, 1);
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['region/deprecated'],
    );
    const range = p.diagnostics[0].range;

    // fix: replace CN-44 by CN-GD
    let since = client.mark();
    client.change(uri, 2, [{ range, text: 'CN-GD' }]);
    text = applyEdits(text, [{ range, newText: 'CN-GD' }]);
    p = await client.waitForDiagnostics(uri, 2, { since });
    assert.deepEqual(p.diagnostics, [], 'fixed');

    // re-break: delete "GD" and type "XX" in two changes of one notification, applied in order
    since = client.mark();
    const gd = positionOf(text, 'jurisdiction: CN-GD', 17);
    client.change(uri, 3, [
      { range: { start: gd, end: { line: gd.line, character: gd.character + 2 } }, text: '' },
      { range: { start: gd, end: gd }, text: 'XX' },
    ]);
    p = await client.waitForDiagnostics(uri, 3, { since });
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['region/unknown', gd.line, gd.character - 3, gd.character + 2]],
    );

    // insert lines above: the diagnostic moves down
    since = client.mark();
    client.change(uri, 4, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '# one\n# two\n' },
    ]);
    p = await client.waitForDiagnostics(uri, 4, { since });
    assert.equal(p.diagnostics[0].range.start.line, gd.line + 2, JSON.stringify(p.diagnostics));

    // a full-text change still works
    since = client.mark();
    client.change(uri, 5, s.text);
    p = await client.waitForDiagnostics(uri, 5, { since });
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['region/deprecated'],
    );
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('columns are UTF-16 code units (astral characters count two)', async () => {
    const uri = freshUri('utf16');
    const text = PLAN.replace(
      '    sources: [gd-gov-2023]\n',
      '    sources: [gd-gov-2023]\n    quote: "🚀🚀"\n',
    ).replace(
      'sources:\n  - id: gd-gov-2023',
      'measures:\n  - { id: m, title: "🚀 rockets", regions: [CN-44] }\nsources:\n  - id: gd-gov-2023',
    );
    let p = await client.open(uri, text, 1);
    const line = text.split('\n').findIndex((l) => l.includes('rockets'));
    const col = text.split('\n')[line].indexOf('CN-44'); // JS strings are UTF-16 too
    const d = p.diagnostics.find((x) => x.code === 'region/deprecated' && x.range.start.line === line);
    assert.ok(d, JSON.stringify(p.diagnostics));
    assert.deepEqual(d.range, { start: { line, character: col }, end: { line, character: col + 5 } });
    const since = client.mark();
    client.change(uri, 2, [{ range: d.range, text: 'CN-GD' }]);
    p = await client.waitForDiagnostics(uri, 2, { since });
    assert.equal(p.diagnostics.filter((x) => x.range.start.line === line).length, 0, JSON.stringify(p.diagnostics));
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('positions in requests and answers are UTF-16 code units', () => {
  // 🚀 is one code point and two UTF-16 code units: a server counting code points would be off by two per rocket
  const text = PLAN.replace(
    'sources:\n  - id: gd-gov-2023',
    'measures:\n  - { id: m, title: "🚀🚀 rockets", regions: [CN-44], deadline: 2025 }\nsources:\n  - id: gd-gov-2023',
  );
  let uri: string;
  before(async () => {
    uri = freshUri('utf16-requests');
    await client.open(uri, text, 1);
  });

  test('a hover after astral characters: the position asked and the range answered', async () => {
    const at = text.indexOf('CN-44], deadline');
    const h = await client.request<{ contents: unknown; range?: Range } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionAt(text, at + 2),
    });
    assert.match(hoverText(h), /^\*\*CN-44\*\* — Guangdong/);
    assert.deepEqual(h?.range, { start: positionAt(text, at), end: positionAt(text, at + 5) });
    assert.equal(textIn(text, h!.range!), 'CN-44');
  });

  test('an inlay hint after astral characters sits where the value ends', async () => {
    const line = positionOf(text, 'rockets').line;
    const hints = await client.request<Array<{ position: { line: number; character: number }; label: string }>>(
      'textDocument/inlayHint',
      { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } },
    );
    const end = text.indexOf('deadline: 2025 }') + 'deadline: 2025'.length;
    assert.deepEqual(
      hints.map((h) => [h.position, h.label]),
      [[positionAt(text, end), '→ 2025-12-31']],
    );
  });
});

describe('hover', () => {
  let uri: string;
  before(async () => {
    uri = freshUri('hover');
    await client.open(uri, PLAN, 1);
  });

  // what a hover says: test/features-hover.test.ts
  test('markdown MarkupContent with the range in line/character', async () => {
    const h = await client.request<{ contents: { kind: string; value: string }; range?: Range } | null>(
      'textDocument/hover',
      { textDocument: { uri }, position: positionOf(PLAN, 'CN-GD', 2) },
    );
    assert.equal(h?.contents.kind, 'markdown');
    assert.equal(
      hoverText(h),
      '**CN-GD** — Guangdong (广东省)\n\nISO 3166-2 subdivision (Guangdong Sheng)\n\nPart of CN (China)',
    );
    assert.deepEqual(h?.range, { start: positionOf(PLAN, 'CN-GD'), end: positionOf(PLAN, 'CN-GD', 5) });
  });

  test('null past the end of the document', async () => {
    const h = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 200, character: 0 },
    });
    assert.equal(h, null);
  });
});

describe('completion', () => {
  /** Opens `text` with a `|` marking the cursor, asks for completion there. */
  async function completeAt(marked: string): Promise<CompletionList & { text: string; offset: number }> {
    const offset = marked.indexOf('|');
    assert.ok(offset >= 0, 'no | cursor');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const uri = freshUri('completion');
    await client.open(uri, text, 1);
    const r = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: positionAt(text, offset),
    });
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.ok(r && Array.isArray(r.items), 'a CompletionList');
    return { ...r, text, offset };
  }

  // which items, in which order: test/features-completion.test.ts
  test('an item: its kind, a textEdit over the typed word in line/character, filterText and sortText', async () => {
    const r = await completeAt(PLAN.replace('region: CN-44', 'region: guang|'));
    assert.equal(r.isIncomplete, false);
    const gd = r.items.find((i) => i.label === 'CN-GD');
    assert.ok(gd, JSON.stringify(r.items));
    const start = positionOf(r.text, 'guang');
    assert.deepEqual(
      { kind: gd.kind, detail: gd.detail, textEdit: gd.textEdit, filterText: gd.filterText, sortText: gd.sortText },
      {
        kind: 21,
        detail: 'Guangdong — subdivision of CN',
        textEdit: { range: { start, end: { line: start.line, character: start.character + 5 } }, newText: 'CN-GD' },
        filterText: 'guangCN-GD Guangdong',
        sortText: '0105CN-GD',
      },
    );
  });

  test('a client without snippet support gets a snippet as plain text with the placeholders filled in', async () => {
    const r = await completeAt(PLAN.replace('    status: achieved\n', '    status: achieved\n  - |\n'));
    const snippet = r.items.find((i) => i.label === 'target with money') as CompletionItem & {
      insertTextFormat?: number;
    };
    assert.deepEqual(
      {
        kind: snippet?.kind,
        insertTextFormat: snippet.insertTextFormat,
        preselect: snippet.preselect,
        newText: snippet.textEdit?.newText,
      },
      {
        kind: 15,
        insertTextFormat: 1,
        preselect: true,
        newText:
          'id: industry-scale-2027\n    metric: Core AI industry scale\n    comparator: at-least\n    money: { amount: 300e9 }\n    baseline: { money: { amount: 150e9 }, at: 2025 }\n    deadline: 2027\n    sources: [official-text]\n    quote: verbatim text of the target',
      },
    );
  });
});

describe('code actions', () => {
  // which actions, and their edits applied: test/features-inlay-codeactions.test.ts
  test('the one fix is preferred, and applying it fixes the text', async () => {
    const s = brokenSample('region-deprecated');
    const p = await client.open(s.uri, s.text, 1);
    const d = p.diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    assert.equal(actions.length, 1);
    const a = actions[0];
    assert.equal(a.title, 'Change to CN-GD');
    assert.equal(a.kind, 'quickfix');
    assert.equal(a.isPreferred, true);
    assert.equal(a.diagnostics?.[0].code, 'region/deprecated');
    const edits = a.edit!.changes![s.uri];
    const fixed = applyEdits(s.text, edits);
    assert.equal(fixed, s.text.replace('jurisdiction: CN-44', 'jurisdiction: CN-GD'));
    const since = client.mark();
    client.change(
      s.uri,
      2,
      edits.map((e) => ({ range: e.range, text: e.newText })),
    );
    assert.deepEqual((await client.waitForDiagnostics(s.uri, 2, { since })).diagnostics, []);
    client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  });

  test('no action away from any diagnostic', async () => {
    const s = brokenSample('region-deprecated');
    await client.open(s.uri, s.text, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
    client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  });
});

describe('navigation and structure', () => {
  let uri: string;
  before(async () => {
    uri = freshUri('nav');
    await client.open(uri, PLAN, 1);
  });

  // the trees and folds themselves: test/features-symbols.test.ts
  test('document symbols: LSP symbol kinds, ranges and selection ranges in line/character', async () => {
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const shape = (list: DocumentSymbol[]): unknown[] =>
      list.map((x) => [
        x.name,
        x.kind,
        x.selectionRange.start.line,
        x.selectionRange.start.character,
        x.selectionRange.end.character,
        ...(x.children?.length ? [shape(x.children)] : []),
      ]);
    // File 1, Array 18, Number 16, String 15
    assert.deepEqual(shape(syms), [
      [
        'gd-test-2023',
        1,
        0,
        4,
        16,
        [
          ['targets', 18, 7, 0, 7, [['industry-scale-2025', 16, 8, 8, 27]]],
          ['sources', 18, 17, 0, 7, [['gd-gov-2023', 15, 18, 8, 19]]],
        ],
      ],
    ]);
    assert.deepEqual(syms[0].children![0].children![0].range, {
      start: { line: 8, character: 4 },
      end: { line: 17, character: 0 },
    });
  });

  test('folding ranges: start and end lines', async () => {
    const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [7, 16],
        [8, 16],
        [17, 21],
        [18, 21],
      ],
    );
  });

  test('definition: a source id goes to its entry', async () => {
    const locs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(PLAN, '[gd-gov-2023', 4),
    });
    const entry = PLAN.indexOf('- id: gd-gov-2023') + 6;
    assert.deepEqual(locs, [
      { uri, range: { start: positionOf(PLAN, '', 0, entry), end: positionOf(PLAN, '', 0, entry + 11) } },
    ]);
  });

  test('inlay hints: deadline ends and amounts in words', async () => {
    const hints = await client.request<
      Array<{ position: { line: number; character: number }; label: string; paddingLeft?: boolean }>
    >('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const at = (needle: string) =>
      hints.find(
        (h) =>
          h.position.line === positionOf(PLAN, needle).line &&
          h.position.character === positionOf(PLAN, needle, needle.length).character,
      );
    assert.equal(at('deadline: 2025')?.label.trim(), '→ 2025-12-31');
    assert.equal(at('amount: 300e9')?.label.trim(), '= 300 billion CNY');
    assert.equal(at('end: 2025')?.label.trim(), '→ 2025-12-31');
    for (const h of hints) {
      // the client adds the padding: a label with its own leading space would be padded twice
      assert.equal(h.paddingLeft, true);
      assert.equal(
        h.label,
        h.label.trimStart(),
        `label ${JSON.stringify(h.label)} starts with a space and paddingLeft`,
      );
    }
    // only inside the requested range
    const first = await client.request<unknown[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
    });
    assert.equal(first.length, 2, 'the two period hints');
  });
});

describe('pull diagnostics', () => {
  let pull: LspClient;
  before(async () => {
    const caps = defaultCapabilities() as { textDocument: Record<string, unknown> };
    caps.textDocument.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    pull = await LspClient.start({ capabilities: caps });
  });
  after(async () => pull?.dispose());

  test('the server offers textDocument/diagnostic when the client advertises it', () => {
    const caps = pull.initializeResult!.capabilities as Record<string, unknown>;
    assert.ok(caps.diagnosticProvider, 'diagnosticProvider');
    assert.equal((caps.diagnosticProvider as { workspaceDiagnostics: boolean }).workspaceDiagnostics, false);
  });

  test('a full report with the same diagnostics, for the current version', async () => {
    const s = brokenSample('currency-unknown');
    const pushed = await pull.open(s.uri, s.text, 1);
    let r = await pull.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: s.uri },
    });
    assert.equal(r.kind, 'full');
    assert.deepEqual(r.items, pushed.diagnostics);
    assert.equal(r.items[0].code, 'currency/unknown');
    pull.change(s.uri, 2, [{ range: r.items[0].range, text: 'CNY' }]);
    r = await pull.request('textDocument/diagnostic', { textDocument: { uri: s.uri } });
    assert.deepEqual(r.items, [], 'the report follows the latest edit');
  });

  test('initializationOptions.pullDiagnostics false: push only, even when the client could pull', async () => {
    const caps = defaultCapabilities() as { textDocument: Record<string, unknown> };
    caps.textDocument.diagnostic = { dynamicRegistration: false };
    const push = await LspClient.start({ capabilities: caps, initializationOptions: { pullDiagnostics: false } });
    try {
      assert.equal((push.initializeResult!.capabilities as Record<string, unknown>).diagnosticProvider, undefined);
      const s = brokenSample('currency-unknown');
      assert.deepEqual(
        (await push.open(s.uri, s.text, 1)).diagnostics.map((d) => d.code),
        ['currency/unknown'],
      );
    } finally {
      await push.dispose();
    }
  });

  test('an unknown document: an empty full report', async () => {
    const r = await pull.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', {
      textDocument: { uri: 'file:///nowhere/x.plan.yaml' },
    });
    assert.deepEqual(r, { kind: 'full', items: [] });
  });
});

describe('several open documents of one dataset', () => {
  const plan = (id: string, extra = '') =>
    `id: ${id}\ntitle: T\njurisdiction: CN\nperiod: { start: 2026, end: 2030 }\n${extra}measures:\n  - { id: m, title: M }\nsources:\n  - { id: s, title: S }\n`;
  const codes = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => d.code);

  test('lines inserted above the plan id do not make the plan its own duplicate', async () => {
    const uri = freshUri('self');
    const text = plan('self-dup');
    assert.deepEqual(codes(await client.open(uri, text, 1)), []);
    let since = client.mark();
    client.change(uri, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# a comment\n\n' },
    ]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, 2, { since })), []);
    since = client.mark();
    client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, 3, { since })), []);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  /**
   * Waits for a publish of `uri` with these codes (sorted) from `since` on: a re-check that an earlier change
   * started (opening b re-checks a) may arrive after the mark, so the first publish is not necessarily the one wanted.
   */
  const publishedWith = async (uri: string, want: string[], since: number) => {
    const m = await client.waitFor(
      (x) =>
        x.method === 'textDocument/publishDiagnostics' &&
        (x.params as { uri: string }).uri === uri &&
        JSON.stringify(codes(x.params as { diagnostics: Diagnostic[] }).sort()) === JSON.stringify(want),
      `diagnostics ${want.join(', ') || '(none)'} for ${uri}`,
      { since },
    );
    return codes(m.params as { diagnostics: Diagnostic[] }).sort();
  };

  test('an edit in one document re-checks the others that depend on it', async () => {
    const a = freshUri('a');
    const b = freshUri('b');
    const pa = await client.open(a, plan('plan-a', 'relations:\n  - { type: implements, plan: plan-b }\n'), 1);
    assert.deepEqual(codes(pa), ['ref/unknown-plan']);
    await client.open(b, plan('plan-x'), 1);

    // b takes the id that a refers to: a's ref/unknown-plan goes away without a's own edit
    let since = client.mark();
    const idRange = { start: { line: 0, character: 4 }, end: { line: 0, character: 10 } };
    client.change(b, 2, [{ range: idRange, text: 'plan-b' }]);
    await client.waitForDiagnostics(b, 2, { since });
    assert.deepEqual(await publishedWith(a, [], since), [], 'a is re-checked');

    // b takes a's own id: both report id/duplicate
    since = client.mark();
    client.change(b, 3, [{ range: idRange, text: 'plan-a' }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(b, 3, { since })), ['id/duplicate']);
    assert.deepEqual(await publishedWith(a, ['id/duplicate', 'ref/unknown-plan'], since), [
      'id/duplicate',
      'ref/unknown-plan',
    ]);

    // closing b (never saved: gone from the dataset) clears both
    since = client.mark();
    client.notify('textDocument/didClose', { textDocument: { uri: b } });
    assert.deepEqual(await publishedWith(a, ['ref/unknown-plan'], since), ['ref/unknown-plan']);
    client.notify('textDocument/didClose', { textDocument: { uri: a } });
  });
});
