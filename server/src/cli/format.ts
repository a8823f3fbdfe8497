/** The CLI's three output formats: text, json and SARIF 2.1.0. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUrlOf, ruleInfo, rules, type Locale, type MessageKey, type Severity } from '../core';
import { displayPath, type FileResult } from './check';

export interface FormatOptions {
  cwd: string;
  color: boolean;
  version: string;
  /** The language of the words around the findings (the findings come in it already). */
  locale: Locale;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/** Findings by severity, and the files they came from. */
export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

function counted(n: Counts, f: FileResult): void {
  n.files++;
  for (const d of f.findings) {
    if (d.severity === 'error') n.errors++;
    else if (d.severity === 'warning') n.warnings++;
    else if (d.severity === 'information') n.infos++;
    else n.hints++;
  }
}

/**
 * A report written as the files are checked: `head` first, then what `file` returns for each file in path
 * order, then `end`. The concatenation is the whole report; `counts` are those of the files given so far.
 */
export interface Report {
  head: string;
  file(f: FileResult): string;
  end(): string;
  counts: Counts;
}

const noCounts = (): Counts => ({ files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 });

const SEVERITY_WORD: Record<Severity, MessageKey> = {
  error: 'cli.severity.error',
  warning: 'cli.severity.warning',
  information: 'cli.severity.information',
  hint: 'cli.severity.hint',
};

/** The last line of the text format: files checked, errors, warnings (and infos and hints when there are any). */
function summaryLine(n: Counts, locale: Locale): string {
  const params = { files: n.files, errors: n.errors, warnings: n.warnings, infos: n.infos, hints: n.hints };
  if (n.infos && n.hints) return locale.t('cli.summary.infos-hints', params);
  if (n.infos) return locale.t('cli.summary.infos', params);
  if (n.hints) return locale.t('cli.summary.hints', params);
  return locale.t('cli.summary', params);
}

/**
 * A SARIF artifact location: a URI reference, so each path segment is percent-encoded (`my plans/a#1
 * 100%.plan.yaml` → `my%20plans/a%231%20100%25.plan.yaml`); relative to the source root when the file is
 * under the current folder, else an absolute file: URI.
 */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** Terminal columns of a string: East Asian wide characters and emoji take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    // a code point in two code units (emoji, CJK extension B): one character; a lone surrogate is one too
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        (c >= 0x1f300 && c <= 0x1faff) ||
        (c >= 0x20000 && c <= 0x3fffd))
        ? 2
        : 1;
  }
  return w;
}

/** The text format: three lines per finding (where, the line, a caret under the range), then a summary line. */
export function textReport(o: FormatOptions): Report {
  const counts = noCounts();
  // each severity's word and colour, said once for the report rather than once a finding
  const said = (s: Severity) => paint(o.color, SEVERITY_COLOR[s], o.locale.t(SEVERITY_WORD[s]));
  const words: Record<Severity, string> = {
    error: said('error'),
    warning: said('warning'),
    information: said('information'),
    hint: said('hint'),
  };
  return {
    head: '',
    file: (f) => {
      counted(counts, f);
      return textOf(f, o, words);
    },
    end: () => `${summaryLine(counts, o.locale)}\n`,
    counts,
  };
}

function textOf(f: FileResult, o: FormatOptions, words: Record<Severity, string>): string {
  let out = '';
  const name = displayPath(f.file, o.cwd);
  for (const d of f.findings) {
    const r = f.lines.range(d.range);
    out += `${paint(o.color, '1', `${name}:${r.start.line + 1}:${r.start.character + 1}`)} ${words[d.severity]} ${paint(o.color, '2', d.code)} ${d.message}\n`;
    const text = f.lines.lineText(r.start.line);
    const line = text.includes('\t') ? text.replace(/\t/g, ' ') : text;
    const endChar = r.end.line === r.start.line ? r.end.character : line.length;
    const lead = displayWidth(line.slice(0, r.start.character));
    const width = Math.max(1, displayWidth(line.slice(r.start.character, endChar)));
    const shown = line.length > 200 ? line.slice(0, 200) : line;
    out += `  ${shown}\n`;
    out += `  ${' '.repeat(Math.min(lead, 200))}${paint(o.color, SEVERITY_COLOR[d.severity], '^'.repeat(Math.min(width, Math.max(1, 200 - lead))))}\n`;
  }
  return out;
}

