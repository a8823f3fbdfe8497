/**
 * A hostile or unlucky workspace on disk (issue 11: items 3, 4, 5, 7, 8, 9 and two of 14), each through
 * the layer where it was found: the language server over stdio (test/helpers/lsp-client.ts) or the built
 * command line (dist/cli.js, run as a child process so that a hang is a failed test, not a stuck one).
 *
 * Every dataset is a temporary folder under os.tmpdir(), removed afterwards. FIFOs come from `mkfifo`
 * (the tests that need one are skipped, with a message, where it is missing). Ordering is asserted, never
 * time: "the hover is answered before checkDataset" compares the order in which the responses arrived.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  applyEdits,
  defaultCapabilities,
  ensureBuilt,
  hoverText,
  LspClient,
  LspError,
  positionOf,
  ROOT,
  type Message,
  type PublishDiagnosticsParams,
} from '../helpers/lsp-client';

const CLI = path.join(ROOT, 'dist', 'cli.js');
/** Generous bounds for waits on a machine shared by many: a hang fails the test instead of blocking it. */
const LONG = 60_000;

const uriOf = (file: string) => pathToFileURL(file).href;

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pp-hw-${prefix}-`));
  temps.push(dir);
  return dir;
}
after(() => {
  for (const d of temps) {
    // a folder made unreadable by a test gets its permissions back first
    try {
      execFileSync('chmod', ['-R', 'u+rwx', d]);
    } catch {
      /* nothing to restore */
    }
    fs.rmSync(d, { recursive: true, force: true });
  }
});

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

const mkfifoMissing = ((): string | false => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-hw-probe-'));
  try {
    execFileSync('mkfifo', [path.join(dir, 'probe')], { stdio: 'ignore' });
    return false;
  } catch {
    return 'mkfifo is not available on this machine';
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
const mkfifo = (file: string) => execFileSync('mkfifo', [file]);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A small valid plan; `relation` names another plan (implements), `regions` the measure's regions. */
function plan(id: string, options: { relation?: string; regions?: string[] } = {}): string {
  return `id: ${id}
title: Plan ${id}
jurisdiction: CN
period: { start: 2023, end: 2025 }
${options.relation ? `relations:\n  - { type: implements, plan: ${options.relation} }\n` : ''}measures:
  - { id: m1, title: M, sources: [s]${options.regions ? `, regions: [${options.regions.join(', ')}]` : ''} }
sources:
  - { id: s, title: S }
`;
}

const REGIONS = `regions:
  - id: cn-a
    name: Region A
    parent: CN
  - id: cn-b
    name: Region B
    parent: CN
