/**
 * Complexity guards without timed assertions: instead of "this takes under N ms" (which fails on a loaded
 * machine), compare how the time grows: the work on an input `factor` times larger must take less than
 * `limit` times as long (default: 10× the input, under 20× the time — linear passes with room for noise,
 * quadratic fails at 100×).
 *
 * Time is the process's CPU time (`process.cpuUsage`), not the wall clock: on a loaded machine the wall clock
 * mostly measures the wait for a core. The two sizes are timed in turn, several times, and the medians are
 * compared (the fastest runs are too lucky for the small input); an input too fast to time is repeated
 * until one measurement takes 50 ms of CPU (the kernel accounts CPU time in ticks of a few milliseconds).
 */
import assert from 'node:assert/strict';

export interface GrowthOptions {
  /** How much larger the large input is; default 10. */
  factor?: number;
  /** The large input must take less than `limit` times the small one's time; default 20. */
  limit?: number;
  /** Measurements per size (the median counts); default 5. */
  runs?: number;
}

/** CPU milliseconds (user + system) of this process so far. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** How many calls make one measurement of at least 50 ms. */
function repeatsFor(fn: () => void): number {
  for (let repeat = 1; ; repeat *= 4) {
    const started = cpuMs();
    for (let i = 0; i < repeat; i++) fn();
    if (cpuMs() - started >= 50 || repeat >= 1 << 16) return repeat;
  }
}

/**
 * Asserts that `work` on the input `prepare(n * factor)` takes less than `limit` times `work` on `prepare(n)`.
 * The inputs are built outside the timing. Returns the median milliseconds of one call of each.
 */
export function assertGrowth<T>(
  what: string,
  n: number,
  prepare: (n: number) => T,
  work: (input: T) => void,
  options: GrowthOptions = {},
): { small: number; large: number } {
  const { factor = 10, limit = 20, runs = 5 } = options;
  const smallInput = prepare(n);
  const largeInput = prepare(n * factor);
  work(largeInput); // warm up (JIT, caches)
  const smallRepeat = repeatsFor(() => work(smallInput));
  const largeRepeat = repeatsFor(() => work(largeInput));
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let r = 0; r < runs; r++) {
    let started = cpuMs();
    for (let i = 0; i < smallRepeat; i++) work(smallInput);
    smalls.push((cpuMs() - started) / smallRepeat);
    started = cpuMs();
    for (let i = 0; i < largeRepeat; i++) work(largeInput);
    larges.push((cpuMs() - started) / largeRepeat);
  }
  const small = median(smalls);
  const large = median(larges);
  assert.ok(
    large < small * limit,
    `${what}: ${factor}× the input (${n} → ${n * factor}) took ${(large / small).toFixed(1)}× the CPU time (${small.toFixed(1)} ms → ${large.toFixed(1)} ms); allowed under ${limit}×`,
  );
  return { small, large };
}
