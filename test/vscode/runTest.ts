/**
 * `npm run test:vscode`: runs the mocha suite in suite/ inside a real VS Code with @vscode/test-electron.
 * It downloads VS Code (stable, or VSCODE_VERSION) into .vscode-test/ at run time, so it needs the
 * VS Code download site; where only the npm registry is reachable, test/e2e/codeserver.test.ts
 * runs the same scenarios in code-server instead. `npm test` does not call this.
 *
 * The workspace is a temporary copy of samples/broken/, so the tests never edit the repository.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // Compiled to out/test/vscode/runTest.js: the repository is three folders up.
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-vscode-'));
  fs.cpSync(path.join(root, 'samples', 'broken'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
      extensionTestsEnv: { POLICY_PLANS_TEST_WORKSPACE: workspace },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
