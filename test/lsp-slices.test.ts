/** Background work in slices sized by time (server/src/lsp/slices.ts): the sizes follow the time files take. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SliceSize } from '../server/src/lsp/slices';

test('slices grow while files are quick and shrink when they are slow, within 1 and 200', () => {
  const s = new SliceSize(10, 8);
  assert.equal(s.next, 8);
  s.took(8, 2); // 0.25 ms a file: 40 would take 10 ms; halfway there
  assert.equal(s.next, 24);
  for (let i = 0; i < 20; i++) s.took(s.next, s.next * 0.25);
  assert.equal(s.next, 40);
  s.took(40, 400); // 10 ms a file: one file per slice would do; halfway
  assert.equal(s.next, 20);
  for (let i = 0; i < 20; i++) s.took(s.next, s.next * 10);
  assert.equal(s.next, 1);
  for (let i = 0; i < 40; i++) s.took(s.next, 0); // instant: capped
  assert.equal(s.next, 200);
  s.took(0, 50); // an empty slice says nothing
  assert.equal(s.next, 200);
});

test('a slice ends at its number of files, or before the next file once its time is used, never before its first', () => {
  const s = new SliceSize(10, 8);
  assert.equal(s.full(0, 0), false);
  assert.equal(s.full(0, 50), false); // a slice always does one file
  assert.equal(s.full(7, 9.9), false);
  assert.equal(s.full(8, 1), true); // its number of files
  assert.equal(s.full(3, 10), true); // its time: a collection or a large file took it
  assert.equal(s.full(1, 120), true);
});
