/**
 * The extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven by playwright-core
 * with Debian's chromium, on a temporary copy of samples/broken/. It reads from the page what a user
 * sees: the Problems panel, the hover widget, the suggest widget, the quick fix menu, the status bar.
 *
 * Needs `bash scripts/code-server-setup.sh` (installs into .cache/code-server/); skips without it.
 * Builds the .vsix in a temporary folder (or takes POLICY_PLANS_VSIX), installs it into a temporary
 * extensions folder, and starts code-server on 127.0.0.1 on a free port. Screenshots go to
 * test-output/; with UPDATE_SCREENSHOT=1 the hover screenshots are also copied to images/screenshot.png and (the
 * same in Chinese, a window whose folder sets `policyPlans.language: zh-cn`) images/screenshot.zh-cn.png.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = process.env.POLICY_PLANS_CODE_SERVER_CACHE ?? path.join(ROOT, '.cache', 'code-server');
const CODE_SERVER = path.join(CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'test-output');
const SAMPLES = path.join(ROOT, 'samples', 'broken');

function whySkip(): string | false {
  if (process.env.POLICY_PLANS_SKIP_E2E) return 'POLICY_PLANS_SKIP_E2E is set';
  if (!fs.existsSync(path.join(CACHE, '.setup-done')) || !fs.existsSync(CODE_SERVER))
    return `code-server is not set up in ${CACHE.startsWith(ROOT) ? path.relative(ROOT, CACHE) : CACHE}/: run \`bash scripts/code-server-setup.sh\` first`;
  if (!fs.existsSync(CHROMIUM))
    return `no chromium at ${CHROMIUM}: run \`bash scripts/code-server-setup.sh\` (or set CHROMIUM_PATH)`;
  return false;
}

// The little of playwright-core's API this test uses; playwright-core lives in the cache, not in
// the project's dependencies, so its types are not available here.
interface Keyboard {
  press(key: string): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
}
interface Locator {
  fill(text: string): Promise<void>;
  click(): Promise<void>;
  first(): Locator;
  count(): Promise<number>;
  getAttribute(name: string): Promise<string | null>;
}
interface Frame {
  locator(selector: string): Locator;
}
interface Page {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  waitForSelector(
    selector: string,
    options?: { timeout?: number; state?: 'attached' | 'visible' | 'hidden' },
  ): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  screenshot(options: { path: string }): Promise<unknown>;
  getByPlaceholder(text: RegExp): Locator;
  locator(selector: string): Locator;
  frames(): Frame[];
  keyboard: Keyboard;
  on(event: 'console', fn: (m: { type(): string; text(): string }) => void): void;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
}
interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Chromium {
  launch(options: { executablePath: string; headless: boolean; args: string[]; timeout?: number }): Promise<Browser>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something other than undefined. */
async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  everyMs = 250,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await sleep(everyMs);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Builds the extension in a staging folder, so the test never rewrites the repository's dist/ while
 * other tests read it: the same esbuild.mjs (minified) and `vsce package --no-dependencies`. The
 * staging folder then also serves as the extension development folder for the mocha suite of
 * test/vscode/, compiled into it.
 */
