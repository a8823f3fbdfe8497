#!/usr/bin/env node
/**
 * Entry point of dist/cli.js: sets V8's flags, then runs the CLI's bundle (dist/cli-main.js, from bin.ts) with the
 * code cache written beside it when it was built (node/codeCache.ts). The flags are set before the bundle is
 * compiled: V8 takes a code cache only under the flags it was made with.
 */
import { launch } from '../node/codeCache';

/**
 * The old generation may grow by half (V8's default is up to four times) before V8 collects it: a large dataset
 * leaves one tree per file behind, and the collections then run mostly on V8's own thread, beside the check.
 * This replaced full collections forced from here when the heap had grown by half, which stopped the check
 * while they ran (realistic dataset: CPU 7.0 → 5.8 s, peak 222 → 248 MB; 50,000 generated plans: peak 791 → 769 MB;
 * test/bench/RESULTS.md).
 */
const HEAP_GROWING = '--heap-growing-percent=50';
/**
 * Objects are made in the young generation whatever V8 learnt of their allocation site. When the check kept the first
 * files' trees, V8 took the sites of tree nodes for long-lived and made every later file's nodes in the old
 * generation, where they died after their file's summary was read (50,000 generated plans: 70–75 → 44 s). Now that
 * the check keeps no trees, the realistic dataset takes the same time with or without it (6 paired runs) and 10,000
 * generated plans 8.8 against 9.6 s without (2 paired runs; test/bench/RESULTS.md).
 */
const NO_PRETENURING = '--no-allocation-site-pretenuring';

launch(__dirname, 'cli', [HEAP_GROWING, NO_PRETENURING]);
