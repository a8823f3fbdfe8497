/**
 * Protocol tests: the bundled server (dist/server.js) as a child process over stdio, spoken to in
 * LSP by test/helpers/lsp-client.ts. Each feature is asserted through the protocol, as an editor
 * would see it: positions are line/character, results are LSP types.
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
    const caps = r.capabilities as Record<string, any>;
    assert.equal(r.serverInfo?.name, 'policy-plans');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: false }, 'incremental sync');
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider, 'completion');
    for (const c of [' ', ':', '-', '[']) assert.ok(caps.completionProvider.triggerCharacters.includes(c), `trigger character ${JSON.stringify(c)}`);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.inlayHintProvider, true);
    assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics unless the client advertises textDocument.diagnostic');
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

  test('quick-fix data travels with the diagnostic', async () => {
    const s = brokenSample('region-deprecated');
    const p = await client.open(s.uri, s.text, 3);
    const d = p.diagnostics[0];
    assert.equal(d.code, 'region/deprecated');
    assert.ok(d.tags?.includes(2), 'tagged Deprecated');
    const data = d.data as { version: number; fixes: Array<{ title: string; edits: Array<{ range: Range; newText: string }> }> };
    assert.equal(data.version, 3);
    assert.equal(data.fixes.length, 1);
    assert.match(data.fixes[0].title, /CN-GD/);
    assert.equal(applyEdits(s.text, data.fixes[0].edits), s.text.replace('jurisdiction: CN-44', 'jurisdiction: CN-GD'));
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
  test('range changes fix and re-break a document', async () => {
    const s = brokenSample('region-deprecated');
    const uri = s.uri;
    let text = s.text;
    let p = await client.open(uri, text, 1);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['region/deprecated']);
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
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [['region/unknown', gd.line, gd.character - 3, gd.character + 2]]);

    // insert lines above: the diagnostic moves down
    since = client.mark();
    client.change(uri, 4, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '# one\n# two\n' }]);
    p = await client.waitForDiagnostics(uri, 4, { since });
    assert.equal(p.diagnostics[0].range.start.line, gd.line + 2, JSON.stringify(p.diagnostics));

    // a full-text change still works
    since = client.mark();
    client.change(uri, 5, s.text);
    p = await client.waitForDiagnostics(uri, 5, { since });
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['region/deprecated']);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('columns are UTF-16 code units (astral characters count two)', async () => {
    const uri = freshUri('utf16');
    const text = PLAN.replace('    sources: [gd-gov-2023]\n', '    sources: [gd-gov-2023]\n    quote: "🚀🚀"\n').replace('sources:\n  - id: gd-gov-2023', 'measures:\n  - { id: m, title: "🚀 rockets", regions: [CN-44] }\nsources:\n  - id: gd-gov-2023');
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

describe('hover', () => {
  let uri: string;
  before(async () => {
    uri = freshUri('hover');
    await client.open(uri, PLAN, 1);
  });
  const hoverAt = async (needle: string, delta = 1, from = 0) => {
    const h = await client.request<{ contents: unknown; range?: Range } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(PLAN, needle, delta, from) });
    return { text: hoverText(h), range: h?.range };
  };

  test('a region code names the region', async () => {
    const h = await hoverAt('CN-GD', 2);
    assert.match(h.text, /\*\*CN-GD\*\* — Guangdong/);
    assert.match(h.text, /Part of CN/);
    assert.deepEqual(h.range, { start: positionOf(PLAN, 'CN-GD'), end: positionOf(PLAN, 'CN-GD', 5) });
  });

  test('a withdrawn region code names its successor', async () => {
    const h = await hoverAt('CN-44');
    assert.match(h.text, /CN-44.*Guangdong/);
    assert.match(h.text, /withdrawn, now \*\*CN-GD\*\*/);
  });

  test('a currency', async () => {
    const h = await hoverAt('currency: CNY', 11);
    assert.match(h.text, /\*\*CNY\*\* — Yuan Renminbi/);
    assert.match(h.text, /2 minor units/);
  });

  test('money: the amount in words and the stated equivalent', async () => {
    const h = await hoverAt('300e9');
    assert.match(h.text, /^300 billion CNY; stated as 41\.12 billion USD, implying 7\.30 CNY per USD/);
  });

  test('a deadline: its interval and the distance to the reference date', async () => {
    const h = await hoverAt('deadline: 2025', 11);
    assert.match(h.text, /\*\*Deadline\*\* year 2025: 2025-01-01 – 2025-12-31/);
    assert.match(h.text, /reference date 2026-11-27/, 'the dataset config fixes the reference date');
  });

  test("a property key: its schema title and description", async () => {
    const h = await hoverAt('metric:', 2);
    assert.match(h.text, /^\*\*Metric\*\*\n\n\S/);
    assert.deepEqual(h.range, { start: positionOf(PLAN, 'metric:'), end: positionOf(PLAN, 'metric:', 6) });
  });

  test('nothing on a comment-free blank spot', async () => {
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 200, character: 0 } });
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
    const r = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionAt(text, offset) });
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.ok(r && Array.isArray(r.items), 'a CompletionList');
    return { ...r, text, offset };
  }
  const labels = (r: CompletionList) => r.items.map((i) => i.label);
  const sorted = (r: CompletionList) => [...r.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

  test('top-level keys: only those not yet written, required ones first', async () => {
    const r = await completeAt('id: x\ntitle: X\n|\n');
    const l = labels(r);
    assert.ok(!l.includes('id') && !l.includes('title'), 'keys already present are not offered');
    for (const k of ['jurisdiction', 'period', 'sources', 'targets', 'measures', 'published', 'currency']) assert.ok(l.includes(k), `offers ${k}: ${l}`);
    const order = sorted(r).map((i) => i.label);
    const required = ['jurisdiction', 'period', 'sources'];
    const lastRequired = Math.max(...required.map((k) => order.indexOf(k)));
    for (const k of ['published', 'currency', 'status', 'issuer']) assert.ok(order.indexOf(k) > lastRequired, `${k} sorts after the required keys: ${order}`);
    const jur = r.items.find((i) => i.label === 'jurisdiction')!;
    assert.match(jur.detail ?? '', /required/);
    assert.equal(jur.textEdit?.newText, 'jurisdiction: ');
  });

  test("a target's keys inside a target", async () => {
    const r = await completeAt(PLAN.replace('    status: achieved\n', '    |\n'));
    const l = labels(r);
    for (const k of ['quote', 'status', 'baseline']) assert.ok(l.includes(k), `offers ${k}: ${l}`);
    for (const k of ['id', 'metric', 'money', 'deadline', 'jurisdiction', 'title']) assert.ok(!l.includes(k), `does not offer ${k}`);
  });

  test('a new target item: required keys first', async () => {
    const r = await completeAt(PLAN.replace('    status: achieved\n', '    status: achieved\n  - |\n'));
    const order = sorted({ ...r, items: r.items.filter((i) => i.kind !== 15) }).map((i) => i.label);
    assert.ok(r.items.some((i) => i.kind === 15 && i.label === 'target with money'), 'a snippet for a whole target');
    for (const k of ['id', 'metric', 'deadline']) assert.ok(order.includes(k), `offers ${k}: ${order}`);
    assert.ok(order.indexOf('quote') > Math.max(order.indexOf('id'), order.indexOf('metric'), order.indexOf('deadline')), `required first: ${order}`);
  });

  test('region codes by code: CN-G', async () => {
    const r = await completeAt(PLAN.replace('region: CN-44', 'region: CN-G|'));
    const l = labels(r);
    assert.ok(l.includes('CN-GD'), `CN-GD in ${l}`);
    assert.ok(l.every((x) => x.startsWith('CN-G')), `only CN-G…: ${l}`);
    const gd = r.items.find((i) => i.label === 'CN-GD')!;
    assert.match(gd.detail ?? '', /Guangdong/);
    assert.equal(textIn(r.text, gd.textEdit!.range), 'CN-G', 'replaces the partial code');
  });

  test('region codes by name: guang', async () => {
    const r = await completeAt(PLAN.replace('region: CN-44', 'region: guang|'));
    const gd = r.items.find((i) => i.label === 'CN-GD');
    assert.ok(gd, `CN-GD in ${labels(r)}`);
    assert.equal(gd.textEdit?.newText, 'CN-GD');
    assert.equal(textIn(r.text, gd.textEdit!.range), 'guang');
    // editors filter on filterText (or the label) with the typed word: it must survive that
    assert.ok((gd.filterText ?? gd.label).toLowerCase().startsWith('guang'), `filterText ${gd.filterText}`);
  });

  test('currencies, and the everyday word RMB → CNY', async () => {
    let r = await completeAt(PLAN.replace('currency: CNY', 'currency: |'));
    assert.ok(labels(r).includes('CNY') && labels(r).includes('USD') && labels(r).includes('EUR'));
    assert.equal(sorted(r)[0].label, 'CNY', 'the common currencies sort first');
    r = await completeAt(PLAN.replace('currency: CNY', 'currency: RMB|'));
    const cny = r.items.find((i) => i.label === 'CNY');
    assert.ok(cny?.preselect, `CNY preselected for RMB: ${JSON.stringify(r.items.slice(0, 3))}`);
    assert.equal(textIn(r.text, cny.textEdit!.range), 'RMB');
  });

  test('deadline forms: year, quarter, month, date', async () => {
    const r = await completeAt(PLAN.replace('deadline: 2025', 'deadline: |'));
    assert.deepEqual(labels(r), ['2025', '"2025-Q4"', '"2025-06"', '"2025-12-31"']);
  });

  test('source ids inside sources: [', async () => {
    const r = await completeAt(PLAN.replace('sources: [gd-gov-2023]', 'sources: [|'));
    assert.deepEqual(labels(r), ['gd-gov-2023']);
    assert.equal(r.items[0].detail, 'The opinions');
  });

  test('enum values: a target status', async () => {
    const r = await completeAt(PLAN.replace('status: achieved', 'status: |'));
    assert.deepEqual(labels(r).sort(), ['achieved', 'active', 'missed', 'revised', 'withdrawn']);
  });

  test('nothing inside a comment', async () => {
    const r = await completeAt('# a comment |\nid: x\n');
    assert.deepEqual(r.items, []);
  });
});

