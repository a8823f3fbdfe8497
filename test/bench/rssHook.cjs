// Preloaded into the CLI by the benchmark (node --require): writes the peak resident memory (kB) and the CPU
// time (user + system, µs) at exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  const u = process.resourceUsage();
  if (file) writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