function stageExtension(tmp: string): { stage: string; vsix: string } {
  const stage = path.join(tmp, 'stage');
  fs.mkdirSync(path.join(stage, 'client'), { recursive: true });
  for (const f of [
    'package.json',
    'package.nls.json',
    'package.nls.zh-cn.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    '.vscodeignore',
    'esbuild.mjs',
  ]) {
    if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(stage, f));
  }
  fs.cpSync(path.join(ROOT, 'images'), path.join(stage, 'images'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'l10n'), path.join(stage, 'l10n'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'client', 'README.md'), path.join(stage, 'client', 'README.md'));
  const links: [string, string][] = [
    ['server', 'server'],
    ['report', 'report'],
    [path.join('client', 'src'), path.join('client', 'src')],
    ['node_modules', 'node_modules'],
  ];
  for (const [from, to] of links) fs.symlinkSync(path.join(ROOT, from), path.join(stage, to));
  run(process.execPath, ['esbuild.mjs', '--minify'], stage);
  for (const [, to] of links) fs.unlinkSync(path.join(stage, to));
  let vsix = path.join(tmp, 'policy-plans.vsix');
  if (process.env.POLICY_PLANS_VSIX) vsix = path.resolve(process.env.POLICY_PLANS_VSIX);
  else
    run(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'),
        'package',
        '--no-dependencies',
        '--readme-path',
        'client/README.md',
        '--out',
        vsix,
      ],
      stage,
    );
  // The mocha suite, compiled beside the staged extension; it finds mocha through node_modules.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(stage, 'node_modules'));
  run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      path.join(ROOT, 'test', 'vscode', 'tsconfig.json'),
      '--outDir',
      path.join(stage, 'out', 'test', 'vscode'),
    ],
    ROOT,
  );
  return { stage, vsix };
}

const skip = whySkip();
if (skip) {
  console.log(`# e2e codeserver: skipped: ${skip}`);
  it('VS Code (code-server) end to end', { skip }, () => undefined); // counted as skipped
}

