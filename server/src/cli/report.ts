/**
 * `policy-plans report`: the dataset overview as one self-contained HTML file (the renderer bundle,
 * its map data and the overview inlined; it opens offline). The overview is the core's, the same
 * that the language server answers to `policyPlans/overview`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { localeOf, withFiles, type Language } from '../core';
import { UsageError } from '../node/files';
import { replaceFile } from '../node/output';
import { displayPath, loadDataset } from './check';

export interface ReportOptions {
  paths: string[];
  cwd: string;
  today: string;
  todayOverride?: string;
  output: string;
  /** The language of the page and the messages (English by default). */
  language?: Language;
  /** A progress line writer (stderr on a terminal), or nothing. */
  progress?: (line: string) => void;
}

export interface ReportResult {
  file: string;
  bytes: number;
  plans: number;
  targets: number;
}

/** The renderer bundle: next to the bundled CLI (dist/report.js), or in dist/ when run from the sources. */
export function rendererScript(): string {
  const candidates = [path.join(__dirname, 'report.js'), path.resolve(__dirname, '../../../dist/report.js')];
  for (const c of candidates) if (fs.existsSync(c)) return fs.readFileSync(c, 'utf8');
  throw new UsageError('cli.report.no-renderer');
}

/** The overview as the report carries it: JSON, gzipped, in base64 (safe inside a <script> element; about a tenth of the JSON). */
export function packOverview(value: unknown): string {
  return gzipSync(JSON.stringify(value), { level: 9 }).toString('base64');
}

/** The page: `lang` is its language (`en`, `zh-CN`), which the renderer also reads for its words. */
export function reportHtml(overview: unknown, script: string, title: string, lang = 'en'): string {
  // Web Crypto's random values: importing node:crypto took ~5.5 ms of every start of the CLI, whatever its command
  const nonce = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:`;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
</head>
<body>
<div id="pp-root"></div>
<script type="application/octet-stream" id="pp-overview" data-encoding="gzip-base64">${packOverview(overview)}</script>
<script nonce="${nonce}">${script.replace(/<\/(script)/gi, '<\\/$1')}</script>
</body>
</html>
`;
}

export function runReport(o: ReportOptions): ReportResult {
  const script = rendererScript();
  const { workspace, targets } = loadDataset({
    paths: o.paths,
    cwd: o.cwd,
    today: o.today,
    todayOverride: o.todayOverride,
    language: o.language,
  });
  const locale = localeOf(o.language ?? 'en');
  const overview = workspace.overview(targets, {
    onProgress: o.progress
      ? (done, total) =>
          (done % 50 === 0 || done === total) &&
          o.progress!(
            `\rpolicy-plans: ${locale.t('cli.report.progress', { done: String(done), total: String(total) })}`,
          )
      : undefined,
  });
  const shown = withFiles(overview, (f) => displayPath(f, o.cwd));
  const html = reportHtml(
    shown,
    script,
    locale.t('report.page-title', { plans: String(overview.plans.length) }),
    locale.language === 'zh-cn' ? 'zh-CN' : 'en',
  );
  const out = path.resolve(o.cwd, o.output);
  try {
    replaceFile(out, html);
  } catch (e) {
    throw new UsageError('cli.cannot-write', {
      file: o.output,
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
  o.progress?.('\r\x1b[K');
  return { file: out, bytes: Buffer.byteLength(html), plans: overview.plans.length, targets: overview.targets.length };
}
