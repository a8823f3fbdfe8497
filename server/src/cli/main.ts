/** The `policy-plans` command line: parses arguments, runs the engine, prints, sets the exit code. */
import * as path from 'node:path';
import { createLocale, languageOf, parseDate, type Language, type Locale } from '../core';
import { environmentLanguage } from '../node/environment';
import { UsageError } from '../node/files';
import { checkOutputPath, openOutput, writeOutput, type OutputStream } from '../node/output';
import { displayPath, loadDataset, startCheck, type FileResult } from './check';
import { formatProgress, jsonReport, sarifReport, textReport } from './format';
import { runExport } from './export';
import { fmtReport, runFmt } from './fmt';
import { runReport } from './report';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Today's date (YYYY-MM-DD): the clock is read by the caller. */
  today: string;
  env: Record<string, string | undefined>;
}

interface Parsed {
  command: string;
  paths: string[];
  format?: string;
  today?: string;
  output?: string;
  color?: boolean;
  progress?: boolean;
  check?: boolean;
  canonicalOrder?: boolean;
  quotes?: string;
  rows?: string;
  bom?: boolean;
  lang?: string;
}

function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { command: '', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError('cli.needs-value', { option: a });
      return v;
    };
    if (a === '-h' || a === '--help') p.command = 'help';
    else if (a === '-v' || a === '--version') p.command = p.command || 'version';
    else if (a === '--format' || a.startsWith('--format=')) p.format = value();
    else if (a === '--today' || a.startsWith('--today=')) p.today = value();
    else if (a === '--output' || a === '-o' || a.startsWith('--output=')) p.output = value();
    else if (a === '--rows' || a.startsWith('--rows=')) p.rows = value();
    else if (a === '--lang' || a.startsWith('--lang=')) p.lang = value();
    else if (a === '--bom') p.bom = true;
    else if (a === '--no-color') p.color = false;
    else if (a === '--progress') p.progress = true;
    else if (a === '--check') p.check = true;
    else if (a === '--canonical-order') p.canonicalOrder = true;
    else if (a === '--quotes' || a.startsWith('--quotes=')) p.quotes = value();
    else if (a === '--color') p.color = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError('cli.unknown-option', { option: a });
    else if (!p.command) p.command = a;
    else p.paths.push(a);
  }
  return p;
}

/** A `--lang` value: en, zh, zh-cn, zh-CN, zh_CN.UTF-8, en-US…; null for anything else. */
function langOption(value: string): Language | null {
  return /^(en|zh)(?:$|[-_.@])/i.test(value.trim()) ? languageOf(value) : null;
}

/**
 * The language of this run: `--lang` (also `--lang=`), else the environment's, else English. Read before the
 * arguments are parsed, so that even an argument error is said in it.
 */
export function cliLanguage(argv: string[], env: Record<string, string | undefined>): Language {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i]!;
    const value = a.startsWith('--lang=') ? a.slice('--lang='.length) : a === '--lang' ? argv[i + 1] : undefined;
    const lang = value === undefined ? null : langOption(value);
    if (lang) return lang;
  }
  return environmentLanguage(env);
}

