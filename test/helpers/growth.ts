/**
 * A complexity guard instead of a timed assertion: how much longer a function takes on 10× the input. A timed
 * limit fails on a loaded machine; a ratio of two measurements on the same machine, moments apart, does not.
 * The time is this process's CPU time (user + system), which other processes on a shared machine do not
 * inflate as they do the wall clock, and the least of a few runs of each size is compared.
 */
export function growth(run: (size: number) => void, options: { size: number; factor?: number; runs?: number }): number {
  const factor = options.factor ?? 10;
  const runs = options.runs ?? 5;
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const least = (size: number): number => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = cpu();
      run(size);
      best = Math.min(best, cpu() - t0);
    }
    return Math.max(best, 0.01);
  };
  least(options.size); // warm up
  return least(options.size * factor) / least(options.size);
}
