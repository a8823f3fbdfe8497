/**
 * Formatting: re-prints a document with two-space indentation, keeping its comments (and the gap before a
 * trailing comment), its blank-line groups and each collection's flow or block style. Options: the
 * canonical key order of docs/plan-format.md and a quote style. The result is guarded: a text with parse
 * errors is never formatted, and a result that would change the parsed value, lose a comment or format
 * differently a second time is dropped (the text stays as it was, with the reason).
 */
import type { DocumentKind } from '../model';
import type { Range } from '../types';
import { parseYamlStream } from '../yaml/parse';
import { commentsOf, polish, realignComments, printYaml, type QuoteStyle } from '../yaml/print';

export interface FormatOptions {
  /** Put the keys of a plan, target, measure, source, relation, money, quantity, baseline and period in the order of docs/plan-format.md. */
  canonicalKeyOrder: boolean;
  /** `keep` the quotes as written, or turn quoted scalars to `double` or `single` quotes (plain scalars stay plain). */
  quotes: QuoteStyle;
}

export const defaultFormatOptions: FormatOptions = { canonicalKeyOrder: false, quotes: 'keep' };

export interface FormatResult {
  text: string;
  /** Why the text was left as it was: it has YAML errors, or formatting would not keep it safe. */
  skipped: string | null;
}

const TARGET = [
  'id',
  'metric',
  'comparator',
  'money',
  'quantity',
  'outcome',
  'stated-equivalent',
  'baseline',
  'deadline',
  'region',
  'sources',
  'quote',
  'status',
  'notes',
  'tags',
];
const MEASURE = [
  'id',
  'title',
  'title-original',
  'description',
  'regions',
  'deadline',
  'funding',
  'sources',
  'quote',
  'status',
  'notes',
  'tags',
];
const MONEY = ['amount', 'currency', 'kind'];

/** The order of docs/plan-format.md, by the path of the mapping ('*' any list index). */
const PLAN_ORDER: Record<string, readonly string[]> = {
  '': [
    '$schema',
    'id',
    'title',
    'title-original',
    'document-number',
    'issuer',
    'jurisdiction',
    'published',
    'period',
    'status',
    'currency',
    'relations',
    'targets',
    'measures',
    'sources',
    'notes',
    'tags',
  ],
  period: ['start', 'end'],
  'relations/*': ['type', 'plan'],
  'targets/*': TARGET,
  'targets/*/money': MONEY,
  'targets/*/stated-equivalent': MONEY,
  'targets/*/quantity': ['value', 'unit'],
  'targets/*/baseline': ['money', 'quantity', 'at'],
  'targets/*/baseline/money': MONEY,
  'targets/*/baseline/quantity': ['value', 'unit'],
  'measures/*': MEASURE,
  'measures/*/funding': MONEY,
  'sources/*': ['id', 'title', 'publisher', 'url', 'type', 'language', 'published', 'accessed'],
};

function planOrder(path: string[]): readonly string[] | null {
  return PLAN_ORDER[path.join('/')] ?? null;
}

