// Preloaded into the CLI by the benchmark (node --require): writes the peak resident memory (kB) at exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
