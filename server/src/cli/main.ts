/** The `policy-plans` command line: parses arguments, runs the engine, prints, sets the exit code. */
import * as path from 'node:path';
import { parseDate } from '../core';
import { checkOutputPath, writeOutput } from '../node/output';
import { UsageError } from '../node/files';
import { displayPath, loadDataset, runCheck } from './check';
import { formatJson, formatProgress, formatSarif, formatText, summary } from './format';
import { runExport } from './export';
import { fmtReport, runFmt } from './fmt';
import { runReport } from './report';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const HELP = `policy-plans ${VERSION} — checks policy plan datasets

Usage:
  policy-plans check [paths…] [--format text|json|sarif] [--today YYYY-MM-DD] [--progress] [--output FILE]
  policy-plans export [paths…] [--format csv|json] [--rows targets|measures|all] [--bom] [--output FILE]
  policy-plans fmt [paths…] [--check] [--canonical-order] [--quotes keep|double|single]
  policy-plans report [paths…] [--output report.html] [--today YYYY-MM-DD]

Paths are files, folders (searched for *.plan.yaml|yml and *.regions.yaml|yml) or globs;
the current folder by default.

Options:
  --format F        check: text (default), json or sarif; export: csv (default) or json
  --today DATE      the reference date for rules such as deadline/passed
  --progress        check (text): after the findings, where each plan's targets stand
  --output FILE     write the report to FILE instead of standard output
  --rows R          export: targets (default), measures or all
  --bom             export: start the CSV with a UTF-8 byte-order mark, for Excel
                    (report: the HTML file, report.html by default)
  --no-color        never colour the text output (colour is used only on a terminal)
  --check           fmt: write nothing; list the files formatting would change (exit 1 if any)
  --canonical-order fmt: put keys in the order of docs/plan-format.md
  --quotes Q        fmt: keep (default) the quotes, or make quoted values double or single quoted
  -h, --help        this help
  -v, --version     the version

Exit status: 0 no errors, 1 errors found (fmt --check: files to format), 2 usage problem.
fmt never writes a file with YAML errors; it writes through a temporary file and a rename.
`;

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Today's date (YYYY-MM-DD): the clock is read by the caller. */
  today: string;
  env: Record<string, string | undefined>;
  /** A full garbage collection: a large dataset leaves one tree per file behind, collected as it goes. */
  collectGarbage?: () => void;
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
}

function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { command: '', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') p.command = 'help';
    else if (a === '-v' || a === '--version') p.command = p.command || 'version';
    else if (a === '--format' || a.startsWith('--format=')) p.format = value();
    else if (a === '--today' || a.startsWith('--today=')) p.today = value();
    else if (a === '--output' || a === '-o' || a.startsWith('--output=')) p.output = value();
    else if (a === '--rows' || a.startsWith('--rows=')) p.rows = value();
    else if (a === '--bom') p.bom = true;
    else if (a === '--no-color') p.color = false;
    else if (a === '--progress') p.progress = true;
    else if (a === '--check') p.check = true;
    else if (a === '--canonical-order') p.canonicalOrder = true;
    else if (a === '--quotes' || a.startsWith('--quotes=')) p.quotes = value();
    else if (a === '--color') p.color = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} (see --help)`);
    else if (!p.command) p.command = a;
    else p.paths.push(a);
  }
  return p;
}

export function main(argv: string[], io: CliIo): number {
  let args: Parsed;
  try {
    args = parseArgs(argv);
    if (args.command === 'help' || args.command === '') {
      io.stdout(HELP);
      return args.command === 'help' ? 0 : 2;
    }
    if (args.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (args.today !== undefined && !parseDate(args.today))
      throw new UsageError(`--today ${args.today} is not a date (YYYY-MM-DD)`);
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
      if (!['text', 'json', 'sarif'].includes(format))
        throw new UsageError(`unknown format ${format}; use text, json or sarif`);
      if (args.progress && format !== 'text') throw new UsageError('--progress goes with the text format');
      const result = runCheck({
        paths: args.paths,
        cwd: io.cwd,
        today: io.today,
        todayOverride: args.today,
        progress: args.progress,
        collectGarbage: io.collectGarbage,
      });
      for (const n of result.notes) io.stderr(`policy-plans: ${n}\n`);
      const color = args.color ?? (io.isTTY && !args.output && !io.env.NO_COLOR);
      const o = { cwd: io.cwd, color, version: VERSION };
      write(
        format === 'json'
          ? formatJson(result, o)
          : format === 'sarif'
            ? formatSarif(result, o)
            : formatText(result, o) + (args.progress ? `\n${formatProgress(result, o)}` : ''),
        result.files.map((f) => f.file),
      );
      return summary(result).errors > 0 ? 1 : 0;
    }
    if (args.command === 'export') {
      const format = args.format ?? 'csv';
      if (!['csv', 'json'].includes(format)) throw new UsageError(`unknown format ${format}; use csv or json`);
      const rows = args.rows ?? 'targets';
      if (rows !== 'targets' && rows !== 'measures' && rows !== 'all')
        throw new UsageError(`unknown --rows ${rows}; use targets, measures or all`);
      write(
        runExport({
          paths: args.paths,
          cwd: io.cwd,
          today: io.today,
          todayOverride: args.today,
          format,
          rows,
          bom: args.bom,
        }),
        output ? loadDataset({ paths: args.paths, cwd: io.cwd, today: io.today }).targets : [],
      );
      return 0;
    }
    if (args.command === 'fmt') {
      const quotes = args.quotes ?? 'keep';
      if (quotes !== 'keep' && quotes !== 'double' && quotes !== 'single')
        throw new UsageError(`unknown quote style ${quotes}; use keep, double or single`);
      const check = !!args.check;
      const result = runFmt({
        paths: args.paths,
        cwd: io.cwd,
        check,
        format: { canonicalKeyOrder: !!args.canonicalOrder, quotes },
      });
      const report = fmtReport(result, { cwd: io.cwd, check });
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
        progress: io.isTTY ? io.stderr : undefined,
      });
      io.stdout(
        `wrote ${displayPath(r.file, io.cwd)}: ${r.plans} plans, ${r.targets} targets, ${Math.round(r.bytes / 1024)} KB\n`,
      );
      return 0;
    }
    throw new UsageError(`unknown command ${args.command}; use check, export, fmt or report (see --help)`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policy-plans: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
