/**
 * How much background work (reading the workspace, checking closed files) goes between two yields to the event
 * loop: a request that arrives meanwhile (a hover, a completion) waits for one slice at most. Slices are sized by
 * time, not by a count of files: a count that was quick on small plans took 30–170 ms on large ones, and a hover
 * asked while 10,000 plans were indexed waited that long.
 */

/** The work a slice aims at, in milliseconds. */
export const SLICE_MS = 10;

/** The number of files in the next slice, from how long the files of the last ones took. */
export class SliceSize {
  private n: number;

  constructor(
    private readonly target = SLICE_MS,
    first = 8,
  ) {
    this.n = first;
  }

  /** Files to take in the next slice (at least 1, at most 200). */
  get next(): number {
    return this.n;
  }

  /**
   * Whether a slice that has done `count` files in `ms` milliseconds is done: it has its number of files, or it
   * has used its time (a collection, or one large file, can make a few files take several times the target; the
   * slice then ends before the next file, not after all of them).
   */
  full(count: number, ms: number): boolean {
    return count >= this.n || (count > 0 && ms >= this.target);
  }

  /** The last slice did `count` files in `ms` milliseconds. */
  took(count: number, ms: number): void {
    if (count <= 0) return;
    const each = Math.max(ms / count, 0.01);
    // halfway from the current size to the one that would have hit the target: one slow file (a collection) does
    // not send the size to 1, and a run of quick ones grows it steadily
    const ideal = this.target / each;
    const half = (this.n + ideal) / 2;
    this.n = Math.min(200, Math.max(1, ideal < this.n ? Math.floor(half) : Math.ceil(half)));
  }
}
