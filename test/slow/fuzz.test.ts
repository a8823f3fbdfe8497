/**
 * The short run of the incremental-sync fuzzer (test/fuzz/run.ts): a few thousand seeded random edits over
 * the samples and the YAML test suite's inputs, sent as didChange; after each batch the server is alive and
 * its diagnostics equal those of a fresh open of the same text. A longer run:
 *
 *   node --import tsx test/fuzz/run.ts --minutes 10 [--seed N]
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFuzz } from '../fuzz/run';

test(
  '6,000 seeded random edits through didChange: diagnostics always equal a fresh open’s',
  { timeout: 120_000 },
  async () => {
    const stats = await runFuzz({ seed: 20261127, edits: 6000 });
    console.log(
      `fuzz (seed ${stats.seed}): ${stats.edits} edits in ${stats.notifications} didChange notifications, ${stats.batches} batches compared with a fresh open, ${stats.documents} documents, ${(stats.ms / 1000).toFixed(1)} s`,
    );
    assert.deepEqual(stats.failures, []);
    assert.ok(
      stats.edits >= 6000 && stats.comparisons >= 100,
      `${stats.edits} edits, ${stats.comparisons} comparisons`,
    );
  },
);