`;

const CONFIG = 'reference-date: 2026-11-27\n';

async function startIn(
  folder: string,
  options: {
    trusted?: boolean;
    capabilities?: Record<string, unknown>;
    handlers?: Record<string, (p: unknown) => unknown>;
    settings?: Record<string, unknown>;
  } = {},
): Promise<LspClient> {
  const settings = options.settings;
  const c = await LspClient.start({
    workspaceFolders: [{ uri: uriOf(folder), name: 'ws' }],
    rootUri: uriOf(folder),
    initializationOptions: { trusted: options.trusted ?? true },
    ...(options.capabilities ? { capabilities: options.capabilities } : {}),
    handlers: {
      ...(settings
        ? { 'workspace/configuration': (p: unknown) => ((p as { items: unknown[] }).items ?? []).map(() => settings) }
        : {}),
      ...options.handlers,
    },
  });
  await c.waitFor((m) => m.method === 'window/logMessage' && /indexed \d+ files/.test(logText(m)), 'the index', {
    timeout: LONG,
  });
  return c;
}

function logText(m: Message): string {
  return String((m.params as { message?: unknown } | undefined)?.message ?? '');
}

function logs(c: LspClient): string[] {
  return c.notifications.filter((m) => m.method === 'window/logMessage').map(logText);
}

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));

/** A hover on `jurisdiction: CN` of an open plan: answered, with content. */
async function hoverAnswers(c: LspClient, uri: string, text: string): Promise<void> {
  const h = await c.request(
    'textDocument/hover',
    { textDocument: { uri }, position: positionOf(text, 'jurisdiction: CN', 15) },
    15_000,
  );
  assert.match(hoverText(h), /China/, 'the hover on the jurisdiction has its content');
  assert.equal(c.exitCode, undefined, 'the server is running');
}

/** Waits for a publish on a uri whose diagnostics include the code. */
function waitForCode(c: LspClient, uri: string, code: string): Promise<Message> {
  return c.waitFor(
    (m) =>
      m.method === 'textDocument/publishDiagnostics' &&
      (m.params as PublishDiagnosticsParams).uri === uri &&
      codes(m.params as PublishDiagnosticsParams).includes(code),
    `${code} on ${uri}`,
    { timeout: LONG },
  );
}

interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The built command line, as a child process with a time limit (a hang is killed and shows as a signal). */
function cli(args: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, LC_ALL: 'C.UTF-8' }, // English, whatever the developer's locale
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Exits with a documented code (0, 1, 2), in time, without a stack trace or an internal error. */
function assertCleanExit(r: CliRun, allowed: number[]): void {
  assert.equal(r.signal, null, `the command finished by itself (it was killed: a hang)\nstderr: ${r.stderr}`);
  assert.ok(
    allowed.includes(r.status ?? -1),
    `exit ${r.status}, expected one of ${allowed.join(', ')}\nstderr: ${r.stderr}`,
  );
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(r.stderr, /internal error/i, 'no internal error');
}

before(() => ensureBuilt());

describe('item 3: files reported by the file watcher', () => {
  test(
    'a FIFO and a symlink to /dev/zero are not read; the server keeps answering',
    { skip: mkfifoMissing },
    async () => {
      const dir = tempDir('watch');
      write(dir, { 'policy-plans.config.yaml': CONFIG, 'a.plan.yaml': plan('plan-a') });
      const c = await startIn(dir);
      try {
        const a = path.join(dir, 'a.plan.yaml');
        const text = fs.readFileSync(a, 'utf8');
        await c.open(uriOf(a), text);
        mkfifo(path.join(dir, 'new.plan.yaml'));
        c.notify('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uriOf(path.join(dir, 'new.plan.yaml')), type: 1 }],
        });
        await hoverAnswers(c, uriOf(a), text);
        fs.symlinkSync('/dev/zero', path.join(dir, 'zero.plan.yaml'));
        c.notify('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uriOf(path.join(dir, 'zero.plan.yaml')), type: 1 }],
        });
        await hoverAnswers(c, uriOf(a), text);
        const said = logs(c).join('\n');
        assert.match(said, /new\.plan\.yaml: not read, it is not a regular file/);
        assert.match(said, /zero\.plan\.yaml: not read, it is a symbolic link/);
      } finally {
        await c.dispose();
      }
    },
  );

  test('untrusted: a symlink to a secret outside the workspace, and a file outside it, never reach a diagnostic or the log', async () => {
    const top = tempDir('leak');
    const ws = path.join(top, 'ws');
    const outside = path.join(top, 'outside');
    const SECRET = 'root:x:0:0:SECRET-7f3a9c:/root:/bin/bash';
    write(ws, { 'a.plan.yaml': plan('plan-a') });
    write(outside, { passwd: `${SECRET}\n`, 'secret.plan.yaml': `${SECRET}\n` });
    const c = await startIn(ws, { trusted: false });
    try {
      const a = path.join(ws, 'a.plan.yaml');
      const text = fs.readFileSync(a, 'utf8');
      await c.open(uriOf(a), text);
      fs.symlinkSync(path.join(outside, 'passwd'), path.join(ws, 'leak.plan.yaml'));
      // a regular file created in the same event: its publish shows the event was handled
      write(ws, { 'fresh.plan.yaml': plan('plan-fresh', { relation: 'no-such-plan' }) });
      const since = c.mark();
      c.notify('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: uriOf(path.join(ws, 'leak.plan.yaml')), type: 1 },
          { uri: uriOf(path.join(outside, 'secret.plan.yaml')), type: 1 },
          { uri: uriOf(path.join(ws, 'fresh.plan.yaml')), type: 1 },
        ],
      });
      const fresh = await c.waitForDiagnostics(uriOf(path.join(ws, 'fresh.plan.yaml')), undefined, {
        since,
        timeout: LONG,
      });
      assert.deepEqual(codes(fresh), ['ref/unknown-plan'], 'the regular file was read and checked');
      await hoverAnswers(c, uriOf(a), text);
      const everything = JSON.stringify(c.notifications) + c.stderr;
      assert.ok(!everything.includes('SECRET-7f3a9c'), 'the secret appears in no notification and not on stderr');
      assert.deepEqual(
        c.published(uriOf(path.join(ws, 'leak.plan.yaml'))).flatMap((p) => p.diagnostics),
        [],
        'nothing is published for the link',
      );
      const said = logs(c).join('\n');
      assert.match(said, /leak\.plan\.yaml: not read, it is a symbolic link/);
      assert.match(said, /secret\.plan\.yaml: not read, it is outside the workspace/);
    } finally {
      await c.dispose();
    }
  });
});

/** The broken configs: a FIFO, a folder, and a file nobody may read (not for root, who reads anything). */
const brokenConfigs: Array<{ name: string; skip: string | false; make: (file: string) => void; reason: RegExp }> = [
  { name: 'a FIFO', skip: mkfifoMissing, make: mkfifo, reason: /not a regular file/ },
  { name: 'a folder', skip: false, make: (f) => fs.mkdirSync(f), reason: /it is a folder/ },
  {
    name: 'an unreadable file',
    skip: isRoot ? 'running as root, who can read a chmod 000 file' : false,
    make: (f) => {
      fs.writeFileSync(f, CONFIG);
      fs.chmodSync(f, 0o000);
    },
    reason: /permission denied/,
  },
];

describe('item 4: a broken policy-plans.config.yaml', () => {
  for (const b of brokenConfigs) {
    test(
      `${b.name}: the CLI says so in one line and exits 0, 1 or 2, without a hang or a stack trace`,
      { skip: b.skip },
      () => {
        const dir = tempDir('cfg-cli');
        write(dir, { 'a.plan.yaml': plan('plan-a', { relation: 'plan-b' }), 'b.plan.yaml': plan('plan-b') });
        b.make(path.join(dir, 'policy-plans.config.yaml'));
        const r = cli(['check', '.'], dir);
        assertCleanExit(r, [0, 1, 2]);
        const lines = r.stderr.split('\n').filter((l) => l.includes('policy-plans.config.yaml'));
        assert.equal(lines.length, 1, `one line about the config:\n${r.stderr}`);
        assert.match(lines[0], b.reason);
        if (r.status !== 2)
          assert.match(r.stdout, /2 files checked: 0 errors/, 'the plans are checked with the defaults');
      },
    );

    test(
      `${b.name}: the trusted server keeps its index, answers hovers, and reports the config`,
      { skip: b.skip },
      async () => {
        const dir = tempDir('cfg-lsp');
        write(dir, { 'a.plan.yaml': plan('plan-a', { relation: 'plan-b' }), 'b.plan.yaml': plan('plan-b') });
        const config = path.join(dir, 'policy-plans.config.yaml');
        b.make(config);
        const c = await startIn(dir);
        try {
          const a = path.join(dir, 'a.plan.yaml');
          const text = fs.readFileSync(a, 'utf8');
          const first = await c.open(uriOf(a), text);
          assert.deepEqual(codes(first), [], 'plan-b is known: the dataset was indexed');
          await hoverAnswers(c, uriOf(a), text);
          const m = await waitForCode(c, uriOf(config), 'config/unreadable');
          const d = (m.params as PublishDiagnosticsParams).diagnostics.find((x) => x.code === 'config/unreadable')!;
          assert.match(d.message, b.reason);
          assert.ok(d.message.length < 200);
        } finally {
          await c.dispose();
        }
      },
    );
  }
});

describe('item 5: a malformed glob', () => {
  const BAD = `${CONFIG}exclude: ["{drafts"]\nplan-files: ["{x"]\n`;

  test('in the config: the CLI reports each entry and does not crash', () => {
    const dir = tempDir('glob-cli');
    write(dir, {
      'policy-plans.config.yaml': BAD,
      'a.plan.yaml': plan('plan-a', { relation: 'plan-b' }),
      'b.plan.yaml': plan('plan-b'),
    });
    const r = cli(['check', '.', '--format', 'json'], dir);
    assertCleanExit(r, [0, 1]);
    const report = JSON.parse(r.stdout) as {
      files: number;
      diagnostics: Array<{ file: string; code: string; range: { start: { line: number } }; message: string }>;
    };
    assert.equal(report.files, 3, 'the config and both plans are checked');
    const bad = report.diagnostics.filter((d) => d.code === 'config/bad-glob');
    assert.deepEqual(
      bad.map((d) => [d.file, d.range.start.line]),
      [
        ['policy-plans.config.yaml', 1],
        ['policy-plans.config.yaml', 2],
      ],
      'one finding on each bad entry',
    );
    assert.match(bad[0].message, /\{drafts/);
    assert.match(bad[1].message, /\{x/);
    assert.deepEqual(
      report.diagnostics.filter((d) => d.file.endsWith('.plan.yaml')),
      [],
      'the plans are checked as before',
    );
  });

  test('in the config and in policyPlans.files: the server keeps its index, reports each entry, warns about the setting', async () => {
    const dir = tempDir('glob-lsp');
    write(dir, {
      'policy-plans.config.yaml': BAD,
      'a.plan.yaml': plan('plan-a', { relation: 'plan-b' }),
      'b.plan.yaml': plan('plan-b'),
    });
    const c = await startIn(dir, { settings: { files: ['{y', 'extra/*.yaml'] } });
    try {
      const a = path.join(dir, 'a.plan.yaml');
      const text = fs.readFileSync(a, 'utf8');
      const first = await c.open(uriOf(a), text);
      assert.deepEqual(codes(first), [], 'plan-b is known: the dataset was indexed');
      await hoverAnswers(c, uriOf(a), text);
      const m = await waitForCode(c, uriOf(path.join(dir, 'policy-plans.config.yaml')), 'config/bad-glob');
      const bad = (m.params as PublishDiagnosticsParams).diagnostics.filter((d) => d.code === 'config/bad-glob');
      assert.deepEqual(
        bad.map((d) => [
          d.range.start.line,
          BAD.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character),
        ]),
        [
          [1, '"{drafts"'],
          [2, '"{x"'],
        ],
        'on each entry',
      );
      await c.waitFor(
        (m) => m.method === 'window/logMessage' && /policyPlans\.files/.test(logText(m)) && logText(m).includes('"{y"'),
        'a warning about the setting',
      );
      assert.ok(!logs(c).some((l) => l.includes('extra/*.yaml')), 'a good entry is not warned about');
    } finally {
      await c.dispose();
    }
  });
});

describe('item 7: policyPlans/checkDataset on 2,000 plans', () => {
  const N = 2000;
  const DELETED = 50;
  let dir: string;
  let c: LspClient;
  let openUri: string;
  let openText: string;
  /** Set by a test: the next progress the server creates deletes these files first (the folder is walked by then). */
  let deleteOnProgress: string[] = [];

  before(async () => {
    dir = tempDir('many');
    const files: Record<string, string> = { 'policy-plans.config.yaml': CONFIG };
    for (let i = 0; i < N; i++)
      files[`p${String(i).padStart(4, '0')}.plan.yaml`] = plan(`plan-${i}`, { relation: `plan-${(i + 1) % N}` });
    write(dir, files);
    const capabilities = { ...defaultCapabilities(), window: { workDoneProgress: true } };
    c = await startIn(dir, {
      capabilities,
      handlers: {
        'window/workDoneProgress/create': () => {
          for (const f of deleteOnProgress) fs.rmSync(f);
          deleteOnProgress = [];
          return null;
        },
      },
    });
    openUri = uriOf(path.join(dir, 'p0000.plan.yaml'));
    openText = fs.readFileSync(path.join(dir, 'p0000.plan.yaml'), 'utf8');
    await c.open(openUri, openText);
  });
  after(async () => {
    await c.dispose();
  });

  /** The first progress report of the next work done (a mark from before it was asked for). */
  const firstReport = (since: number) =>
    c.waitFor(
      (m) => m.method === '$/progress' && (m.params as { value?: { kind?: string } }).value?.kind === 'report',
      'a progress report',
      { since, timeout: LONG },
    );

  test('a hover sent while it runs is answered before it finishes', async () => {
    const since = c.mark();
    const order: string[] = [];
    const check = c.sendRequest('policyPlans/checkDataset', { uri: uriOf(dir) }, LONG * 2);
    void check.response.then(() => order.push('checkDataset'));
    // it is running once it reports progress (or, if it never does, once it has answered)
    await Promise.race([firstReport(since), check.response]);
    const hover = c.sendRequest(
      'textDocument/hover',
      { textDocument: { uri: openUri }, position: positionOf(openText, 'jurisdiction: CN', 15) },
      LONG * 2,
    );
    void hover.response.then(() => order.push('hover'));
    const [h, r] = await Promise.all([hover.response, check.response]);
    assert.deepEqual(order, ['hover', 'checkDataset'], 'the hover was answered first');
    assert.match(hoverText(h.result), /China/);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    assert.deepEqual(r.result, { files: N + 1, errors: 0, warnings: 0 }, 'every plan and the config');
  });

  test('$/cancelRequest cancels it (RequestCancelled, -32800)', async () => {
    const since = c.mark();
    const check = c.sendRequest('policyPlans/checkDataset', { uri: uriOf(dir) }, LONG * 2);
    await Promise.race([firstReport(since), check.response]);
    c.notify('$/cancelRequest', { id: check.id });
    const r = await check.response;
    assert.equal(r.error?.code, -32800, `cancelled, not ${JSON.stringify(r.result ?? r.error)}`);
    await hoverAnswers(c, openUri, openText);
  });

  test('files deleted while it runs are treated as removed, not as a failure', async () => {
    deleteOnProgress = Array.from({ length: DELETED }, (_, i) =>
      path.join(dir, `p${String(N - 1 - i).padStart(4, '0')}.plan.yaml`),
    );
    const r = await c.requestRaw('policyPlans/checkDataset', { uri: uriOf(dir) }, LONG * 2);
    assert.deepEqual(deleteOnProgress, [], 'the files were deleted after the folder was walked');
    assert.equal(r.error, undefined, `no error: ${JSON.stringify(r.error)}`);
    // plan-1949 now implements plan-1950, which is gone
    assert.deepEqual(r.result, { files: N + 1 - DELETED, errors: 1, warnings: 0 });
    await hoverAnswers(c, openUri, openText);
  });
});

describe('items 8 and 9: rename', () => {
  /** A dataset of a registry defining cn-a and cn-b and two plans that use cn-a. */
  function dataset(dir: string): void {
    write(dir, {
      'policy-plans.config.yaml': CONFIG,
      'r.regions.yaml': REGIONS,
      'p.plan.yaml': plan('plan-p', { regions: ['cn-a'] }),
      'q.plan.yaml': plan('plan-q', { regions: ['cn-a', 'cn-b'] }),
    });
  }
  const renameAt = (c: LspClient, uri: string, text: string, needle: string, newName: string, delta = 4) =>
    c.request<{
      changes?: Record<string, Array<{ range: never; newText: string }>>;
      documentChanges?: Array<{
        textDocument: { uri: string; version: number | null };
        edits: Array<{ range: never; newText: string }>;
      }>;
    }>('textDocument/rename', { textDocument: { uri }, position: positionOf(text, needle, delta), newName });

  test('item 8: a closed file changed on disk without a watcher event is edited against its current text', async () => {
    const dir = tempDir('stale');
    dataset(dir);
    const c = await startIn(dir);
    try {
      const r = path.join(dir, 'r.regions.yaml');
      await c.open(uriOf(r), REGIONS);
      // two comment lines above everything, and no didChangeWatchedFiles
      const p = path.join(dir, 'p.plan.yaml');
      const disk = `# a comment added on disk\n# and another one\n${fs.readFileSync(p, 'utf8')}`;
      fs.writeFileSync(p, disk);
      const edit = await renameAt(c, uriOf(r), REGIONS, 'id: cn-a', 'cn-new');
      const changes = edit.changes!;
      assert.equal(
        applyEdits(disk, changes[uriOf(p)]),
        disk.replace('regions: [cn-a]', 'regions: [cn-new]'),
        'the plan on disk, renamed correctly',
      );
      assert.match(applyEdits(disk, changes[uriOf(p)]), /^jurisdiction: CN$/m, 'nothing else touched');
      assert.equal(applyEdits(REGIONS, changes[uriOf(r)]), REGIONS.replace('id: cn-a', 'id: cn-new'));
    } finally {
      await c.dispose();
    }
  });

  test('item 9: versioned TextDocumentEdits for open files (7 and 12) when the client takes documentChanges', async () => {
    const dir = tempDir('versions');
    dataset(dir);
    const capabilities = defaultCapabilities() as { workspace: Record<string, unknown> };
    capabilities.workspace = { ...capabilities.workspace, workspaceEdit: { documentChanges: true } };
    const c = await startIn(dir, { capabilities });
    try {
      const r = path.join(dir, 'r.regions.yaml');
      const p = path.join(dir, 'p.plan.yaml');
      const q = path.join(dir, 'q.plan.yaml');
      const pText = fs.readFileSync(p, 'utf8');
      await c.open(uriOf(r), REGIONS, 7);
      await c.open(uriOf(p), pText, 12);
      const edit = await renameAt(c, uriOf(r), REGIONS, 'id: cn-a', 'cn-new');
      assert.equal(edit.changes, undefined, 'no unversioned changes map');
      const byUri = new Map(edit.documentChanges!.map((d) => [d.textDocument.uri, d]));
      assert.deepEqual([...byUri.entries()].map(([u, d]) => [u, d.textDocument.version]).sort(), [
        [uriOf(p), 12],
        [uriOf(q), null],
        [uriOf(r), 7],
      ]);
      assert.equal(applyEdits(pText, byUri.get(uriOf(p))!.edits), pText.replace('[cn-a]', '[cn-new]'));
      const qText = fs.readFileSync(q, 'utf8');
      assert.equal(applyEdits(qText, byUri.get(uriOf(q))!.edits), qText.replace('[cn-a, cn-b]', '[cn-new, cn-b]'));
    } finally {
      await c.dispose();
    }
  });

  test('item 9: a rename stays inside its dataset (not a side-by-side dataset, not a loose file)', async () => {
    const top = tempDir('scope');
    dataset(path.join(top, 'one'));
    dataset(path.join(top, 'two'));
    write(top, { 'loose.plan.yaml': plan('plan-loose', { regions: ['cn-a'] }) });
    const elsewhere = tempDir('elsewhere');
    write(elsewhere, { 'lone.plan.yaml': plan('plan-lone', { regions: ['cn-a'] }) });
    const c = await startIn(top);
    try {
      const r = path.join(top, 'one', 'r.regions.yaml');
      await c.open(uriOf(r), REGIONS);
      await c.open(
        uriOf(path.join(top, 'two', 'p.plan.yaml')),
        fs.readFileSync(path.join(top, 'two', 'p.plan.yaml'), 'utf8'),
      );
      await c.open(
        uriOf(path.join(elsewhere, 'lone.plan.yaml')),
        fs.readFileSync(path.join(elsewhere, 'lone.plan.yaml'), 'utf8'),
      );
      const edit = await renameAt(c, uriOf(r), REGIONS, 'id: cn-a', 'cn-new');
      assert.deepEqual(
        Object.keys(edit.changes!).sort(),
        ['p.plan.yaml', 'q.plan.yaml', 'r.regions.yaml'].map((f) => uriOf(path.join(top, 'one', f))).sort(),
      );
    } finally {
      await c.dispose();
    }
  });

  test('item 9: a taken id, a withdrawn code and ids against the pattern are refused with a clear message', async () => {
    const dir = tempDir('refuse');
    dataset(dir);
    const c = await startIn(dir);
    try {
      const r = path.join(dir, 'r.regions.yaml');
      const p = path.join(dir, 'p.plan.yaml');
      const pText = fs.readFileSync(p, 'utf8');
      await c.open(uriOf(r), REGIONS);
      await c.open(uriOf(p), pText);
      const prepared = await c.request<{ placeholder: string }>('textDocument/prepareRename', {
        textDocument: { uri: uriOf(r) },
        position: positionOf(REGIONS, 'id: cn-a', 4),
      });
      assert.equal(prepared.placeholder, 'cn-a');
      const refusals: Array<[string, RegExp]> = [
        ['cn-b', /already has a region cn-b/],
        ['cn-44', /cn-44 is a withdrawn region code/],
        ['9zone', /9zone is not a valid region id/],
        ['Not Kebab', /Not Kebab is not a valid region id/],
      ];
      for (const [name, why] of refusals) {
        for (const [uri, text, needle] of [
          [uriOf(r), REGIONS, 'id: cn-a'],
          [uriOf(p), pText, '[cn-a'],
        ] as const) {
          const e = await renameAt(c, uri, text, needle, name, needle === '[cn-a' ? 1 : 4).then(
            () => null,
            (x: unknown) => x,
          );
          assert.ok(e instanceof LspError, `renaming cn-a to ${name} is refused`);
          assert.match(e.message, why);
          assert.ok(e.message.length < 200);
        }
      }
      // prepareRename refuses what cannot be renamed at all: an ISO code
      const iso = await c
        .request('textDocument/prepareRename', {
          textDocument: { uri: uriOf(p) },
          position: positionOf(pText, 'jurisdiction: CN', 15),
        })
        .then(
          () => null,
          (x: unknown) => x,
        );
      assert.ok(iso instanceof LspError, 'an ISO code cannot be renamed');
      assert.match(iso.message, /CN is an ISO 3166 code, not a dataset region: it cannot be renamed/);
      // nothing was renamed: the dataset still checks clean
      const after = await c.open(
        uriOf(path.join(dir, 'q.plan.yaml')),
        fs.readFileSync(path.join(dir, 'q.plan.yaml'), 'utf8'),
      );
      assert.deepEqual(codes(after), []);
    } finally {
      await c.dispose();
    }
  });
});

