/**
 * Lone-CR line endings (issue 11 item 13): CR, LF and CR LF are all YAML 1.2 line breaks, and the server
 * treats them alike: a sample written with lone CRs (or CR LFs) gets the same findings, at the same lines
 * and columns, as with LFs, on open and after an edit. Also through the command line (in process: its
 * `main`, as dist/cli.js runs it; the binary has its own test in cli.test.ts).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from './helpers/cli';
import { LspClient, ROOT, ensureBuilt, type Diagnostic } from './helpers/lsp-client';

const SAMPLE = fs
  .readFileSync(path.join(ROOT, 'samples', 'cn-gd-general-ai-2023.plan.yaml'), 'utf8')
  .replace(/\r\n?/g, '\n');
const BREAKS = { lf: '\n', cr: '\r', crlf: '\r\n' } as const;
const withBreaks = (text: string, br: string) => text.replace(/\n/g, br);
const shape = (d: Diagnostic[]) =>
  d
    .map(
      (x) =>
        `${x.code} ${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.message}`,
    )
    .sort();

let c: LspClient;
before(async () => {
  ensureBuilt();
  c = await LspClient.start({ initializationOptions: { referenceDate: '2026-11-27' } });
});
after(async () => c?.dispose());

describe('lone CR, LF and CR LF line breaks', () => {
  test('the server: the same findings at the same positions, on open and after an edit', async () => {
    const results: Record<string, string[]> = {};
    const edited: Record<string, string[]> = {};
    for (const [name, br] of Object.entries(BREAKS)) {
      const uri = `file:///line-endings/${name}/a.plan.yaml`;
      const text = withBreaks(SAMPLE, br);
      results[name] = shape((await c.open(uri, text, 1)).diagnostics);
      // an edit in the middle: a region code made unknown (the incremental path)
      const at = text.indexOf('jurisdiction: CN-GD') + 'jurisdiction: CN-'.length;
      const since = c.mark();
      c.change(uri, 2, `${text.slice(0, at)}ZZ${text.slice(at + 2)}`);
      edited[name] = shape((await c.waitForDiagnostics(uri, 2, { since })).diagnostics);
    }
    assert.ok(results.lf.length > 0, 'the sample has findings to compare');
    assert.ok(!results.cr.some((x) => x.startsWith('yaml/') || x.startsWith('schema/')), results.cr.join('\n'));
    assert.deepEqual(results.cr, results.lf);
    assert.deepEqual(results.crlf, results.lf);
    assert.ok(
      edited.lf.some((x) => x.startsWith('region/unknown')),
      edited.lf.join('\n'),
    );
    assert.deepEqual(edited.cr, edited.lf);
    assert.deepEqual(edited.crlf, edited.lf);
  });

  test('the command line: the same findings at the same lines', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-plans-cr-'));
    try {
      const out: Record<string, string[]> = {};
      for (const [name, br] of Object.entries(BREAKS)) {
        fs.mkdirSync(path.join(dir, name));
        fs.writeFileSync(path.join(dir, name, 'a.plan.yaml'), withBreaks(SAMPLE, br));
        const r = runCli(['check', path.join(dir, name, 'a.plan.yaml'), '--format', 'json', '--today', '2026-11-27']);
        out[name] = shape((JSON.parse(r.out) as { diagnostics: Diagnostic[] }).diagnostics);
      }
      assert.ok(out.lf.length > 0);
      assert.deepEqual(out.cr, out.lf);
      assert.deepEqual(out.crlf, out.lf);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
