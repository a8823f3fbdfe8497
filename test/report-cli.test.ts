/** policy-plans report (without a browser): one self-contained file, written atomically; progress only on a terminal. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { main } from '../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..');
const built = fs.existsSync(path.join(ROOT, 'dist', 'report.js'));
const skip = built ? false : 'dist/report.js is missing: run npm run build';

function run(argv: string[], cwd: string, isTTY = false): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, {
    cwd,
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    isTTY,
    today: '2026-11-27',
    env: {},
  });
  return { code, out, err };
}

function overviewOf(html: string): { referenceDate: string; targets: Array<{ place: { file: string } }> } {
  const packed =
    /<script type="application\/octet-stream" id="pp-overview" data-encoding="gzip-base64">([^<]*)<\/script>/.exec(
      html,
    )![1];
  return JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8'));
}

test('one HTML file with the renderer and the overview inlined, a strict CSP, and nothing to fetch', { skip }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-report-cli-'));
  try {
    const r = run(['report', path.join(ROOT, 'samples'), '--output', 'out.html', '--today', '2025-06-01'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^wrote out\.html: 12 plans, \d+ targets, \d+ KB\n$/);
    assert.deepEqual(fs.readdirSync(dir), ['out.html'], 'no temporary file left behind');
    const html = fs.readFileSync(path.join(dir, 'out.html'), 'utf8');
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-[^']+'/,
    );
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=/, 'no external script or style');
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)![1];
    assert.ok(html.includes(`<script nonce="${nonce}">`));
    assert.equal(Buffer.from(nonce!, 'base64').length, 16, 'a nonce of 16 random bytes');
    assert.match(nonce!, /^[A-Za-z0-9+/]{22}==$/);
    const o = overviewOf(html);
    assert.equal(o.referenceDate, '2025-06-01', '--today sets the reference date');
    assert.ok(
      o.targets.every((t) => !path.isAbsolute(t.place.file) || t.place.file.startsWith(ROOT)),
      'paths relative to the current folder when inside it',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a progress line on a terminal only, on stderr', { skip }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-report-cli-'));
  try {
    const tty = run(['report', path.join(ROOT, 'samples'), '--output', 'a.html'], dir, true);
    assert.match(tty.err, /checked 14\/14 files/);
    const pipe = run(['report', path.join(ROOT, 'samples'), '--output', 'b.html'], dir, false);
    assert.equal(pipe.err, '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an output that cannot be written: exit 2 with a message, nothing half-written left behind', { skip }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-report-cli-'));
  try {
    // a folder where the file should go: the temporary file is written, the rename fails
    fs.mkdirSync(path.join(dir, 'out.html'));
    fs.writeFileSync(path.join(dir, 'out.html', 'keep'), 'old');
    const r = run(['report', path.join(ROOT, 'samples'), '--output', 'out.html'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^policy-plans: --output out\.html is a folder; name a file\n$/);
    assert.deepEqual(fs.readdirSync(dir), ['out.html']);
    assert.equal(fs.readFileSync(path.join(dir, 'out.html', 'keep'), 'utf8'), 'old');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
