/**
 * The plan-id index that ref/unknown-plan asks for suggestions (core/nearIndex.ts) gives what `closest` gives
 * when it reads every id: the same names in the same order, on ids that share long prefixes (as a dataset's
 * do), differ in case, repeat in lower case, or are empty.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NearIndex } from '../server/src/core/nearIndex';
import { closest } from '../server/src/core/strings';

/** A small deterministic generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(r: () => number, alphabet: string, max: number): string {
  let s = '';
  const n = Math.floor(r() * (max + 1));
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}

test('NearIndex.closest equals closest over every id', () => {
  const r = random(10);
  const prefixes = ['cn-gd-plan-', 'cn-', 'CN-GD-', 'us-ca-', '', 'İstanbul-'];
  for (let round = 0; round < 40; round++) {
    const ids = new Set<string>();
    const count = 1 + Math.floor(r() * 300);
    for (let i = 0; i < count; i++) ids.add(prefixes[Math.floor(r() * prefixes.length)] + word(r, 'abAB01-9', 7));
    const index = new NearIndex(() => ids);
    for (let q = 0; q < 30; q++) {
      const known = [...ids][Math.floor(r() * ids.size)]!;
      // a known id with a few characters changed, or something else altogether
      const value =
        r() < 0.7
          ? [...known].map((c) => (r() < 0.15 ? word(r, 'abAB01-9x', 2) : c)).join('')
          : prefixes[Math.floor(r() * prefixes.length)] + word(r, 'abcAB019-', 9);
      for (const options of [{ limit: 3 }, {}, { limit: 5, maxDistance: 2 }, { limit: 1, maxDistance: 0 }])
        assert.deepEqual(
          index.closest(value, options),
          closest(value, ids, options),
          `${value} ${JSON.stringify(options)}`,
        );
    }
  }
});

test('NearIndex reads its names on the first question only, and none gives none', () => {
  let read = 0;
  const index = new NearIndex(() => {
    read++;
    return ['cn-gd-plan-00001', 'cn-gd-plan-00002'];
  });
  assert.equal(read, 0);
  assert.deepEqual(index.closest('cn-gd-plan-0001'), ['cn-gd-plan-00001', 'cn-gd-plan-00002']);
  assert.deepEqual(index.closest('CN-GD-PLAN-00002', { limit: 1 }), ['cn-gd-plan-00002']);
  assert.equal(read, 1);
  assert.deepEqual(new NearIndex(() => []).closest('anything'), []);
});