/**
 * The JSON format, `{ "files": N, "diagnostics": [ … ] }` as `JSON.stringify(…, null, 2)` writes it, one
 * diagnostic at a time: `files` is the number of files that will be checked.
 */
export function jsonReport(files: number, o: FormatOptions): Report {
  const counts = noCounts();
  return {
    head: `{\n  "files": ${files},\n  "diagnostics": [`,
    file: (f) => {
      const none = counts.errors + counts.warnings + counts.infos + counts.hints === 0;
      counted(counts, f);
      return f.findings
        .map((d, i) => {
          const one = JSON.stringify(
            {
              file: displayPath(f.file, o.cwd),
              range: f.lines.range(d.range),
              severity: d.severity,
              code: d.code,
              message: d.message,
            },
            null,
            2,
          );
          // a string in JSON has no raw line break: every one is between two members
          return `${none && i === 0 ? '' : ','}\n    ${one.replace(/\n/g, '\n    ')}`;
        })
        .join('');
    },
    end: () => (counts.errors + counts.warnings + counts.infos + counts.hints === 0 ? ']\n}\n' : '\n  ]\n}\n'),
    counts,
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0: the rules come before the results and list the codes used, so the results (without the files'
 * texts) are held until the end.
 */
export function sarifReport(o: FormatOptions): Report {
  const counts = noCounts();
  const results: SarifResult[] = [];
  return {
    head: '',
    file: (f) => {
      counted(counts, f);
      for (const d of f.findings) {
        const r = f.lines.range(d.range);
        results.push({
          ruleId: d.code,
          ruleIndex: undefined,
          level: SARIF_LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(f.file, o.cwd),
                region: {
                  startLine: r.start.line + 1,
                  startColumn: r.start.character + 1,
                  endLine: r.end.line + 1,
                  endColumn: r.end.character + 1,
                },
              },
            },
          ],
        });
      }
      return '';
    },
    end: () => sarifOf(results, o),
    counts,
  };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number | undefined;
  level: string;
  message: { text: string };
  locations: unknown[];
}

function sarifOf(results: SarifResult[], o: FormatOptions): string {
  const used = new Set(results.map((r) => r.ruleId));
  const ruleIds = [
    ...new Set(rules.map((r) => r.id)),
    ...[...used].filter((c) => !rules.some((r) => r.id === c)).sort(),
  ];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const sarifRules = ruleIds.map((id) => {
    const info = ruleInfo(id, o.locale);
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: info.description },
      fullDescription: { text: info.description },
      helpUri: docsUrlOf(id, o.locale),
      defaultConfiguration: { level: SARIF_LEVEL[info.severity] },
      properties: { tags: ['policy-plans'] },
    };
  });
  for (const r of results) r.ruleIndex = index.get(r.ruleId);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-plans',
            version: o.version,
            informationUri: 'https://github.com/policy-plans/policy-plans',
            rules: sarifRules,
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
        // the language of the descriptions and messages (RFC 5646)
        language: o.locale.language === 'zh-cn' ? 'zh-CN' : 'en-US',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const STANDING_COUNT: Readonly<Record<string, MessageKey>> = {
  met: 'cli.progress.met',
  'on-track': 'cli.progress.on-track',
  behind: 'cli.progress.behind',
  missed: 'cli.progress.missed',
  'not-yet-due': 'cli.progress.not-yet-due',
  'no-data': 'cli.progress.no-data',
};

/** `check --progress`: per plan, how many targets stand where, then one line per target. */
export function formatProgress(files: Array<Pick<FileResult, 'file' | 'progress'>>, o: FormatOptions): string {
  const out: string[] = [];
  for (const f of files) {
    if (!f.progress) continue;
    const counts = new Map<string, number>();
    for (const t of f.progress.targets) counts.set(t.standing, (counts.get(t.standing) ?? 0) + 1);
    const said = [...counts].map(([s, n]) => {
      const key = STANDING_COUNT[s];
      return key ? o.locale.t(key, { count: String(n) }) : `${n} ${s}`;
    });
    out.push(
      o.locale.t('cli.progress.plan', {
        plan: paint(o.color, '1', f.progress.plan),
        file: displayPath(f.file, o.cwd),
        counts: said.length ? o.locale.list(said, 'comma') : o.locale.t('cli.progress.no-targets'),
      }),
    );
    const width = Math.max(0, ...f.progress.targets.map((t) => t.id.length));
    for (const t of f.progress.targets) out.push(`  ${t.id.padEnd(width)}  ${t.line}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