/** Structural equality of plain parsed values (objects, arrays, scalars). */
function same(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  // key order is not part of the value (the canonical key order moves keys)
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** One formatting pass, unguarded: null when the text does not parse. */
function once(text: string, kind: DocumentKind, options: FormatOptions): string | null {
  const printed = printYaml(text, {
    indent: 2,
    quotes: options.quotes,
    keyOrder: options.canonicalKeyOrder && kind === 'plan' ? planOrder : null,
  });
  if (printed === null) return null;
  const out = realignComments(polish(printed, commentsOf(text)), text);
  // the yaml library writes \n: a file written with \r\n keeps them
  const crlf = (text.match(/\r\n/g)?.length ?? 0) * 2 > (text.match(/\n/g)?.length ?? 0);
  return crlf ? out.replace(/\r?\n/g, '\r\n') : out;
}

/** The whole text formatted. */
export function formatText(
  text: string,
  kind: DocumentKind,
  options: FormatOptions = defaultFormatOptions,
): FormatResult {
  const parsed = parseYamlStream(text);
  if (parsed.some((d) => d.findings.some((f) => f.severity === 'error')))
    return { text, skipped: 'the YAML has errors; fix them first' };
  const first = once(text, kind, options);
  if (first === null) return { text, skipped: 'the YAML has errors; fix them first' };
  if (first === text) return { text, skipped: null };
  const keep = (why: string): FormatResult => ({ text, skipped: `not formatted: ${why}` });
  const again = parseYamlStream(first);
  if (again.some((d) => d.findings.some((f) => f.severity === 'error')))
    return keep('the formatted text would not parse');
  if (
    !same(
      again.map((d) => d.value),
      parsed.map((d) => d.value),
    )
  )
    return keep('formatting would change the value');
  // with the canonical key order, a comment moves with its key: the same comments, in another order
  const texts = (t: string) =>
    options.canonicalKeyOrder
      ? commentsOf(t)
          .map((c) => c.text)
          .sort()
      : commentsOf(t).map((c) => c.text);
  const before = texts(text);
  const after = texts(first);
  if (!same(before, after)) return keep('formatting would move or drop a comment');
  if (once(first, kind, options) !== first) return keep('formatting is not stable on this text');
  return { text: first, skipped: null };
}

export interface TextEdit {
  range: Range;
  newText: string;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

function linesOf(text: string): string[] {
  // each line with its newline, so that joining them gives the text back
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The edits that turn `before` into `after`, one per run of changed lines (a line diff). */
export function lineEdits(before: string, after: string): TextEdit[] {
  const a = linesOf(before);
  const b = linesOf(after);
  const starts = lineStarts(before);
  const offsetOf = (line: number) => (line < starts.length ? Math.min(starts[line]!, before.length) : before.length);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  if (am.length === 0 && bm.length === 0) return [];
  // a longest-common-subsequence table is affordable for the changed middle of a plan file; beyond, one edit
  if (am.length * bm.length > 4_000_000)
    return [{ range: { start: offsetOf(head), end: offsetOf(a.length - tail) }, newText: bm.join('') }];
  const n = am.length;
  const m = bm.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = am[i] === bm[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let runA = -1;
  let runB = -1;
  const flush = () => {
    if (runA < 0) return;
    // as many lines out as in: one edit per line, so that range formatting can pick single lines
    if (i - runA === j - runB)
      for (let k = 0; k < i - runA; k++)
        edits.push({
          range: { start: offsetOf(head + runA + k), end: offsetOf(head + runA + k + 1) },
          newText: bm[runB + k]!,
        });
    else
      edits.push({
        range: { start: offsetOf(head + runA), end: offsetOf(head + i) },
        newText: bm.slice(runB, j).join(''),
      });
    runA = -1;
  };
  while (i < n || j < m) {
    if (i < n && j < m && am[i] === bm[j]) {
      flush();
      i++;
      j++;
    } else {
      if (runA < 0) {
        runA = i;
        runB = j;
      }
      if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) j++;
      else i++;
    }
  }
  flush();
  return edits;
}

/** Document formatting: the edits of the whole text (none when it is formatted or cannot be). */
export function formatEdits(
  text: string,
  kind: DocumentKind,
  options: FormatOptions = defaultFormatOptions,
): TextEdit[] {
  const r = formatText(text, kind, options);
  return r.skipped ? [] : lineEdits(text, r.text);
}

/** Range formatting: the edits of the whole-document formatting that touch the lines of `range`. */
export function formatRangeEdits(
  text: string,
  kind: DocumentKind,
  range: Range,
  options: FormatOptions = defaultFormatOptions,
): TextEdit[] {
  return formatEdits(text, kind, options).filter(
    (e) => e.range.start <= range.end && (e.range.end > range.start || e.range.start === e.range.end),
  );
}
