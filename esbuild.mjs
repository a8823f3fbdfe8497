// Bundles the CLI, the language server and the VS Code extension into dist/.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, chmodSync, existsSync as exists, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
/**
 * JSON files over 8 KB (the ISO 3166 table, the schemas) become `JSON.parse` of one string rather than an object
 * literal: V8 parses JSON faster than it runs a literal's code, and a string is one object in the code cache.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < 8192) return undefined;
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // without whitespace and comments (names kept, for stack traces): the CLI's bundle 2.3 → 1.7 MB, which every start
  // reads and V8 hashes against its code cache; `check samples` 0.334 → 0.316 s (12 paired runs)
  minifyWhitespace: true,
  minifySyntax: true,
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [jsonAsParse],
};

const entries = [
  // the CLI: a small launcher (dist/cli.js) that runs the bundle (dist/cli-main.js) with its code cache
  { entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli-main.js' },
  // the server likewise: dist/server.js launches dist/server-main.js with its code cache
  { entryPoints: ['server/src/lsp/launch.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/lsp/bin.ts'], outfile: 'dist/server-main.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // the overview renderer (report/), for the browser: inlined into the HTML report, loaded by the VS Code webview;
  // always minified, since it travels inside every report
  {
    entryPoints: ['report/src/main.ts'],
    outfile: 'dist/report.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    sourcemap: false,
  },
];

const { existsSync } = await import('node:fs');
// a missing entry point is an error, not a bundle silently left out
const missing = entries.flatMap((e) => e.entryPoints).filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`esbuild.mjs: missing entry point${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  process.exit(1);
}
await Promise.all(entries.map((e) => build({ ...common, ...e })));
for (const f of ['dist/cli.js', 'dist/server.js']) chmodSync(f, 0o755);
/**
 * Escapes what esbuild leaves outside ASCII in the Node bundles (its `charset: 'ascii'` escapes strings, not regular
 * expression literals or comments: the Chinese words of quoteNumbers.ts, for one). An ASCII source is a one-byte string
 * in V8, which reads and keeps it at half the size: reading, decoding and compiling the CLI's 2.3 MB bundle cost ~12 ms
 * less a start (`check` of one sample 0.359 → 0.347 s, 10 paired runs). `\uXXXX` means the same code unit in a regular
 * expression (a surrogate pair the same code point under the `u` flag) and nothing in a comment. The source map's
 * columns after an escape on those few lines move by five a character.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}
for (const f of ['dist/cli-main.js', 'dist/server-main.js', 'dist/extension.js']) asciiOnly(f);
/**
 * Writes `dist/<name>-main.cache` (server/src/node/codeCache.ts) by running the launcher once with `args` and
 * `input`: the cache holds what that run compiled. Made by this Node; another V8 does not take it and compiles the
 * bundle as before.
 */
function writeCodeCache(name, args, input) {
  const file = `dist/${name}-main.cache`;
  rmSync(file, { force: true });
  const run = spawnSync(process.execPath, [`dist/${name}.js`, ...args], {
    input,
    env: { ...process.env, POLICY_PLANS_CODE_CACHE: 'write' },
    encoding: 'utf8',
  });
  if (!exists(file)) {
    console.error(`esbuild.mjs: ${file} was not written: ${run.stderr || run.error || `exit ${run.status}`}`);
    process.exit(1);
  }
}
const frame = (m) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...m });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};
// the CLI: one check of the samples, which compiles what a check runs
writeCodeCache('cli', ['check', 'samples', '--today', '2026-01-01', '--format', 'json'], '');
// the server: what it compiles to start and answer `initialize` (it ends at `exit`)
writeCodeCache(
  'server',
  ['--stdio'],
  frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }) +
    frame({ method: 'initialized', params: {} }) +
    frame({ method: 'exit' }),
);
if (watch) console.log('watch mode is not supported; run again after changes');
