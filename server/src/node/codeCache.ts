/**
 * Runs a CommonJS bundle with V8's code cache: the bytecode of the functions a run compiled, written next to the
 * bundle when it is built (esbuild.mjs runs the command once with `write`), so that a run does not parse and
 * compile the 2 MB bundle again (the realistic dataset's check 2.15 → 2.05 s, `check samples` 0.49 → 0.40 s).
 * V8 takes the cache only for the same source, V8 version and flags, and says when it does not
 * (`cachedDataRejected`): then the bundle is compiled as it would be without one. A missing or unreadable cache
 * is no error either.
 */
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * 'read' (every run), 'write' (the build: compile without the cache and write it at exit) or 'report' (read, and
 * say on stderr whether V8 took the cache: the tests).
 */
type CodeCacheMode = 'read' | 'write' | 'report';

function codeCacheMode(value: string | undefined): CodeCacheMode {
  return value === 'write' || value === 'report' ? value : 'read';
}

/**
 * A launcher's whole work: sets V8's `flags` (before the bundle is compiled: V8 takes a code cache only under the
 * flags it was made with), then runs `<dir>/<name>-main.js` with `<dir>/<name>-main.cache`, in the mode that
 * `POLICY_PLANS_CODE_CACHE` names.
 */
export function launch(dir: string, name: string, flags: readonly string[]): void {
  for (const f of flags) v8.setFlagsFromString(f);
  runBundle(
    path.join(dir, `${name}-main.js`),
    path.join(dir, `${name}-main.cache`),
    codeCacheMode(process.env.POLICY_PLANS_CODE_CACHE),
  );
}

/**
 * A bundle's text. The build leaves the bundles ASCII (esbuild.mjs): read as Latin-1, their bytes become V8's
 * one-byte string by a copy, where decoding them as UTF-8 took ~10 ms more of every start (1.7 MB); a bundle that
 * is not ASCII is decoded as UTF-8.
 */
export function sourceOf(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** Compiles `file` (with `cacheFile` where V8 takes it) and runs it as the main module would run. */
function runBundle(file: string, cacheFile: string, mode: CodeCacheMode): void {
  // a shebang line stays a line (empty), so that positions in stack traces stay where they were
  const source = sourceOf(fs.readFileSync(file)).replace(/^#![^\n]*/, '');
  const cachedData = mode === 'write' ? undefined : readCache(cacheFile);
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  if (mode === 'report') {
    const said = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
    process.stderr.write(`code cache: ${said}\n`);
  }
  // written when the run ends, so that it holds every function the run compiled, not only the top level
  if (mode === 'write') process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  const run = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
}

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
