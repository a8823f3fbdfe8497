/** The CLI's main module (dist/cli-main.js), run by launch.ts: the only place that touches process and the clock. */
import { main } from './main';

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
  });
} catch (e) {
  process.stderr.write(`policy-plans: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  code = 3;
}
process.exitCode = code;