describe('item 14: symlinked plans and configs above the workspace', () => {
  test('the CLI says once that it skipped a symlinked plan file', () => {
    const dir = tempDir('link-cli');
    write(dir, { 'policy-plans.config.yaml': CONFIG, 'a.plan.yaml': plan('plan-a') });
    fs.symlinkSync(path.join(dir, 'a.plan.yaml'), path.join(dir, 'link.plan.yaml'));
    const r = cli(['check', '.', '.'], dir);
    assertCleanExit(r, [0]);
    assert.equal(r.stderr.split('link.plan.yaml').length - 1, 1, `said once:\n${r.stderr}`);
    assert.match(r.stderr, /link\.plan\.yaml: skipped, a symbolic link/);
  });

  test('a trusted server whose folder has no config does not adopt a config from a parent folder', async () => {
    const top = tempDir('parent');
    // a parent's config that would silence the rule and move the reference date
    write(top, { 'policy-plans.config.yaml': 'reference-date: 1990-01-01\nrules:\n  ref/unknown-plan: off\n' });
    const ws = path.join(top, 'ws');
    write(ws, { 'a.plan.yaml': plan('plan-a', { relation: 'no-such-plan' }) });
    const c = await startIn(ws);
    try {
      const a = path.join(ws, 'a.plan.yaml');
      const first = await c.open(uriOf(a), fs.readFileSync(a, 'utf8'));
      assert.deepEqual(codes(first), ['ref/unknown-plan'], "the parent's rules do not apply");
      assert.deepEqual(
        c.published(uriOf(path.join(top, 'policy-plans.config.yaml'))),
        [],
        "the parent's config is not in the workspace",
      );
    } finally {
      await c.dispose();
    }
  });

  test(
    'a config someone else put in a world-writable folder is used neither by the CLI nor for a file opened outside the workspace',
    { skip: isRoot ? false : 'needs root to give the config another owner' },
    async () => {
      const shared = tempDir('shared');
      fs.chmodSync(shared, 0o1777); // like /tmp
      write(shared, { 'policy-plans.config.yaml': 'reference-date: 1990-01-01\nrules:\n  ref/unknown-plan: off\n' });
      fs.chownSync(path.join(shared, 'policy-plans.config.yaml'), 65534, 65534);
      write(shared, { 'sub/a.plan.yaml': plan('plan-a', { relation: 'no-such-plan' }) });
      const r = cli(['check', '--format', 'json', 'sub'], shared);
      assertCleanExit(r, [1]);
      assert.deepEqual(
        (JSON.parse(r.stdout) as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code),
        ['ref/unknown-plan'],
        'the CLI does not use the planted config',
      );
      const ws = tempDir('ws');
      write(ws, { 'b.plan.yaml': plan('plan-b') });
      const c = await startIn(ws);
      try {
        const a = path.join(shared, 'sub', 'a.plan.yaml');
        const first = await c.open(uriOf(a), fs.readFileSync(a, 'utf8'));
        assert.deepEqual(codes(first), ['ref/unknown-plan'], 'the server does not use the planted config');
      } finally {
        await c.dispose();
      }
    },
  );
});