describe('VS Code (code-server) end to end', { skip: !!skip, timeout: 15 * 60_000 }, () => {
  let tmp = '';
  let workspace = '';
  let stage = '';
  let baseUrl = '';
  let codeServer: ChildProcess | undefined;
  let codeServerLog = '';
  let browser: Browser | undefined;
  let page: Page;
  const consoleErrors: string[] = [];

  // ---- page helpers -------------------------------------------------------------------------

  /** What the page shows that may explain a timeout: dialogs and notifications. */
  const pageMessages = async (): Promise<string> => {
    const shown = [...(await texts('.monaco-dialog-box')), ...(await texts('.notification-list-item-message'))];
    return shown.length ? `; the page shows: ${shown.map((t) => t.replace(/\s+/g, ' ')).join(' | ')}` : '';
  };

  /** waitFor, with the page's dialogs and notifications in the error. */
  async function waitOnPage<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    try {
      return await waitFor(what, probe, timeoutMs);
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}${await pageMessages().catch(() => '')}`);
    }
  }

  /** innerText of the visible elements that match a selector. */
  const texts = (selector: string): Promise<string[]> =>
    page.evaluate<string[]>(
      `Array.from(document.querySelectorAll(${JSON.stringify(selector)})).filter((e) => e.offsetParent !== null || e.getClientRects().length).map((e) => e.innerText)`,
    );

  const shot = async (name: string): Promise<string> => {
    fs.mkdirSync(OUTPUT, { recursive: true });
    const file = path.join(OUTPUT, `codeserver-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  };

  /** Runs a command from the command palette (F1) by its title. */
  async function command(title: string): Promise<void> {
    await page.keyboard.press('Control+1');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(title);
    await waitOnPage(`"${title}" as the first match in the command palette`, async () =>
      (await texts('.quick-input-list .monaco-list-row.focused')).some((t) => t.includes(title)) ? true : undefined,
    );
    await page.keyboard.press('Enter');
  }

  /**
   * Opens a workspace file with Ctrl+P and waits for its editor tab. Quick Open searches the files it listed when
   * it was last opened: a file written since may be missing from that list (it was, on CI), so the picker is
   * closed and opened again, up to four times, until the file is its first match.
   */
  async function openFile(name: string): Promise<void> {
    const firstMatch = async (): Promise<true | undefined> =>
      (await texts('.quick-input-list .monaco-list-row.focused')).some(
        (t) => t.split('\n')[0].trim() === name || t.startsWith(name),
      )
        ? true
        : undefined;
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+1'); // focus the editor area, not a panel's input
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
      await page.keyboard.type(name);
      // Enter opens the focused row: wait until the list has caught up with what was typed.
      try {
        await waitOnPage(`${name} as the first match of Ctrl+P (attempt ${attempt} of 4)`, firstMatch, 15_000);
        break;
      } catch (e) {
        if (attempt === 4) throw e;
        await page.keyboard.press('Escape');
        await sleep(1000);
      }
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab.active[data-resource-name="${name}"]`, { timeout: 20_000 });
    await page.waitForSelector('.monaco-editor.focused', { timeout: 10_000 });
  }

  /** Moves the cursor with Ctrl+G (1-based line and column). */
  async function goTo(line: number, column: number): Promise<void> {
    await page.keyboard.press('Control+1'); // focus the editor
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await waitOnPage(`the cursor at ${line}:${column}`, async () =>
      (await texts('.statusbar-item')).some((t) => t.includes(`Ln ${line}, Col ${column}`)) ? true : undefined,
    );
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text. */
  async function hoverAtCursor(expect: RegExp): Promise<string> {
    // The chord is pressed again while no hover shows: a chord typed while a widget was still closing is lost.
    let pressed = 0;
    return waitOnPage(
      `a hover matching ${expect}`,
      async () => {
        const shown = (await texts('.monaco-hover')).join('\n');
        if (expect.test(shown)) return shown;
        if (!shown.trim() && Date.now() - pressed > 4000) {
          pressed = Date.now();
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
        }
        return undefined;
      },
      30_000,
    );
  }

  /**
   * A screenshot with the hover in it: the hover has faded in (800 ms) and is still there when the picture is
   * taken; a hover that went away meanwhile (it does, now and then) is shown again, up to three times.
   */
  async function shotWithHover(name: string, expect: RegExp): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      await sleep(800);
      const shown = expect.test((await texts('.monaco-hover')).join('\n'));
      if (shown || attempt === 3) {
        const file = await shot(name);
        if (shown && expect.test((await texts('.monaco-hover')).join('\n'))) return file;
        if (attempt === 3) throw new Error(`the hover matching ${expect} did not stay for the screenshot ${name}`);
      }
      await hoverAtCursor(expect);
    }
  }

  /** The visible rows of the suggest widget, after Ctrl+Space. */
  async function suggestionsAtCursor(expect: string): Promise<string[]> {
    await page.keyboard.press('Control+Space');
    return waitOnPage(
      `a suggestion ${expect}`,
      async () => {
        const rows = await texts('.suggest-widget .monaco-list-row');
        return rows.some((r) => r.split('\n')[0].trim() === expect || r.startsWith(expect)) ? rows : undefined;
      },
      20_000,
    );
  }

  /** Opens the Problems panel if it is not open, and returns its filter box. */
  async function problemsFilter(): Promise<Locator> {
    if (!(await texts('.markers-panel')).length) {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 10_000 });
    }
    return page.getByPlaceholder(/^Filter \(e\.g\./).first();
  }

  /**
   * The Problems panel rows of one file, [file row, marker rows...], with the panel filtered on its name. The rows
   * are read from the file's own group: the filter applies after a debounce, and the server may publish the other
   * files' diagnostics meanwhile (a fast index publishes the closed files before the filter is typed), so rows of
   * other files can still be on screen. The filter is typed again every 10 s while the file's group is not shown.
   */
  async function problems(
    filterText: string,
    until: (rows: string[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<string[]> {
    await (await problemsFilter()).fill(filterText);
    let seen: string[] = [];
    let filled = Date.now();
    const isFileRow = (r: string) => !/\[Ln \d+, Col \d+\]/.test(r);
    try {
      return await waitOnPage(
        `Problems panel rows for "${filterText}"`,
        async () => {
          const rows = (await texts('.markers-panel .monaco-list-row')).map((r) => r.replace(/\s*\n\s*/g, ' ').trim());
          seen = rows;
          // the file's own row: its name first (the filter also lets through names that contain it)
          const at = rows.findIndex((r) => isFileRow(r) && (r === filterText || r.startsWith(`${filterText} `)));
          if (at < 0) {
            if (rows.length === 0 && until([])) return []; // filtered, and the file has no problems
            if (Date.now() - filled > 10_000) {
              await (await problemsFilter()).fill(filterText);
              filled = Date.now();
            }
            return undefined;
          }
          let end = at + 1;
          while (end < rows.length && !isFileRow(rows[end]!)) end++;
          const group = rows.slice(at, end);
          return until(group) ? group : undefined;
        },
        timeoutMs,
      );
    } catch (e) {
      const shown = seen.length ? seen.join(' | ') : 'no rows';
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the Problems panel shows: ${shown}`);
    }
  }

  /** The codes of a Problems panel's marker rows: "<message> policy-plans <code> [Ln 5, Col 15]". */
  const codesIn = (rows: string[]) =>
    rows.map((r) => /policy-plans\s+(\S+)\s+\[Ln \d+, Col \d+\]/.exec(r)?.[1]).filter((c): c is string => !!c);

  /** The text of the active editor's line that starts with `prefix` (as rendered). */
  const editorLineStarting = (prefix: string): Promise<string | undefined> =>
    page
      .evaluate<string[]>(
        `Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')).map((l) => l.innerText.replace(/\\u00a0/g, ' '))`,
      )
      .then((lines) => lines.find((l) => l.startsWith(prefix)));

  // ---- setup and teardown ---------------------------------------------------------------------

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-e2e-'));
    workspace = path.join(tmp, 'broken');
    fs.cpSync(SAMPLES, workspace, { recursive: true });
    const userData = path.join(tmp, 'user-data');
    const extensions = path.join(tmp, 'extensions');
    const config = path.join(tmp, 'code-server.yaml');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(config, 'auth: none\ncert: false\n');
    fs.writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'workbench.secondarySideBar.defaultVisibility': 'hidden',
          'security.workspace.trust.enabled': false,
          'telemetry.telemetryLevel': 'off',
          'extensions.ignoreRecommendations': true,
          'update.mode': 'none',
          'editor.hover.delay': 200,
          // the page's text is read line by line: inlay hints (a target's standing) would be read with it
          'editor.inlayHints.enabled': 'off',
          'editor.minimap.enabled': false,
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
        },
        null,
        2,
      ),
    );

    const t0 = Date.now();
    const staged = stageExtension(tmp);
    stage = staged.stage;
    const vsix = staged.vsix;
    console.log(
      `# vsix: ${path.relative(tmp, vsix)} ${Math.round(fs.statSync(vsix).size / 1024)} KiB (${Date.now() - t0} ms)`,
    );
    const csArgs = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
    const installed = run(process.execPath, [CODE_SERVER, ...csArgs, '--install-extension', vsix], tmp);
    assert.match(installed, /successfully installed/);

    const port = await freePort();
    const logFile = path.join(tmp, 'code-server.log');
    const out = fs.openSync(logFile, 'w');
    codeServer = spawn(
      process.execPath,
      [
        CODE_SERVER,
        ...csArgs,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        workspace,
      ],
      { cwd: tmp, stdio: ['ignore', out, out], detached: true },
    );
    fs.closeSync(out);
    codeServerLog = logFile;
    await waitFor(
      'code-server to listen',
      async () => {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
        return r?.ok ? true : undefined;
      },
      60_000,
    );

    const require = createRequire(path.join(CACHE, 'package.json'));
    const { chromium } = require('playwright-core') as { chromium: Chromium };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 60_000,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300));
    });
    baseUrl = `http://127.0.0.1:${port}`;
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    // The explorer lists the workspace once the workbench has loaded it.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    console.log(`# code-server ${port}: workbench up after ${Date.now() - t0} ms`);
  });

  after(async () => {
    if (page && browser) await shot('last').catch(() => undefined);
    await browser?.close().catch(() => undefined);
    if (codeServer?.pid && codeServer.exitCode === null) {
      const exited = new Promise((r) => codeServer!.once('exit', r));
      try {
        process.kill(-codeServer.pid, 'SIGTERM'); // the whole group: code-server, its extension host, the language server
      } catch {
        /* already gone */
      }
      await Promise.race([exited, sleep(5000)]);
      try {
        process.kill(-codeServer.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    if (codeServerLog && fs.existsSync(codeServerLog)) {
      fs.mkdirSync(OUTPUT, { recursive: true });
      fs.copyFileSync(codeServerLog, path.join(OUTPUT, 'codeserver.log'));
    }
    if (consoleErrors.length)
      fs.writeFileSync(path.join(OUTPUT, 'codeserver-console-errors.txt'), consoleErrors.join('\n'));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  // ---- scenarios ------------------------------------------------------------------------------

  it('opens a broken sample with Ctrl+P: region/unknown in the Problems panel, counts in the status bar', async () => {
    await openFile('region-unknown.plan.yaml');
    // A cold start (a fresh clone, a busy machine) activates the extension and starts the server first:
    // wait for the server's status bar item to leave "starting" before asking for its diagnostics.
    const started = Date.now();
    await waitOnPage(
      'the Policy Plans server to start (its status bar item shows counts)',
      async () => ((await texts('.statusbar-item')).some((t) => /Policy Plans\s+\S*\s*\d+/.test(t)) ? true : undefined),
      180_000,
    );
    console.log(`# server running ${Date.now() - started} ms after the file opened`);
    const rows = await problems('region-unknown.plan.yaml', (r) => codesIn(r).includes('region/unknown'), 60_000);
    console.log(`# Problems panel, region-unknown.plan.yaml:\n${rows.map((r) => `#   ${r}`).join('\n')}`);
    assert.ok(
      rows.some((r) => r.includes('unknown region CN-XX') && r.includes('[Ln 5, Col 15]')),
      rows.join('\n'),
    );
    assert.deepEqual(codesIn(rows), ['region/unknown'], 'exactly one problem, not a duplicate');
    await page.keyboard.press('Control+1');
    const status = await waitOnPage('the Policy Plans status bar item', async () =>
      (await texts('.statusbar-item')).find((t) => t.includes('Policy Plans') && /1\s+0/.test(t.replace(/\s+/g, ' '))),
    );
    console.log(`# status bar: ${status.replace(/\s+/g, ' ')}`);
  });

  it("Check Whole Dataset: every broken sample's rule code is in the Problems panel", async () => {
    await command('Policy Plans: Check Whole Dataset');
    const note = await waitOnPage('the Check Whole Dataset notification', async () =>
      (await texts('.notification-list-item-message')).find((t) => t.includes('checked')),
    );
    console.log(`# notification: ${note}`);
    // every dataset file is checked: plans, registries, indicator lists and the dataset config
    const checked = fs
      .readdirSync(workspace)
      .filter((f) => /\.(plan|regions|indicators)\.ya?ml$|^policy-plans\.config\.ya?ml$/.test(f));
    assert.match(note, new RegExp(`checked ${checked.length} files`));
    // each broken sample fires its own rule
    const files = fs
      .readdirSync(workspace)
      .filter((f) => /\.plan\.ya?ml$/.test(f))
      .sort();
    const seen: string[] = [];
    const missing: string[] = [];
    for (const f of files) {
      const expected = /^# expect: (\S+)/.exec(fs.readFileSync(path.join(workspace, f), 'utf8'))?.[1];
      assert.ok(expected, `${f} starts with # expect: <rule>`);
      try {
        const rows = await problems(f, (r) => codesIn(r).includes(expected), 15_000);
        seen.push(`${f}: ${codesIn(rows).join(', ')}`);
      } catch {
        missing.push(`${f}: expected ${expected}`);
      }
    }
    console.log(`# Problems panel codes per file:\n${seen.map((s) => `#   ${s}`).join('\n')}`);
    assert.deepEqual(missing, [], `missing in the Problems panel:\n${missing.join('\n')}`);
    assert.equal(seen.length, files.length);
    await shot('problems');
    await (await problemsFilter()).fill('');
  });

  it('hover over a region code shows its name (CN-GD, and CN-ZJ with its warning)', async () => {
    await openFile('region-outside-jurisdiction.plan.yaml');
    const filter = await problemsFilter();
    await filter.fill('');
    await goTo(5, 16); // jurisdiction: CN-GD
    const gd = await hoverAtCursor(/ISO 3166-2 subdivision/);
    console.log(`# hover CN-GD: ${gd.replace(/\s*\n\s*/g, ' | ')}`);
    assert.match(gd, /CN-GD — Guangdong/);
    await page.keyboard.press('Escape');
    await goTo(16, 14); // region: CN-ZJ
    const zj = await hoverAtCursor(/CN-ZJ — Zhejiang/); // the server's hover, below the problem
    console.log(`# hover CN-ZJ: ${zj.replace(/\s*\n\s*/g, ' | ')}`);
    assert.match(zj, /region\/outside-jurisdiction/);
    assert.match(zj, /CN-ZJ — Zhejiang/);
    const file = await shotWithHover('hover', /CN-ZJ — Zhejiang/);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      fs.copyFileSync(file, path.join(ROOT, 'images', 'screenshot.png'));
      console.log('# images/screenshot.png updated');
    }
    await page.keyboard.press('Escape');
  });

  it('hover over an unknown region code (CN-XX)', async () => {
    await openFile('region-unknown.plan.yaml');
    await goTo(5, 16);
    const xx = await hoverAtCursor(/CN-XX: unknown region/); // the server's hover, below the problem
    console.log(`# hover CN-XX: ${xx.replace(/\s*\n\s*/g, ' | ')}`);
    assert.match(xx, /did you mean CN-GX/); // the problem's message
    await page.keyboard.press('Escape');
  });

  it('suggestions after typing a region prefix (CN-G, guang) contain CN-GD', async () => {
    await openFile('region-unknown.plan.yaml');
    for (const typed of ['CN-G', 'guang']) {
      await goTo(5, 15);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type(typed);
      const rows = await suggestionsAtCursor('CN-GD');
      console.log(
        `# suggestions after "${typed}": ${rows
          .slice(0, 5)
          .map((r) => r.replace(/\s*\n\s*/g, ' '))
          .join(' | ')}`,
      );
      if (typed === 'guang') await shot('suggest');
      await page.keyboard.press('Escape');
    }
    await command('File: Revert File');
  });

  it('quick fix for region/deprecated replaces CN-44 with CN-GD', async () => {
    await openFile('region-deprecated.plan.yaml');
    await problems('region-deprecated.plan.yaml', (r) => codesIn(r).includes('region/deprecated'));
    await goTo(5, 16);
    await page.keyboard.press('Control+.');
    const items = await waitOnPage(
      'the quick fix menu',
      async () => {
        const t = await texts('.action-widget .monaco-list-row');
        return t.some((x) => x.includes('CN-GD')) ? t : undefined;
      },
      20_000,
    );
    console.log(`# quick fixes: ${items.join(' | ')}`);
    await shot('quickfix');
    await page.keyboard.press('Enter');
    const line = await waitOnPage(
      'the fixed line',
      async () => {
        const l = await editorLineStarting('jurisdiction:');
        return l?.includes('CN-GD') ? l : undefined;
      },
      10_000,
    );
    assert.equal(line.trim(), 'jurisdiction: CN-GD');
    await problems('region-deprecated.plan.yaml', (r) => !codesIn(r).includes('region/deprecated'));
    await command('File: Revert File');
  });
  // A messy plan of our own (the broken samples each start with `# expect:`), written once the dataset
  // checks above are done; removed by the last of these three tests.
  const MESSY = [
    '# a plan written in a hurry',
    'id: messy-2023',
    'title:   Messy plan   # the title',
    'jurisdiction: CN-GD',
    'period: {start: 2023,   end: 2025}',
    'currency: CNY',
    'targets:',
    '- id: scale-2025',
    '  metric: AI industry scale',
    '  money: {amount: 300e9}',
    '  deadline: 2025',
    '  sources: [ gov ]',
    'sources:',
    '- id: gov',
    '  title: The official text',
    '  url: https://www.gd.gov.cn/',
    '',
  ].join('\n');

  it('Format Document on a messy plan: two-space items, { } kept and padded, comments kept', async () => {
    fs.writeFileSync(path.join(workspace, 'messy.plan.yaml'), MESSY);
    await openFile('messy.plan.yaml');
    await command('Format Document');
    const item = await waitOnPage(
      'the formatted target item',
      async () => editorLineStarting('  - id: scale-2025'),
      15_000,
    );
    assert.equal(item, '  - id: scale-2025');
    assert.equal(await editorLineStarting('period:'), 'period: { start: 2023, end: 2025 }');
    assert.equal(await editorLineStarting('    money:'), '    money: { amount: 300e9 }');
    assert.equal(await editorLineStarting('    sources:'), '    sources: [gov]');
    assert.equal(await editorLineStarting('title:'), 'title: Messy plan   # the title');
    assert.equal(await editorLineStarting('# a plan'), '# a plan written in a hurry');
    await shot('format');
    await command('File: Revert File');
  });

  it('completion inside { }: money: { amount: 300e9, currency: | } offers CNY first', async () => {
    await openFile('messy.plan.yaml');
    await goTo(10, 24); // after "  money: {amount: 300e9", before the }
    await page.keyboard.type(', currency: ');
    const rows = await suggestionsAtCursor('CNY');
    console.log(
      `# suggestions inside { }: ${rows
        .slice(0, 5)
        .map((r) => r.replace(/\s*\n\s*/g, ' '))
        .join(' | ')}`,
    );
    assert.equal(rows[0].split('\n')[0].trim(), 'CNY');
    await shot('flow-completion');
    await page.keyboard.press('Escape');
    await command('File: Revert File');
    fs.rmSync(path.join(workspace, 'messy.plan.yaml'), { force: true });
  });

  // last on this page: the webview keeps the keyboard focus afterwards
  it('Show Dataset Overview: the webview draws a row per target, and a click on one opens its file', async () => {
    await command('Policy Plans: Show Dataset Overview');
    // the webview's page lives in nested frames of the workbench
    const frame = await waitOnPage(
      'the overview webview with its table',
      async () => {
        for (const f of page.frames()) {
          try {
            if ((await f.locator('[data-view=table] tbody tr').count()) > 0) return f;
          } catch {
            // a frame that went away while it was asked
          }
        }
        return undefined;
      },
      60_000,
    );
    const row = frame.locator('[data-view=table] tbody tr').first();
    const title = (await row.getAttribute('title')) ?? '';
    // the row's title ends with its place: <file uri>:<line>
    const place = /([^/\s]+\.plan\.ya?ml):(\d+)$/.exec(title);
    assert.ok(place, `a place in the row's title: ${title}`);
    console.log(`# overview row: ${title.replace(/\s+/g, ' ').slice(0, 160)}`);
    await shot('overview');
    await row.click();
    await page.waitForSelector(`.tab.active[data-resource-name="${place[1]}"]`, { timeout: 20_000 });
  });

  it('in Chinese (a folder with policyPlans.language: zh-cn): the problem of CN-XX, the hovers of CN-GD and CN-ZJ, a notification', async () => {
    // a second window on its own copy of the samples, whose folder settings ask for Chinese; the UI stays English
    const folder = path.join(tmp, 'zh-cn', 'broken');
    fs.cpSync(SAMPLES, folder, { recursive: true });
    fs.mkdirSync(path.join(folder, '.vscode'));
    fs.writeFileSync(
      path.join(folder, '.vscode', 'settings.json'),
      JSON.stringify({ 'policyPlans.language': 'zh-cn' }, null, 2),
    );
    // the English window is done with: closed, so that the keyboard goes to the new one (and its server stops)
    await page.close();
    page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`, { timeout: 60_000 });
    await page.bringToFront();
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    await openFile('region-unknown.plan.yaml');
    await waitOnPage(
      'the Policy Plans server of the second window to start',
      async () => ((await texts('.statusbar-item')).some((t) => /Policy Plans\s+\S*\s*\d+/.test(t)) ? true : undefined),
      180_000,
    );
    const rows = await problems('region-unknown.plan.yaml', (r) => codesIn(r).includes('region/unknown'), 60_000);
    console.log(`# Problems panel in Chinese:\n${rows.map((r) => `#   ${r}`).join('\n')}`);
    assert.ok(
      rows.some((r) => r.includes('未知的行政区划代码 CN-XX') && r.includes('[Ln 5, Col 15]')),
      rows.join('\n'),
    );
    assert.deepEqual(codesIn(rows), ['region/unknown']);
    await (await problemsFilter()).fill('');

    await openFile('region-outside-jurisdiction.plan.yaml');
    await goTo(5, 16); // jurisdiction: CN-GD
    const gd = await hoverAtCursor(/广东省/);
    console.log(`# hover CN-GD in Chinese: ${gd.replace(/\s*\n\s*/g, ' | ')}`);
    assert.match(gd, /CN-GD/);
    await page.keyboard.press('Escape');
    await goTo(16, 14); // region: CN-ZJ, outside the plan's jurisdiction
    const zj = await hoverAtCursor(/浙江省/);
    console.log(`# hover CN-ZJ in Chinese: ${zj.replace(/\s*\n\s*/g, ' | ')}`);
    assert.match(zj, /region\/outside-jurisdiction/);
    const file = await shotWithHover('hover-zh-cn', /浙江省/);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      fs.copyFileSync(file, path.join(ROOT, 'images', 'screenshot.zh-cn.png'));
      console.log('# images/screenshot.zh-cn.png updated');
    }
    await page.keyboard.press('Escape');

    // the extension's own words follow the setting too (the command palette's titles follow VS Code's language)
    await command('Policy Plans: Check Whole Dataset');
    const note = await waitOnPage('the Check Whole Dataset notification in Chinese', async () =>
      (await texts('.notification-list-item-message')).find((t) => t.includes('已检查')),
    );
    console.log(`# notification in Chinese: ${note}`);
    assert.match(note, /^Policy Plans：已检查 \d+ 个文件，发现 \d+ 个错误、\d+ 个警告。$/);
  });

  it("runs the mocha suite of test/vscode in code-server's extension host", async () => {
    // The same suite that `npm run test:vscode` runs with @vscode/test-electron: a second window,
    // opened as an extension development host with extensionTestsPath, on its own copy of the samples.
    const folder = path.join(tmp, 'mocha', 'broken');
    fs.cpSync(SAMPLES, folder, { recursive: true });
    const authority = new URL(baseUrl).host;
    const remote = (p: string) => `vscode-remote://${authority}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(stage)],
      ['extensionTestsPath', remote(path.join(stage, 'out', 'test', 'vscode', 'suite', 'index.js'))],
    ]);
    const TAG = 'policy-plans-vscode-tests:';
    const lines: string[] = [];
    const devPage = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    devPage.on('console', (m) => {
      const t = m.text();
      const at = t.indexOf(TAG);
      if (at >= 0) lines.push(t.slice(at + TAG.length).trim());
    });
    await devPage.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`, {
      timeout: 60_000,
    });
    const summary = await waitFor(
      'the mocha suite to finish',
      async () => lines.find((l) => l.startsWith('done:')),
      5 * 60_000,
      500,
    );
    console.log(`# mocha suite in code-server:\n${lines.map((l) => `#   ${l}`).join('\n')}`);
    const m = /done: (\d+) passed, (\d+) failed/.exec(summary);
    assert.ok(m, summary);
    assert.deepEqual(
      lines.filter((l) => l.startsWith('FAIL')),
      [],
    );
    assert.equal(Number(m[2]), 0);
    assert.ok(Number(m[1]) >= 8, `${m[1]} tests passed`);
  });
});
