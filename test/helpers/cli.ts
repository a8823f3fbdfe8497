/**
 * The command line in process, for tests: `runCli` runs `main` with captured output (cwd the repository root
 * unless given, a fixed far-future clock), `golden` compares a text with test/golden/<name> or writes it when
 * UPDATE_GOLDEN=1.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN = path.join(ROOT, 'test', 'golden');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export function runCli(
  argv: string[],
  io: { cwd?: string; isTTY?: boolean; env?: Record<string, string> } = {},
): CliRun {
  let out = '';
  let err = '';
  const code = main(argv, {
    cwd: io.cwd ?? ROOT,
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY: io.isTTY ?? false,
    today: '2099-01-01',
    env: io.env ?? {},
  });
  return { code, out, err };
}

/** Compares with a golden file, or writes it when UPDATE_GOLDEN=1; `regenerate` names the command that does. */
export function golden(name: string, actual: string, regenerate: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `no golden file test/golden/${name}; run with UPDATE_GOLDEN=1 to create it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `output differs from test/golden/${name} (${regenerate})`);
}