export function main(argv: string[], io: CliIo): number {
  // the run's own locale: each message's template taken apart once (a report says thousands)
  const locale: Locale = createLocale(cliLanguage(argv, io.env));
  const language = locale.language;
  let args: Parsed;
  try {
    args = parseArgs(argv);
    if (args.lang !== undefined && !langOption(args.lang))
      throw new UsageError('cli.unknown-language', { value: args.lang });
    if (args.command === 'help' || args.command === '') {
      io.stdout(locale.t('cli.help', { version: VERSION }));
      return args.command === 'help' ? 0 : 2;
    }
    if (args.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (args.today !== undefined && !parseDate(args.today))
      throw new UsageError('cli.bad-today', { value: args.today });
    // --output: refused up front when its folder is missing or it is a folder or a dataset file; written
    // atomically, never over a file that was read (node/output.ts)
    const output = args.output;
    if (output) checkOutputPath(path.resolve(io.cwd, output), output);
    const write = (s: string, inputs: string[]) => {
      if (output) writeOutput(path.resolve(io.cwd, output), s, { shown: output, inputs });
      else io.stdout(s);
    };
    if (args.command === 'check') {
      const format = args.format ?? 'text';
      if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('cli.check.unknown-format', { format });
      if (args.progress && format !== 'text') throw new UsageError('cli.check.progress-needs-text');
      const run = startCheck({
        paths: args.paths,
        cwd: io.cwd,
        today: io.today,
        todayOverride: args.today,
        progress: args.progress,
        language,
      });
      for (const n of run.notes) io.stderr(`policy-plans: ${n}\n`);
      const color = args.color ?? (io.isTTY && !args.output && !io.env.NO_COLOR);
      const o = { cwd: io.cwd, color, version: VERSION, locale };
      const report =
        format === 'json' ? jsonReport(run.files.length, o) : format === 'sarif' ? sarifReport(o) : textReport(o);
      // each file's findings are written as it is checked (in pieces of about a megabyte), not held to the end
      const sink: OutputStream = output
        ? openOutput(path.resolve(io.cwd, output), { shown: output, inputs: run.files })
        : { write: io.stdout, close: () => undefined, abort: () => undefined };
      let pending: string[] = [];
      let size = 0;
      const flush = () => {
        if (pending.length) sink.write(pending.join(''));
        pending = [];
        size = 0;
      };
      const put = (s: string) => {
        if (!s) return;
        pending.push(s);
        size += s.length;
        if (size >= 1_000_000) flush();
      };
      const progress: Array<Pick<FileResult, 'file' | 'progress'>> = [];
      try {
        put(report.head);
        run.each((f) => {
          put(report.file(f));
          if (f.progress) progress.push({ file: f.file, progress: f.progress });
        });
        put(report.end());
        if (args.progress) put(`\n${formatProgress(progress, o)}`);
        flush();
      } catch (e) {
        sink.abort();
        throw e;
      }
      sink.close();
      return report.counts.errors > 0 ? 1 : 0;
    }
    if (args.command === 'export') {
      const format = args.format ?? 'csv';
      if (!['csv', 'json'].includes(format)) throw new UsageError('cli.export.unknown-format', { format });
      const rows = args.rows ?? 'targets';
      if (rows !== 'targets' && rows !== 'measures' && rows !== 'all')
        throw new UsageError('cli.export.unknown-rows', { rows });
      write(
        runExport({
          paths: args.paths,
          cwd: io.cwd,
          today: io.today,
          todayOverride: args.today,
          format,
          rows,
          bom: args.bom,
          language,
        }),
        output ? loadDataset({ paths: args.paths, cwd: io.cwd, today: io.today, language }).targets : [],
      );
      return 0;
    }
    if (args.command === 'fmt') {
      const quotes = args.quotes ?? 'keep';
      if (quotes !== 'keep' && quotes !== 'double' && quotes !== 'single')
        throw new UsageError('cli.fmt.unknown-quotes', { quotes });
      const check = !!args.check;
      const result = runFmt({
        paths: args.paths,
        cwd: io.cwd,
        check,
        language,
        format: { canonicalKeyOrder: !!args.canonicalOrder, quotes },
      });
      const report = fmtReport(result, { cwd: io.cwd, check, locale });
      io.stdout(report.out);
      if (report.err) io.stderr(report.err);
      return check && result.changed.length ? 1 : 0;
    }
    if (args.command === 'report') {
      const r = runReport({
        paths: args.paths,
        cwd: io.cwd,
        today: io.today,
        todayOverride: args.today,
        output: args.output ?? 'report.html',
        language,
        progress: io.isTTY ? io.stderr : undefined,
      });
      const wrote = locale.t('cli.report.wrote', {
        file: displayPath(r.file, io.cwd),
        plans: String(r.plans),
        targets: String(r.targets),
        kb: String(Math.round(r.bytes / 1024)),
      });
      io.stdout(`${wrote}\n`);
      return 0;
    }
    throw new UsageError('cli.unknown-command', { command: args.command });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policy-plans: ${e.in(locale)}\n`);
      return 2;
    }
    throw e;
  }
}
