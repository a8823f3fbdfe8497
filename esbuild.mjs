// Bundles the CLI, the language server and the VS Code extension into dist/.
import { build } from 'esbuild';
import { readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minify: process.argv.includes('--minify'),
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/lsp/bin.ts'], outfile: 'dist/server.js' },
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
if (watch) console.log('watch mode is not supported; run again after changes');
