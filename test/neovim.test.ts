/**
 * A real editor: headless Neovim attached to the bundled server over stdio with the snippet of
 * docs/editors.md (test/neovim/init.lua). test/neovim/run.lua waits for the diagnostics, asks for
 * hover and completion, opens a second file, stops the server and writes JSON; this test reads it.
 *
 * `policy-plans-server` is put on PATH as a link to dist/server.js, as `npm install -g` does.
 * Skipped (with the reason) when `nvim` is not installed: `apt-get install -y neovim`.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, SERVER, brokenSample, ensureBuilt, withTimeout } from './helpers/lsp-client';

const INIT = path.join(ROOT, 'test', 'neovim', 'init.lua');
const RUN = path.join(ROOT, 'test', 'neovim', 'run.lua');

function nvimVersion(): string | null {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error || r.status !== 0) return null;
  return /NVIM v(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] ?? 'unknown';
}

const version = nvimVersion();
const skip = version ? false : 'nvim is not installed (apt-get install -y neovim): skipping the Neovim test';

interface NvimDiagnostic {
  code: string;
  lnum: number;
  col: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
}
interface NvimResult {
  nvim: string;
  has_start: boolean;
  file: string;
  filetype: string;
  waited: boolean;
  clients: string[];
  diagnostics: NvimDiagnostic[];
  hover?: string;
  completion: string[];
  second?: { waited: boolean; diagnostics: NvimDiagnostic[]; clients: number };
  exits?: Array<{ code: number; signal: number }>;
  server_pid?: number;
  error?: string;
  stop_error?: string;
}

let tmp: string;
let result: NvimResult;
let stderr = '';

before(async () => {
  if (skip) return;
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-nvim-'));
  const bin = path.join(tmp, 'bin');
  fs.mkdirSync(bin);
  fs.symlinkSync(SERVER, path.join(bin, 'policy-plans-server'));
  const out = path.join(tmp, 'out.json');
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    // no user config, shada, swap or logs from the machine
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_DATA_HOME: path.join(tmp, 'data'),
    XDG_STATE_HOME: path.join(tmp, 'state'),
    XDG_CACHE_HOME: path.join(tmp, 'cache'),
    NVIM_LOG_FILE: path.join(tmp, 'nvim.log'),
    POLICY_PLANS_NVIM_OUT: out,
    POLICY_PLANS_NVIM_SECOND: brokenSample('deadline-passed').file,
  };
  const nvim = spawn(
    'nvim',
    ['--headless', '-n', '-i', 'NONE', '-u', INIT, brokenSample('region-deprecated').file, '-c', `luafile ${RUN}`],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  nvim.stdout.on('data', (c: Buffer) => (stderr += c.toString()));
  nvim.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => nvim.on('exit', (code) => resolve(code)));
  try {
    const code = await withTimeout(exited, 60_000, 'headless nvim to finish');
    assert.equal(code, 0, `nvim exited with ${code}: ${stderr}`);
  } catch (e) {
    nvim.kill('SIGKILL');
    throw e;
  }
  assert.ok(fs.existsSync(out), `nvim wrote no result: ${stderr}`);
  result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test(`Neovim${version ? ` ${version}` : ''} attaches the server to a plan file`, { skip }, () => {
  assert.equal(result.error, undefined, `the Lua script failed: ${result.error}`);
  assert.equal(result.nvim, version);
  // Debian 12's 0.7.2 has no vim.lsp.start: the snippet falls back to start_client
  assert.equal(result.has_start, !/^0\.7\./.test(result.nvim));
  assert.equal(result.filetype, 'yaml');
  assert.deepEqual(result.clients, ['policy-plans']);
});

test('Neovim shows the diagnostic with its code, line and columns', { skip }, () => {
  assert.ok(result.waited, 'diagnostics arrived');
  const d = result.diagnostics.find((x) => x.code === 'region/deprecated');
  assert.ok(d, JSON.stringify(result.diagnostics));
  const text = brokenSample('region-deprecated').text;
  const line = text.split('\n').findIndex((l) => l.startsWith('jurisdiction: CN-44'));
  assert.deepEqual([d.lnum, d.col, d.end_col], [line, 14, 19]);
  assert.equal(d.severity, 2, 'a warning');
  assert.equal(d.source, 'policy-plans');
  assert.match(d.message, /CN-44.*use CN-GD/);
});

test('Neovim gets the hover text', { skip }, () => {
  assert.match(result.hover ?? '', /\*\*CN-44\*\* — Guangdong/);
  assert.match(result.hover ?? '', /withdrawn, now \*\*CN-GD\*\*/);
});

test('Neovim gets completion labels', { skip }, () => {
  assert.ok(result.completion.includes('CN-GD'), JSON.stringify(result.completion));
  assert.ok(
    result.completion.every((l) => l.startsWith('CN-')),
    'region codes after "CN-"',
  );
});

test("the snippet's settings reach the server (deadline/passed as a hint)", { skip }, () => {
  const second = result.second!;
  assert.ok(second.waited, 'diagnostics for the second file');
  assert.equal(second.clients, 1, 'the second file joins the same client');
  const d = second.diagnostics.find((x) => x.code === 'deadline/passed');
  assert.ok(d, JSON.stringify(second.diagnostics));
  assert.equal(d.severity, 4, 'HINT, from settings.policyPlans.rules (the default is information)');
});

test('Neovim stops the server cleanly (shutdown, exit, code 0)', { skip }, async () => {
  assert.equal(result.stop_error, undefined);
  assert.deepEqual(result.exits, [{ code: 0, signal: 0 }]);
  const pid = result.server_pid!;
  assert.ok(pid > 0);
  const gone = () => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  for (let i = 0; i < 50 && !gone(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(gone(), `the server process ${pid} is still running`);
});

test('docs/editors.md shows exactly the snippet the Neovim test runs', () => {
  const docs = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const snippet = fs.readFileSync(INIT, 'utf8').trim();
  assert.ok(
    docs.includes(`\`\`\`lua\n${snippet}\n\`\`\``),
    'the lua block of docs/editors.md differs from test/neovim/init.lua',
  );
});