describe('code actions', () => {
  test('the one fix is preferred, and applying it fixes the text', async () => {
    const s = brokenSample('region-deprecated');
    const p = await client.open(s.uri, s.text, 1);
    const d = p.diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.uri }, range: d.range, context: { diagnostics: [d] } });
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
    client.change(s.uri, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
    assert.deepEqual((await client.waitForDiagnostics(s.uri, 2, { since })).diagnostics, []);
    client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  });

  test('several suggestions: none preferred', async () => {
    const s = brokenSample('region-unknown');
    const p = await client.open(s.uri, s.text, 1);
    const d = p.diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.uri }, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.length > 1, JSON.stringify(actions));
    assert.ok(actions.every((a) => a.isPreferred === false));
    assert.match(actions[0].title, /CN-GX/);
    client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  });

  test("every sample's first fix removes its finding", async () => {
    let fixable = 0;
    for (const s of brokenSamples()) {
      const p = await client.open(s.uri, s.text, 1);
      const d = p.diagnostics.find((x) => x.code === s.expect)!;
      // an empty range at the start of the diagnostic (a cursor) is enough
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.uri }, range: { start: d.range.start, end: d.range.start }, context: { diagnostics: [] } });
      const hasData = !!(d.data as { fixes?: unknown[] } | undefined)?.fixes?.length;
      assert.equal(actions.length > 0, hasData, `${s.name}: actions exactly when the diagnostic carries fixes`);
      if (actions.length) {
        fixable++;
        assert.equal(actions.some((a) => a.isPreferred), actions.length === 1, `${s.name}: preferred iff one fix`);
        const edits = actions[0].edit!.changes![s.uri];
        const since = client.mark();
        client.change(s.uri, 2, [...edits].reverse().map((e) => ({ range: e.range, text: e.newText })));
        const after = await client.waitForDiagnostics(s.uri, 2, { since });
        assert.ok(!after.diagnostics.some((x) => x.code === s.expect), `${s.name}: ${s.expect} is gone after "${actions[0].title}": ${JSON.stringify(after.diagnostics)}`);
      }
      client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
    }
    assert.ok(fixable >= 5, `only ${fixable} samples have a quick fix`);
  });

  test('no action away from any diagnostic', async () => {
    const s = brokenSample('region-deprecated');
    await client.open(s.uri, s.text, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, context: { diagnostics: [] } });
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

  test('document symbols: the plan, its sections and their items', async () => {
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(syms.length, 1);
    assert.equal(syms[0].name, 'gd-test-2023');
    assert.deepEqual(syms[0].selectionRange, { start: positionOf(PLAN, 'gd-test-2023'), end: positionOf(PLAN, 'gd-test-2023', 12) });
    const sections = syms[0].children!.map((c) => [c.name, c.children!.map((x) => x.name)]);
    assert.deepEqual(sections, [
      ['targets', ['industry-scale-2025']],
      ['sources', ['gd-gov-2023']],
    ]);
    const target = syms[0].children![0].children![0];
    assert.equal(target.range.start.line, positionOf(PLAN, '- id: industry').line);
    assert.ok(target.range.end.line >= positionOf(PLAN, 'status: achieved').line);
  });

  test('folding ranges: the lists and their items', async () => {
    const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    const targets = positionOf(PLAN, 'targets:').line;
    const sources = positionOf(PLAN, '\nsources:', 1).line;
    assert.ok(ranges.some((r) => r.startLine === targets && r.endLine === sources - 1), `targets folds to the line before sources: ${JSON.stringify(ranges)}`);
    assert.ok(ranges.some((r) => r.startLine === targets + 1 && r.endLine === sources - 1), 'the target item folds');
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
  });

  test('definition: a source id goes to its entry', async () => {
    const locs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/definition', { textDocument: { uri }, position: positionOf(PLAN, '[gd-gov-2023', 4) });
    const entry = PLAN.indexOf('- id: gd-gov-2023') + 6;
    assert.deepEqual(locs, [{ uri, range: { start: positionOf(PLAN, '', 0, entry), end: positionOf(PLAN, '', 0, entry + 11) } }]);
  });

  test('definition: nothing on a plain value', async () => {
    const locs = await client.request('textDocument/definition', { textDocument: { uri }, position: positionOf(PLAN, 'AI industry', 2) });
    assert.deepEqual(locs, []);
  });

  test('inlay hints: deadline ends and amounts in words', async () => {
    const hints = await client.request<Array<{ position: { line: number; character: number }; label: string; paddingLeft?: boolean }>>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const at = (needle: string) => hints.find((h) => h.position.line === positionOf(PLAN, needle).line && h.position.character === positionOf(PLAN, needle, needle.length).character);
    assert.equal(at('deadline: 2025')?.label.trim(), '→ 2025-12-31');
    assert.equal(at('amount: 300e9')?.label.trim(), '= 300 billion CNY');
    assert.equal(at('end: 2025')?.label.trim(), '→ 2025-12-31');
    for (const h of hints) {
      // the client adds the padding: a label with its own leading space would be padded twice
      assert.equal(h.paddingLeft, true);
      assert.equal(h.label, h.label.trimStart(), `label ${JSON.stringify(h.label)} starts with a space and paddingLeft`);
    }
    // only inside the requested range
    const first = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } });
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
    const caps = pull.initializeResult!.capabilities as Record<string, any>;
    assert.ok(caps.diagnosticProvider, 'diagnosticProvider');
    assert.equal(caps.diagnosticProvider.workspaceDiagnostics, false);
  });

  test('a full report with the same diagnostics, for the current version', async () => {
    const s = brokenSample('currency-unknown');
    const pushed = await pull.open(s.uri, s.text, 1);
    let r = await pull.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: s.uri } });
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
      assert.deepEqual((await push.open(s.uri, s.text, 1)).diagnostics.map((d) => d.code), ['currency/unknown']);
    } finally {
      await push.dispose();
    }
  });

  test('an unknown document: an empty full report', async () => {
    const r = await pull.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/x.plan.yaml' } });
    assert.deepEqual(r, { kind: 'full', items: [] });
  });
});

