/**
 * `npm run bench`: drives our language server (dist/server.js) and yaml-language-server (a
 * devDependency, with the same schemas through a `# yaml-language-server: $schema=` modeline) over
 * stdio with the same client code on the same generated plans, then times the CLI on a 2,000-plan
 * dataset and our server's workspace index of it. Prints one table. A script, not a test.
 *
 * Options: --sizes small,medium,large  --edits N (default 30)  --only ours|theirs  --cpu-prof DIR
 * (profiles our server)  --no-dataset  --plans N (default 2000)  --markdown FILE (also write the
 * table and the machine there)  --dist DIR (another build of ours).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDataset, generatePlan, SIZES } from './generate';
import { LspClient, type Message } from './lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
/** `--dist DIR` benchmarks another build of ours (e.g. a worktree of an older commit). */
const DIST = path.resolve(process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : path.join(ROOT, 'dist'));
const OURS = path.join(DIST, 'server.js');
const THEIRS = path.join(ROOT, 'node_modules', 'yaml-language-server', 'out', 'src', 'server.js');
const SCHEMA_URL = pathToFileURL(path.join(ROOT, 'schemas', 'plan.schema.json')).href;

type SizeName = keyof typeof SIZES;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SIZE_LIST = (arg('sizes') ?? 'small,medium,large').split(',') as SizeName[];
const EDITS = Number(arg('edits') ?? 30);
const QUERIES = Number(arg('queries') ?? 20);
const ONLY = arg('only');
const CPU_PROF = arg('cpu-prof');
const PLANS = Number(arg('plans') ?? 2000);
const MARKDOWN = arg('markdown');
/** Also read VmRSS after this many idle seconds (stderr only). */
const RSS_IDLE = Number(arg('rss-idle') ?? 0);

interface ServerSpec {
  name: 'ours' | 'theirs';
  label: string;
  args: string[];
  configuration: (section: string | undefined) => unknown;
  /** Settings sent with didChangeConfiguration after `initialized`. */
  settings?: unknown;
}

const yamlSettings = {
  validate: true,
  hover: true,
  completion: true,
  format: { enable: false },
  schemas: {},
  schemaStore: { enable: false },
  maxItemsComputed: 5000,
  disableDefaultProperties: false,
  keyOrdering: false,
  yamlVersion: '1.2',
};

const allServers: ServerSpec[] = [
  {
    name: 'ours',
    label: 'policy-plans',
    args: [OURS, '--stdio'],
    configuration: (s) => (s === 'policyPlans' ? { referenceDate: '2026-11-27', rules: {}, files: [], validateClosedFiles: null } : null),
  },
  {
    name: 'theirs',
    label: 'yaml-language-server',
    args: [THEIRS, '--stdio'],
    configuration: (s) => {
      if (s === 'yaml') return yamlSettings;
      if (s === 'http') return { proxy: '', proxyStrictSSL: false };
      if (s === 'editor') return { tabSize: 2, detectIndentation: false, formatOnType: false };
      if (s === 'files') return { exclude: {} };
      return {};
    },
    settings: { yaml: yamlSettings, http: { proxy: '', proxyStrictSSL: false } },
  },
];
const servers = allServers.filter((s) => !ONLY || s.name === ONLY);

const capabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: true },
  textDocument: {
    synchronization: { didSave: false, dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
  },
  window: { workDoneProgress: true },
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (xs: number[]) => quantile(xs, 0.5);

/** Line/character of an offset. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let ls = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    ls = i + 1;
  }
  return { line, character: offset - ls };
}

interface FileRun {
  startup: number;
  open: number;
  openDiagnostics: number;
  edits: number[];
  editDiagnostics: number[];
  hover: number[];
  hoverOk: number;
  completion: number[];
  completionOk: number;
  rss: number;
  codes: string[];
}

async function start(spec: ServerSpec, folder: string | null, extraFlags: string[] = []): Promise<{ client: LspClient; startup: number }> {
  const client = new LspClient({ args: spec.args, cwd: ROOT, configuration: spec.configuration, nodeFlags: extraFlags });
  const init = await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'policy-plans-bench' },
    rootUri: folder ? pathToFileURL(folder).href : null,
    workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
    capabilities,
    initializationOptions: {},
  });
  if (init.error) throw new Error(`${spec.label}: initialize failed: ${init.error.message}`);
  const startup = init.at - client.startedAt;
  client.notify('initialized', {});
  if (spec.settings) client.notify('workspace/didChangeConfiguration', { settings: spec.settings });
  return { client, startup };
}

/** The edit script: offsets into the plan for a target in the middle, cycled through four edits. */
function editScript(text: string): Array<{ offset: number; remove: number; insert: string }> {
  const mid = Math.floor((text.match(/^ {2}- id: target-/gm)?.length ?? 1) / 2);
  const itemStart = text.indexOf(`  - id: target-${String(mid).padStart(5, '0')}`);
  const metricLine = text.indexOf('    metric: ', itemStart);
  const metricEnd = text.indexOf('\n', metricLine);
  const comparator = text.indexOf('    comparator: ', itemStart) + '    comparator: '.length;
  const comparatorEnd = text.indexOf('\n', comparator);
  // type a letter at the end of the metric, take it back, break the comparator (an enum error), mend it
  return [
    { offset: metricEnd, remove: 0, insert: 'x' },
    { offset: metricEnd, remove: 1, insert: '' },
    { offset: comparatorEnd - 1, remove: 1, insert: '' },
    { offset: comparatorEnd - 1, remove: 0, insert: text[comparatorEnd - 1] },
  ];
}

async function runFile(spec: ServerSpec, size: SizeName, file: string): Promise<FileRun> {
  const uri = pathToFileURL(file).href;
  let text = readFileSync(file, 'utf8');
  const flags = CPU_PROF && spec.name === 'ours' ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`, `--cpu-prof-name=ours-${size}.cpuprofile`] : [];
  const { client, startup } = await start(spec, null, flags);
  try {
    await sleep(400); // let the server settle (configuration, index of an empty workspace)
    // open → first diagnostics
    let version = 1;
    const opened = client.waitForDiagnostics(uri, undefined, 300_000);
    const t0 = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    const first = await opened;
    const open = first.at - t0;
    const openDiagnostics = first.params.diagnostics.length;
    const codes = (first.params.diagnostics as Array<{ code?: string | number; message: string }>).map((d) => (spec.name === 'ours' ? String(d.code) : d.message.split('\n')[0].slice(0, 48)));
    await sleep(spec.name === 'theirs' ? 600 : 200);
    // edits → diagnostics
    const script = editScript(text);
    const edits: number[] = [];
    const editDiagnostics: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const e = script[i % script.length];
      const start = positionAt(text, e.offset);
      const end = positionAt(text, e.offset + e.remove);
      text = text.slice(0, e.offset) + e.insert + text.slice(e.offset + e.remove);
      version++;
      const got = client.waitForDiagnostics(uri, version, 300_000);
      const ts = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start, end }, text: e.insert }] });
      const d = await got;
      edits.push(d.at - ts);
      editDiagnostics.push(d.params.diagnostics.length);
      await sleep(30);
    }
    await sleep(spec.name === 'theirs' ? 400 : 100);
    // hover and completion on a target in the middle
    const mid = Math.floor((text.match(/^ {2}- id: target-/gm)?.length ?? 1) / 2);
    const itemStart = text.indexOf(`  - id: target-${String(mid).padStart(5, '0')}`);
    const keyPos = positionAt(text, text.indexOf('comparator:', itemStart) + 3);
    const regionPos = positionAt(text, text.indexOf('region: ', itemStart) + 'region: '.length + 2);
    const completionPos = positionAt(text, text.indexOf('comparator: ', itemStart) + 'comparator: '.length + 2);
    const hover: number[] = [];
    let hoverOk = 0;
    for (let i = 0; i < QUERIES; i++) {
      const ts = performance.now();
      const r = await client.request('textDocument/hover', { textDocument: { uri }, position: i % 2 ? regionPos : keyPos });
      hover.push(r.at - ts);
      if (r.result) hoverOk++;
    }
    const completion: number[] = [];
    let completionOk = 0;
    for (let i = 0; i < QUERIES; i++) {
      const ts = performance.now();
      const r = await client.request('textDocument/completion', { textDocument: { uri }, position: completionPos, context: { triggerKind: 1 } });
      completion.push(r.at - ts);
      const items = Array.isArray(r.result) ? r.result : r.result?.items;
      if (items?.length) completionOk++;
    }
    const rss = client.rssMb();
    if (RSS_IDLE) {
      await sleep(RSS_IDLE * 1000);
      process.stderr.write(`  (${spec.label}: ${rss.toFixed(0)} MB right after the run, ${client.rssMb().toFixed(0)} MB after ${RSS_IDLE} s idle)\n`);
    }
    return { startup, open, openDiagnostics, edits, editDiagnostics, hover, hoverOk, completion, completionOk, rss, codes };
  } finally {
    await client.stop();
    if (process.env.BENCH_STDERR) process.stderr.write(client.stderr);
  }
}

interface DatasetRun {
  cliMs: number;
  cliRss: number;
  cliExit: number | null;
  cliFindings: string;
  indexMs: number;
  indexLogged: string;
  indexRss: number;
}

function writeFiles(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) {
    const f = path.join(dir, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, text);
  }
}

async function runDataset(dir: string): Promise<DatasetRun> {
  const hook = path.join(__dirname, 'rssHook.cjs');
  const out = path.join(os.tmpdir(), `policy-plans-bench-cli-${process.pid}.txt`);
  const rssFile = `${out}.rss`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', hook, path.join(DIST, 'cli.js'), 'check', dir, '--today', '2026-11-27', '--no-color', '--output', out], { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8' });
  const cliMs = performance.now() - t0;
  const cliRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  const report = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const cliFindings = report.trim().split('\n').slice(-1)[0] ?? '';
  rmSync(out, { force: true });
  rmSync(rssFile, { force: true });

  const spec = servers.find((s) => s.name === 'ours') ?? (undefined as unknown as ServerSpec);
  let indexMs = NaN;
  let indexLogged = '';
  let indexRss = NaN;
  if (spec) {
    const client = new LspClient({ args: spec.args, cwd: ROOT, configuration: spec.configuration });
    try {
      const init = await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'dataset' }], capabilities, initializationOptions: {} });
      if (init.error) throw new Error(init.error.message);
      const logged = client.waitFor((m: Message) => m.method === 'window/logMessage' && /indexed \d+ files/.test(m.params.message), 300_000, 'the "indexed N files" log message');
      const ts = performance.now();
      client.notify('initialized', {});
      const m = await logged;
      indexMs = m.at - ts;
      indexLogged = m.params.message;
      await sleep(300);
      indexRss = client.rssMb();
    } finally {
      await client.stop();
    }
  }
  return { cliMs, cliRss, cliExit: r.status, cliFindings, indexMs, indexLogged, indexRss };
}

function fmtMs(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`;
}

function machine(): string {
  const cpu = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? '?';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

const loadAtStart = os.loadavg().map((x) => x.toFixed(2)).join(' ');

async function main(): Promise<void> {
  for (const s of servers) if (!existsSync(s.args[0])) throw new Error(`${s.args[0]} is missing (npm run build / npm install)`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'policy-plans-bench-'));
  if (CPU_PROF) mkdirSync(CPU_PROF, { recursive: true });
  try {
    const files: Record<string, string> = {};
    for (const size of SIZE_LIST) {
      const dir = path.join(tmp, size);
      mkdirSync(dir, { recursive: true });
      // the same plan for both; yaml-language-server's copy starts with its modeline (ours uses its own schemas)
      const text = generatePlan({ id: `bench-${size}`, targets: SIZES[size], plantErrors: true, header: '# a plan generated for the benchmark' });
      files[size] = path.join(dir, `bench-${size}.plan.yaml`);
      writeFileSync(files[size], text);
      mkdirSync(path.join(dir, 'yls'), { recursive: true });
      writeFileSync(path.join(dir, 'yls', `bench-${size}.plan.yaml`), text.replace(/^[^\n]*/, `# yaml-language-server: $schema=${SCHEMA_URL}`));
      process.stderr.write(`${size}: ${text.split('\n').length - 1} lines, ${(text.length / 1024).toFixed(0)} KB\n`);
    }
    const results: Record<string, Partial<Record<SizeName, FileRun>>> = {};
    for (const size of SIZE_LIST) {
      for (const spec of servers) {
        process.stderr.write(`${spec.label}, ${size} … `);
        const r = await runFile(spec, size, spec.name === 'theirs' ? path.join(path.dirname(files[size]), 'yls', path.basename(files[size])) : files[size]);
        (results[spec.name] ??= {})[size] = r;
        process.stderr.write(`open ${fmtMs(r.open)} (${r.openDiagnostics} diagnostics: ${[...new Set(r.codes)].join(', ')}), edit median ${fmtMs(median(r.edits))}, diagnostics per edit ${[...new Set(r.editDiagnostics)].join('/')}, hover ok ${r.hoverOk}/${QUERIES}, completion ok ${r.completionOk}/${QUERIES}\n`);
      }
    }
    let dataset: DatasetRun | null = null;
    if (!process.argv.includes('--no-dataset')) {
      const dir = path.join(tmp, 'dataset');
      writeFiles(dir, generateDataset(PLANS));
      process.stderr.write(`dataset: ${PLANS} plans … `);
      dataset = await runDataset(dir);
      process.stderr.write(`CLI ${fmtMs(dataset.cliMs)} (exit ${dataset.cliExit}; ${dataset.cliFindings}), index: ${dataset.indexLogged}\n`);
    }
    const table = render(results, dataset);
    process.stdout.write(`${table}\n`);
    const load = `load average ${loadAtStart} at the start, ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} at the end`;
    process.stderr.write(`${machine()}; ${load}\n`);
    if (MARKDOWN) writeFileSync(MARKDOWN, `Measured on ${machine()}, ${new Date().toISOString().slice(0, 10)} (${load}).\n\n${table}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

interface Row {
  what: string;
  ours: number;
  theirs: number;
  unit: 'ms' | 'MB';
  goal?: number;
}

function render(results: Record<string, Partial<Record<SizeName, FileRun>>>, dataset: DatasetRun | null): string {
  const rows: Row[] = [];
  const get = (who: string, size: SizeName) => results[who]?.[size];
  const val = (who: string, size: SizeName, f: (r: FileRun) => number) => {
    const r = get(who, size);
    return r ? f(r) : NaN;
  };
  const startups = (who: string) => SIZE_LIST.map((s) => get(who, s)?.startup ?? NaN).filter(Number.isFinite);
  rows.push({ what: 'start-up → initialize answered (median of runs)', ours: median(startups('ours')), theirs: median(startups('theirs')), unit: 'ms', goal: 150 });
  const goals: Record<SizeName, { edit: number; open?: number; hover?: number; rss?: number }> = { small: { edit: 15 }, medium: { edit: 25 }, large: { edit: 60, open: 500, hover: 15, rss: 150 } };
  for (const size of SIZE_LIST) {
    const lines = { small: '~150', medium: '~3,500', large: '~35,000' }[size];
    const g = goals[size];
    rows.push({ what: `${size} (${lines} lines): didOpen → first diagnostics`, ours: val('ours', size, (r) => r.open), theirs: val('theirs', size, (r) => r.open), unit: 'ms', goal: g.open });
    rows.push({ what: `${size}: didChange → diagnostics, median of ${EDITS}`, ours: val('ours', size, (r) => median(r.edits)), theirs: val('theirs', size, (r) => median(r.edits)), unit: 'ms', goal: g.edit });
    rows.push({ what: `${size}: didChange → diagnostics, p95`, ours: val('ours', size, (r) => quantile(r.edits, 0.95)), theirs: val('theirs', size, (r) => quantile(r.edits, 0.95)), unit: 'ms' });
    rows.push({ what: `${size}: hover, median of ${QUERIES}`, ours: val('ours', size, (r) => median(r.hover)), theirs: val('theirs', size, (r) => median(r.hover)), unit: 'ms', goal: g.hover });
    rows.push({ what: `${size}: completion, median of ${QUERIES}`, ours: val('ours', size, (r) => median(r.completion)), theirs: val('theirs', size, (r) => median(r.completion)), unit: 'ms', goal: g.hover });
    rows.push({ what: `${size}: resident memory after the run (VmRSS)`, ours: val('ours', size, (r) => r.rss), theirs: val('theirs', size, (r) => r.rss), unit: 'MB', goal: g.rss });
  }
  const fmt = (x: number, unit: 'ms' | 'MB') => (!Number.isFinite(x) ? '–' : unit === 'MB' ? `${x.toFixed(0)} MB` : fmtMs(x));
  const lines = ['| measure | policy-plans | yaml-language-server 2.0.0 | ours / theirs | goal (ours) |', '|---|---:|---:|---:|---|'];
  for (const r of rows) {
    const ratio = Number.isFinite(r.ours) && Number.isFinite(r.theirs) && r.theirs > 0 ? `${(r.ours / r.theirs).toFixed(r.ours / r.theirs < 0.1 ? 3 : 2)}` : '–';
    const goal = r.goal === undefined ? '' : `≤ ${r.goal} ${r.unit}: ${Number.isFinite(r.ours) ? (r.ours <= r.goal ? 'met' : `**missed** by ${fmt(r.ours - r.goal, r.unit)}`) : '–'}`;
    lines.push(`| ${r.what} | ${fmt(r.ours, r.unit)} | ${fmt(r.theirs, r.unit)} | ${ratio} | ${goal} |`);
  }
  if (dataset) {
    lines.push(`| CLI: \`check\` of ${PLANS.toLocaleString('en-US')} plans (wall, peak RSS ${dataset.cliRss.toFixed(0)} MB) | ${fmtMs(dataset.cliMs)} | – | – | ≤ 5 s: ${dataset.cliMs <= 5000 ? 'met' : `**missed** by ${fmtMs(dataset.cliMs - 5000)}`} |`);
    lines.push(`| server: index of the ${PLANS.toLocaleString('en-US')}-plan workspace (initialized → "${dataset.indexLogged.replace(/ in \d+ ms/, '')}") | ${fmtMs(dataset.indexMs)} | – | – | |`);
    lines.push(`| server: resident memory after indexing it | ${dataset.indexRss.toFixed(0)} MB | – | – | |`);
  }
  return lines.join('\n');
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
