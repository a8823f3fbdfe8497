#!/usr/bin/env node
/** Entry point of dist/cli.js: the only place that touches process and the clock. */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { main } from './main';

/**
 * A full collection when the heap has grown by half (at least 32 MB) since the last one (the CLI offers
 * it between files of a large dataset, to bound its peak memory). Not at every call: a collection costs
 * as much as the live heap, which grows with the dataset, so a collection per megabyte of text made a
 * dataset's check grow with its square.
 */
function collector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return undefined;
    const used = () => v8.getHeapStatistics().used_heap_size;
    let live = used();
    return () => {
      if (used() < Math.max(live * 1.5, live + 32 * 1024 * 1024)) return;
      (gc as () => void)();
      live = used();
    };
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
