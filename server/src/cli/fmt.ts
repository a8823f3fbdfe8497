/** `policy-plans fmt`: formats plan, region and config files in place, or lists the unformatted ones (--check). */
import { formatText, type FormatOptions } from '../core';
import { FileSource, UsageError } from '../node/files';
import { replaceFile } from '../node/output';
import { displayPath, loadDataset } from './check';

export interface FmtOptions {
  paths: string[];
  cwd: string;
  /** List the files that formatting would change, write nothing. */
  check: boolean;
  format: FormatOptions;
}

export interface FmtResult {
  /** Files that were (or, under --check, would be) changed. */
  changed: string[];
  /** Files left alone, with the reason (YAML errors, a guard of the formatter). */
  skipped: Array<{ file: string; reason: string }>;
  total: number;
}

/** A formatted file replaces the old one whole (keeping its permissions), or the command stops with a message. */
function writeFormatted(file: string, text: string): void {
  try {
    replaceFile(file, text, { mode: 'keep' });
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

export function runFmt(options: FmtOptions): FmtResult {
  const result: FmtResult = { changed: [], skipped: [], total: 0 };
  // the same files and kinds as `check` (a config's plan-files are plans here too)
  const { workspace, targets } = loadDataset({ paths: options.paths, cwd: options.cwd, today: '' });
  const source = new FileSource({ trusted: true });
  for (const file of targets) {
    const kind = workspace.kindOf(file);
    const read = source.read(file);
    if (!read.ok) throw new UsageError(`cannot read ${displayPath(file, options.cwd)}: ${read.reason}`);
    const text = read.text;
    const bom = read.bom ? '\ufeff' : '';
    workspace.release(file);
    result.total++;
    const r = formatText(text, kind, options.format);
    if (r.skipped) {
      result.skipped.push({ file, reason: r.skipped });
      continue;
    }
    if (r.text === text) continue;
    result.changed.push(file);
    if (!options.check) writeFormatted(file, bom + r.text);
  }
  return result;
}

export function fmtReport(result: FmtResult, options: { cwd: string; check: boolean }): { out: string; err: string } {
  const show = (f: string) => displayPath(f, options.cwd);
  const out = result.changed.map((f) => `${options.check ? 'not formatted' : 'formatted'}: ${show(f)}\n`).join('');
  const err = result.skipped.map((s) => `left alone: ${show(s.file)}: ${s.reason}\n`).join('');
  const tail = options.check
    ? result.changed.length
      ? `${result.changed.length} of ${result.total} files need formatting (run policy-plans fmt)\n`
      : `${result.total} files formatted\n`
    : `${result.changed.length} of ${result.total} files changed\n`;
  return { out: out + tail, err };
}
