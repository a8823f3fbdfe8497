#!/usr/bin/env node
/**
 * Runs commands at the same time (each through the shell), prints each one's output whole when it ends, and
 * exits with the first non-zero code. `npm test` runs the type-check and the lint this way: each is one
 * single-threaded process, so on two cores they take the time of the longer one instead of the sum.
 *
 *   node scripts/parallel.mjs "npm run typecheck" "npm run lint"
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/parallel.mjs "<command>" ["<command>" ...]');
  process.exit(2);
}

const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise((resolve) => {
        const chunks = [];
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => chunks.push(c));
        child.on('error', (e) => {
          process.stdout.write(`\n> ${command}: ${e.message}\n`);
          resolve({ command, code: 1 });
        });
        child.on('close', (code, signal) => {
          const output = Buffer.concat(chunks).toString();
          process.stdout.write(`\n> ${command}\n${output}`);
          if (code !== 0)
            process.stdout.write(`> ${command}: ${signal ? `killed by ${signal}` : `exit code ${code}`}\n`);
          resolve({ command, code: code ?? 1 });
        });
      }),
  ),
);

const failed = results.find((r) => r.code !== 0);
process.exitCode = failed ? failed.code : 0;
