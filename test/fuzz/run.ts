/**
 * A seeded fuzzer for the language server's incremental sync: random edits (insertions of YAML tokens,
 * deletions, replacements, line duplications, several changes in one notification, now and then the whole
 * text) to the samples and the YAML test suite's inputs, opened as plans, region registries or dataset
 * configs, sent as didChange. After each batch the server must
 * be alive, and its diagnostics for the edited document must equal those of a fresh open of the same text
 * under a second uri (both pulled after the fresh open, so both see the same dataset).
 *
 *   node --import tsx test/fuzz/run.ts [--minutes N | --edits N] [--seed S] [--batch N]
 *
 * A failure prints the seed and writes the document before and after the batch, with the edits, to
 * test-output/fuzz-failure-<seed>-<n>.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, ROOT, ensureBuilt, type Diagnostic } from '../helpers/lsp-client';

export interface FuzzOptions {
  seed: number;
  /** Stop after this many edits … */
  edits?: number;
  /** … or after this many milliseconds (whichever comes first). */
  ms?: number;
  /** Edits per batch (default 40). */
  batch?: number;
  log?: (line: string) => void;
}

export interface FuzzStats {
  seed: number;
  edits: number;
  notifications: number;
  batches: number;
  comparisons: number;
  documents: number;
  ms: number;
  failures: string[];
}

