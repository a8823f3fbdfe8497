/** `policy-plans fmt`: formats plan, region and config files in place, or lists the unformatted ones (--check). */
import { formatText, localeOf, type FormatOptions, type Language, type Locale } from '../core';
import { FileSource, reasonIn, UsageError } from '../node/files';
import { replaceFile } from '../node/output';
import { displayPath, loadDataset } from './check';

export interface FmtOptions {
  paths: string[];
  cwd: string;
  /** List the files that formatting would change, write nothing. */
  check: boolean;
  /** The language of the messages (English by default). */
  language?: Language;
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
    throw new UsageError('cli.cannot-write', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

export function runFmt(options: FmtOptions): FmtResult {
  const result: FmtResult = { changed: [], skipped: [], total: 0 };
  // the same files and kinds as `check` (a config's plan-files are plans here too)
  const { workspace, targets } = loadDataset({
    paths: options.paths,
    cwd: options.cwd,
    today: '',
    language: options.language,
  });
  const source = new FileSource({ trusted: true });
  for (const file of targets) {
    const kind = workspace.kindOf(file);
    const read = source.read(file);
    if (!read.ok)
      throw new UsageError('cli.cannot-read', {
        file: displayPath(file, options.cwd),
        reason: reasonIn(read, localeOf(options.language ?? 'en')),
      });
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

export function fmtReport(
  result: FmtResult,
  options: { cwd: string; check: boolean; locale: Locale },
): { out: string; err: string } {
  const { locale } = options;
  const show = (f: string) => displayPath(f, options.cwd);
  const out = result.changed
    .map((f) => `${locale.t(options.check ? 'cli.fmt.not-formatted' : 'cli.fmt.formatted', { file: show(f) })}\n`)
    .join('');
  const err = result.skipped
    .map((s) => `${locale.t('cli.fmt.left-alone', { file: show(s.file), reason: s.reason })}\n`)
    .join('');
  const counts = { changed: String(result.changed.length), total: String(result.total) };
  const tail = options.check
    ? result.changed.length
      ? locale.t('cli.fmt.need-formatting', counts)
      : locale.t('cli.fmt.all-formatted', counts)
    : locale.t('cli.fmt.changed', counts);
  return { out: `${out}${tail}\n`, err };
}
