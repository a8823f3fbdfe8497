/**
 * The entry point that VS Code's extension host calls: runs every *.test.js beside this file with mocha.
 * Besides mocha's own report, it logs one plain line per test and a summary, prefixed with
 * `policy-plans-vscode-tests:`, so that a runner that only sees the extension host's console (the
 * code-server run in test/e2e/codeserver.test.ts) can read the results.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const TAG = 'policy-plans-vscode-tests:';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  for (const f of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(__dirname, f));
  await new Promise<void>((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run((failures) => {
      console.log(`${TAG} done: ${passed} passed, ${failed} failed`);
      if (failures) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      passed++;
      console.log(`${TAG} ok: ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err: Error) => {
      failed++;
      console.log(
        `${TAG} FAIL: ${t.fullTitle()}: ${String(err?.message ?? err)
          .split('\n')
          .slice(0, 6)
          .join(' ')}`,
      );
    });
  });
}
