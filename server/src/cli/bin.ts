#!/usr/bin/env node
/** Entry point of dist/cli.js: the only place that touches process and the clock. */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { main } from './main';

/** A full collection (the CLI calls it between files of a large dataset, to bound its peak memory). */
function collector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}

const today = new Date().toISOString().slice(0, 10);
let code: number;
try {
  code = main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    today,
    env: process.env,
    collectGarbage: collector(),
  });
} catch (e) {
  process.stderr.write(`policy-plans: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  code = 3;
}
process.exitCode = code;