describe('several open documents of one dataset', () => {
  const plan = (id: string, extra = '') => `id: ${id}\ntitle: T\njurisdiction: CN\nperiod: { start: 2026, end: 2030 }\n${extra}measures:\n  - { id: m, title: M }\nsources:\n  - { id: s, title: S }\n`;
  const codes = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => d.code);

  test('lines inserted above the plan id do not make the plan its own duplicate', async () => {
    const uri = freshUri('self');
    const text = plan('self-dup');
    assert.deepEqual(codes(await client.open(uri, text, 1)), []);
    let since = client.mark();
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# a comment\n\n' }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, 2, { since })), []);
    since = client.mark();
    client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, 3, { since })), []);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  test('an edit in one document re-checks the others that depend on it', async () => {
    const a = freshUri('a');
    const b = freshUri('b');
    let pa = await client.open(a, plan('plan-a', 'relations:\n  - { type: implements, plan: plan-b }\n'), 1);
    assert.deepEqual(codes(pa), ['ref/unknown-plan']);
    await client.open(b, plan('plan-x'), 1);

    // b takes the id that a refers to: a's ref/unknown-plan goes away without a's own edit
    let since = client.mark();
    const idRange = { start: { line: 0, character: 4 }, end: { line: 0, character: 10 } };
    client.change(b, 2, [{ range: idRange, text: 'plan-b' }]);
    await client.waitForDiagnostics(b, 2, { since });
    pa = await client.waitForDiagnostics(a, 1, { since });
    assert.deepEqual(codes(pa), [], 'a is re-checked');

    // b takes a's own id: both report id/duplicate
    since = client.mark();
    client.change(b, 3, [{ range: idRange, text: 'plan-a' }]);
    assert.deepEqual(codes(await client.waitForDiagnostics(b, 3, { since })), ['id/duplicate']);
    pa = await client.waitForDiagnostics(a, 1, { since });
    assert.deepEqual(codes(pa).sort(), ['id/duplicate', 'ref/unknown-plan']);

    // closing b (never saved: gone from the dataset) clears both
    since = client.mark();
    client.notify('textDocument/didClose', { textDocument: { uri: b } });
    pa = await client.waitForDiagnostics(a, 1, { since });
    assert.deepEqual(codes(pa), ['ref/unknown-plan']);
    client.notify('textDocument/didClose', { textDocument: { uri: a } });
  });
});
