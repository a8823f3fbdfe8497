/**
 * `policy-plans fmt`: --check lists the unformatted files and exits 1; without it the files are written
 * (through a temporary file and a rename: nothing is left behind); a file with YAML errors is never
 * written; the samples are formatted (the CI check).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { main } from '../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..');

function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = main(argv, {
    cwd,
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY: false,
    today: '2026-11-27',
    env: {},
  });
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-fmt-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const MESSY =
  'id: messy-2023\ntitle:   Messy\njurisdiction: CN-GD\nperiod: {start: 2023, end: 2025}   # the period\nsources:\n- id: s1\n  url: https://example.org/\n';
const FORMATTED =
  'id: messy-2023\ntitle: Messy\njurisdiction: CN-GD\nperiod: { start: 2023, end: 2025 }   # the period\nsources:\n  - id: s1\n    url: https://example.org/\n';
const BROKEN = 'id: a\nid: b\ntitle:   x\n';

test('fmt --check lists the unformatted files and exits 1; fmt writes them; then --check passes', () => {
  fs.writeFileSync(path.join(dir, 'messy.plan.yaml'), MESSY);
  fs.writeFileSync(path.join(dir, 'broken.plan.yaml'), BROKEN);
  fs.writeFileSync(path.join(dir, 'clean.plan.yaml'), FORMATTED.replace('messy-2023', 'clean-2023'));
  const checked = run(['fmt', '.', '--check'], dir);
  assert.equal(checked.code, 1);
  assert.equal(checked.out, 'not formatted: messy.plan.yaml\n1 of 3 files need formatting (run policy-plans fmt)\n');
  assert.equal(checked.err, 'left alone: broken.plan.yaml: the YAML has errors; fix them first\n');
  assert.equal(fs.readFileSync(path.join(dir, 'messy.plan.yaml'), 'utf8'), MESSY, '--check writes nothing');

  const written = run(['fmt', '.'], dir);
  assert.equal(written.code, 0);
  assert.equal(written.out, 'formatted: messy.plan.yaml\n1 of 3 files changed\n');
  assert.equal(fs.readFileSync(path.join(dir, 'messy.plan.yaml'), 'utf8'), FORMATTED);
  assert.equal(
    fs.readFileSync(path.join(dir, 'broken.plan.yaml'), 'utf8'),
    BROKEN,
    'a file with YAML errors is never written',
  );
  assert.deepEqual(
    fs.readdirSync(dir).sort(),
    ['broken.plan.yaml', 'clean.plan.yaml', 'messy.plan.yaml'],
    'no temporary file is left',
  );

  const again = run(['fmt', '.', '--check'], dir);
  assert.equal(again.code, 0);
  assert.equal(again.out, '3 files formatted\n');
});

test('fmt --canonical-order --quotes double', () => {
  const file = path.join(dir, 'order.plan.yaml');
  fs.writeFileSync(file, "title: 'T'\nid: order-2023\n");
  assert.equal(run(['fmt', 'order.plan.yaml', '--canonical-order', '--quotes', 'double'], dir).code, 0);
  assert.equal(fs.readFileSync(file, 'utf8'), 'id: order-2023\ntitle: "T"\n');
  assert.equal(run(['fmt', 'order.plan.yaml', '--quotes', 'fancy'], dir).code, 2);
});

test('the samples are formatted (fmt --check samples, as CI runs it)', () => {
  const r = run(['fmt', 'samples', '--check'], ROOT);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /^\d+ files formatted\n$/);
});