/** mulberry32: small, fast, good enough, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONFORMANCE = path.resolve(__dirname, '../../../shared/conformance/yaml-test-suite');

/** The texts to start from: every sample, then the YAML test suite's inputs (when the folder is there). */
export function corpus(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const add = (dir: string, filter: RegExp, prefix: string) => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir).sort())
      if (filter.test(f)) out.push({ name: `${prefix}${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
  };
  add(path.join(ROOT, 'samples'), /\.ya?ml$/, 'samples/');
  add(path.join(ROOT, 'samples', 'broken'), /\.ya?ml$/, 'samples/broken/');
  if (fs.existsSync(CONFORMANCE)) {
    for (const d of fs.readdirSync(CONFORMANCE).sort()) {
      if (!/^[0-9A-Z]{4}$/.test(d)) continue;
      const f = path.join(CONFORMANCE, d, 'in.yaml');
      if (fs.existsSync(f)) out.push({ name: `yaml-test-suite/${d}`, text: fs.readFileSync(f, 'utf8') });
      else
        for (const s of fs.readdirSync(path.join(CONFORMANCE, d)).sort())
          if (fs.existsSync(path.join(CONFORMANCE, d, s, 'in.yaml')))
            out.push({
              name: `yaml-test-suite/${d}/${s}`,
              text: fs.readFileSync(path.join(CONFORMANCE, d, s, 'in.yaml'), 'utf8'),
            });
    }
  }
  return out;
}

/** Pieces of YAML and of plans, and of trouble. */
const SNIPPETS = [
  ': ',
  '- ',
  '\n',
  '\n  ',
  '  ',
  '    ',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '"',
  "'",
  '# ',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '---\n',
  '...\n',
  '? ',
  '|\n',
  '>-\n',
  '!!str ',
  '!!int ',
  '!!binary ',
  '<<: ',
  '%YAML 1.2\n',
  'null',
  '~',
  'true',
  '.nan',
  '0x1F',
  '1e9',
  '300_000',
  '3,000',
  '-',
  ':',
  'id: ',
  'title: x',
  'jurisdiction: CN-GD',
  'CN-44',
  'CN-XX',
  'EU',
  'shenzhen',
  'currency: RMB',
  'amount: 1.234',
  'deadline: 2025-02-30',
  '2025-Q4',
  '2025-13',
  'status: in-force',
  'comparator: more-than',
  'quantity: { value: 5, unit: GW }',
  'money: { amount: 300e9 }',
  'sources: [gd-gov-2023]',
  'relations:\n  - { type: supersedes, plan: cn-gd-ai-2018 }\n',
  'targets:\n  - id: t\n    metric: m\n    deadline: 2025\n    outcome: x\n',
  'measures:\n  - id: m\n    title: t\n',
  '__proto__: 1\n',
  'constructor: ',
  '中',
  '粤府〔2023〕90号',
  '😀',
  'é',
  '\u200b',
  '\t',
  '\r\n',
  '\r',
  '\\',
  '\u0000',
  '\ud83d',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

/** A random edit: [start offset, end offset, new text] on the current text. */
function randomEdit(r: () => number, text: string): [number, number, string] {
  const len = text.length;
  const at = Math.floor(r() * (len + 1));
  const op = r();
  if (op < 0.45) return [at, at, pick(r, SNIPPETS)];
  if (op < 0.65) return [at, Math.min(len, at + 1 + Math.floor(r() * 12)), ''];
  if (op < 0.8) return [at, Math.min(len, at + 1 + Math.floor(r() * 6)), pick(r, SNIPPETS)];
  if (op < 0.9) {
    // duplicate (or move) a line
    const ls = text.lastIndexOf('\n', at - 1) + 1;
    let le = text.indexOf('\n', at);
    if (le < 0) le = len;
    const line = text.slice(ls, le);
    return [ls, ls, `${line}\n`];
  }
  if (op < 0.97) {
    // retype a word: delete a run of letters and type something else
    let s = at;
    while (s > 0 && /\w/.test(text[s - 1])) s--;
    let e = at;
    while (e < len && /\w/.test(text[e])) e++;
    return [s, e, pick(r, ['id', 'targets', 'CN-GD', 'cn-gd-ai-2018', 'deadline', '2026', 'x', ''])];
  }
  // a random printable character
  return [at, at, String.fromCharCode(32 + Math.floor(r() * 95))];
}

/**
 * Diagnostics as comparable data. The two documents see each other (same plan id): each names the other,
 * by uri in related locations and by file name in messages, so both names become one placeholder; and the
 * document version that quick-fix data carries is left out (the copy is at version 1).
 */
function normalise(ds: Diagnostic[], names: string[]): unknown {
  let json = JSON.stringify(ds);
  for (const n of [...names, ...names.map((u) => u.slice(u.lastIndexOf('/') + 1))])
    json = json.split(JSON.stringify(n).slice(1, -1)).join('<document>');
  const out = JSON.parse(json) as Diagnostic[];
  for (const d of out)
    if (d.data && typeof d.data === 'object' && 'version' in d.data) delete (d.data as { version?: unknown }).version;
  return out;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  const log = options.log ?? (() => undefined);
  const r = rng(options.seed);
  const started = Date.now();
  const maxEdits = options.edits ?? Infinity;
  const maxMs = options.ms ?? Infinity;
  const batchSize = options.batch ?? 40;
  const texts = corpus();
  const stats: FuzzStats = {
    seed: options.seed,
    edits: 0,
    notifications: 0,
    batches: 0,
    comparisons: 0,
    documents: 0,
    ms: 0,
    failures: [],
  };
  ensureBuilt();
  let client = await LspClient.start();
  try {
    let docNo = 0;
    while (stats.edits < maxEdits && Date.now() - started < maxMs) {
      // a document: a sample or a suite input, opened as a plan so that every rule runs
      const source = docNo < 10 ? texts[docNo % texts.length] : pick(r, texts);
      docNo++;
      stats.documents++;
      // mostly plans; also region registries and dataset configs (each config in a folder of its own)
      const kind = r();
      const name = (role: string) =>
        kind < 0.8
          ? `file:///fuzz/${role}-${docNo}.plan.yaml`
          : kind < 0.9
            ? `file:///fuzz/${role}-${docNo}.regions.yaml`
            : `file:///fuzz/${role}-${docNo}/policy-plans.config.yaml`;
      const uri = name('doc');
      let mirror = TextDocument.create(uri, 'yaml', 1, source.text);
      await client.open(uri, source.text, 1);
      // batches on this document
      const batches = 1 + Math.floor(r() * 4);
      for (let b = 0; b < batches && stats.edits < maxEdits && Date.now() - started < maxMs; b++) {
        const before = mirror.getText();
        const sent: unknown[] = [];
        // now and then after every edit a request, so each version is parsed (incrementally) on its own
        const syncEach = r() < 0.3;
        for (let i = 0; i < batchSize && stats.edits < maxEdits; i++) {
          const n = r() < 0.15 ? 2 + Math.floor(r() * 3) : 1;
          const changes: Array<{ range?: { start: unknown; end: unknown }; text: string }> = [];
          if (r() < 0.01) {
            changes.push({ text: pick(r, texts).text });
            mirror = TextDocument.update(mirror, changes as never, mirror.version + 1);
          } else {
            // changes in one notification apply one after the other, each to the text the previous left
            // (TextDocument.update changes the document it is given: work on a copy)
            let scratch = TextDocument.create(uri, 'yaml', mirror.version, mirror.getText());
            for (let k = 0; k < n; k++) {
              const [s, e, t] = randomEdit(r, scratch.getText());
              const change = { range: { start: scratch.positionAt(s), end: scratch.positionAt(e) }, text: t };
              changes.push(change);
              scratch = TextDocument.update(scratch, [change], scratch.version);
            }
            mirror = TextDocument.update(mirror, changes as never, mirror.version + 1);
          }
          client.notify('textDocument/didChange', {
            textDocument: { uri, version: mirror.version },
            contentChanges: changes,
          });
          sent.push(changes);
          stats.edits += changes.length;
          stats.notifications++;
          if (syncEach && r() < 0.5)
            await client.request('textDocument/documentSymbol', { textDocument: { uri } }, 30_000);
        }
        stats.batches++;
        // the same text under a second uri; both pulled after it is open (so both see the same dataset)
        const text = mirror.getText();
        const fresh = name(`fresh-${b}`);
        await client.open(fresh, text, 1);
        const [edited, reference] = await Promise.all([
          client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, 30_000),
          client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: fresh } }, 30_000),
        ]);
        client.notify('textDocument/didClose', { textDocument: { uri: fresh } });
        stats.comparisons++;
        const a = JSON.stringify(normalise(edited.items, [uri, fresh]));
        const want = JSON.stringify(normalise(reference.items, [uri, fresh]));
        if (a !== want) {
          const out = path.join(ROOT, 'test-output');
          fs.mkdirSync(out, { recursive: true });
          const file = path.join(out, `fuzz-failure-${options.seed}-${stats.batches}.json`);
          fs.writeFileSync(
            file,
            JSON.stringify(
              {
                seed: options.seed,
                source: source.name,
                before,
                edits: sent,
                after: text,
                edited: normalise(edited.items, [uri, fresh]),
                fresh: normalise(reference.items, [uri, fresh]),
              },
              null,
              2,
            ),
          );
          stats.failures.push(
            `seed ${options.seed}, batch ${stats.batches} on ${source.name}: the edited document's diagnostics differ from a fresh open's (${file})`,
          );
          log(stats.failures[stats.failures.length - 1]);
          // go on from a clean state: reopen
          mirror = TextDocument.create(uri, 'yaml', mirror.version + 1, text);
          client.notify('textDocument/didClose', { textDocument: { uri } });
          await client.open(uri, text, mirror.version);
        }
        if (client.exitCode !== undefined) {
          stats.failures.push(
            `seed ${options.seed}: the server exited (code ${client.exitCode}) during batch ${stats.batches} on ${source.name}\n${client.stderr}`,
          );
          client = await LspClient.start();
          break;
        }
        if (stats.failures.length >= 5) break;
      }
      client.notify('textDocument/didClose', { textDocument: { uri } });
      if (stats.failures.length >= 5) break;
      if (stats.documents % 25 === 0)
        log(
          `  ${stats.edits} edits, ${stats.batches} batches, ${stats.documents} documents, ${Math.round((Date.now() - started) / 1000)} s`,
        );
    }
    // the server is still alive and answers
    await client
      .request(
        'textDocument/hover',
        { textDocument: { uri: 'file:///fuzz/none.plan.yaml' }, position: { line: 0, character: 0 } },
        10_000,
      )
      .catch((e: Error) => {
        if (client.exitCode !== undefined) throw e;
      });
  } catch (e) {
    stats.failures.push(`seed ${options.seed}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    stats.ms = Date.now() - started;
    await client.dispose();
  }
  return stats;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const minutes = Number(arg('minutes') ?? (arg('edits') ? Infinity : 1));
  const edits = arg('edits') ? Number(arg('edits')) : undefined;
  const seed = Number(arg('seed') ?? Date.now() % 1_000_000);
  const batch = arg('batch') ? Number(arg('batch')) : undefined;
  console.log(`fuzzing with seed ${seed} for ${edits !== undefined ? `${edits} edits` : `${minutes} minute(s)`}`);
  void runFuzz({
    seed,
    edits,
    ms: Number.isFinite(minutes) ? minutes * 60_000 : undefined,
    batch,
    log: (l) => console.log(l),
  }).then((s) => {
    console.log(
      `seed ${s.seed}: ${s.edits} edits in ${s.notifications} didChange notifications, ${s.batches} batches, ${s.comparisons} comparisons with a fresh open, ${s.documents} documents, in ${(s.ms / 1000).toFixed(1)} s`,
    );
    for (const f of s.failures) console.log(`FAIL ${f}`);
    process.exitCode = s.failures.length ? 1 : 0;
  });
}
