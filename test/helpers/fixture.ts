/**
 * Fixture tests in the style of DESIGN.md ("Tests people can read").
 *
 * A fixture is a document text in which annotation comment lines mark the expected findings under
 * the offending line:
 *
 *     jurisdiction: CN-XX
 *     #             ^^^^^ error[region/unknown]: did you mean CN-GX
 *
 * - The carets give the exact columns of the finding's range on the line above the annotation
 *   (other annotation lines are skipped, so several annotations can follow one line).
 * - A range that starts at column 0 cannot have a caret there (the `#` is there): write the carets
 *   right after the `#` and the `#` counts as the first caret, so `#^^^^^^` underlines `targets`.
 * - A range that ends on a later line: put `…+N:C` right after the carets: the range ends N lines
 *   further down (annotation lines are not counted) at character C (0-based). Annotation lines are
 *   invisible: a range that ends at the start of an annotation line ends at the start of the next
 *   line that is not one (so `…+1:0` means "up to and including the line break").
 * - An empty range (start = end) is written as a single `|` instead of carets (`#|` for column 0).
 *   With `…+N:C` after it, the bar only marks the start: `#|…+0:1` is the first character of the
 *   line (the one range that carets cannot draw: one character wide at column 0).
 * - The text after `: ` must be a substring of the message; without `: …` any message matches.
 *
 * The helper strips nothing: annotation lines are YAML comments, so the text still parses and the
 * offsets are those of the real document. It runs the engine and asserts that the findings equal
 * exactly the annotated set (code, severity, start and end line/column, message substring).
 * Unexpected extra findings fail, unless `only` restricts the comparison to some codes.
 */
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import {
  createWorkspace,
  LineIndex,
  type DatasetContext,
  type DatasetRegion,
  type DocumentKind,
  type Finding,
  type PolicyWorkspace,
  type Severity,
} from '../../server/src/core';
import type { DatasetConfig, DatasetIndicator } from '../../server/src/core/dataset';
import { Engine } from '../../server/src/core/engine';

export const REFERENCE_DATE = '2026-11-27';
export const FILE = 'test.plan.yaml';

export interface DatasetOptions {
  /** The reference date (YYYY-MM-DD); default 2026-11-27. */
  today?: string;
  /** Dataset regions: the text of a `*.regions.yaml` file, or the regions themselves. */
  regions?: string | DatasetRegion[];
  /**
   * The other plans of the dataset, by file name → plan text. When given, the dataset knows every
   * plan (so `ref/unknown-plan` speaks) and the checked document is part of it, as in the CLI.
   * `{}` means "a dataset with only this plan".
   */
  plans?: Record<string, string>;
  /** Dataset indicators: the text of a `*.indicators.yaml` file, or the indicators themselves. */
  indicators?: string | DatasetIndicator[];
  /** Rule severities, extra units, FX overrides. */
  config?: Partial<DatasetConfig>;
}

export interface CheckOptions extends DatasetOptions {
  /** Only compare findings with these codes (a code, a list, or a code prefix ending in `/`). */
  only?: string | string[];
  /** The document kind; default 'plan'. */
  kind?: DocumentKind;
  /** The checked file's name as the dataset knows it; default test.plan.yaml (test.regions.yaml for a registry). */
  file?: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];
const ANNOTATION =
  /^(\s*)#(\s*)(\^+|\|)(?:…\+(\d+):(\d+))?\s+(error|warning|information|hint)\[([^\]\s]+)\](?::\s?(.*?))?\s*$/;
const LOOKS_LIKE_ANNOTATION = /^\s*#\s*[\^|]/;

interface Expected {
  code: string;
  severity: Severity;
  start: { line: number; character: number };
  end: { line: number; character: number };
  message: string | null;
  /** 0-based line of the annotation itself, for error messages. */
  at: number;
}

function isAnnotation(line: string): boolean {
  return LOOKS_LIKE_ANNOTATION.test(line);
}

/** Reads the annotations of a fixture. */
export function parseAnnotations(text: string): Expected[] {
  const lines = new LineIndex(text);
  const out: Expected[] = [];
  /** The lines that are not annotations, in order. */
  const content: number[] = [];
  for (let i = 0; i < lines.lineCount; i++) if (!isAnnotation(lines.lineText(i))) content.push(i);
  let target = -1;
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.lineText(i);
    if (!isAnnotation(line)) {
      target = i;
      continue;
    }
    const m = ANNOTATION.exec(line);
    if (!m)
      throw new Error(`fixture line ${i + 1}: malformed annotation (want "#   ^^^ severity[code]: message"): ${line}`);
    if (target < 0) throw new Error(`fixture line ${i + 1}: an annotation needs a line above it`);
    const [, lead, gap, marks, down, endChar, severity, code, message] = m;
    const hash = lead.length;
    let start: number;
    let end: number;
    if (marks === '|') {
      // `#|` marks column 0, `#   |` the column of the bar
      start = end = gap.length === 0 ? hash : hash + 1 + gap.length;
    } else if (gap.length === 0) {
      // `#^^^`: the `#` is the first caret
      start = hash;
      end = hash + 1 + marks.length;
    } else {
      start = hash + 1 + gap.length;
      end = start + marks.length;
    }
    let endPos = { line: target, character: end };
    if (down !== undefined) {
      const endLine = content[content.indexOf(target) + Number(down)];
      if (endLine === undefined) throw new Error(`fixture line ${i + 1}: …+${down} goes past the end of the fixture`);
      endPos = { line: endLine, character: Number(endChar) };
    }
    out.push({
      code,
      severity: severity as Severity,
      start: { line: target, character: start },
      end: endPos,
      message: message ? message : null,
      at: i,
    });
  }
  return out;
}

/** The folder the fixture's files live in: a name only, nothing is read from disk. */
export const ROOT = '/fixture';

/**
 * The built-in schemas' validators, compiled once for every fixture workspace of a test file (as the CLI and the
 * server compile them once for their one workspace): a compile takes tens of milliseconds, and a test file makes
 * hundreds of workspaces. Compiled validators keep nothing of what they checked.
 */
export const VALIDATORS = new Engine().validators;

/**
 * The workspace of a fixture, built by the same model as the CLI and the server: the checked text, the other
 * plans, a region registry and a config (units, FX overrides), all as files of one dataset folder.
 */
export function fixtureWorkspace(
  options: DatasetOptions = {},
  self?: { text: string; file: string; kind: DocumentKind },
): PolicyWorkspace {
  const set: Array<{ file: string; text: string }> = [];
  if (self) set.push({ file: `${ROOT}/${self.file}`, text: self.text });
  if (typeof options.regions === 'string') set.push({ file: `${ROOT}/dataset.regions.yaml`, text: options.regions });
  else if (options.regions?.length) {
    // regions given as data: one registry per `file` they name (dataset.regions.yaml when none)
    const byFile = new Map<string, DatasetRegion[]>();
    for (const r of options.regions)
      byFile.set(r.file ?? 'dataset.regions.yaml', [...(byFile.get(r.file ?? 'dataset.regions.yaml') ?? []), r]);
    for (const [file, list] of byFile)
      set.push({
        file: `${ROOT}/${file}`,
        text: stringify({
          regions: list.map(({ nameOriginal, file: _file, range: _range, ...r }) => ({
            ...r,
            'name-original': nameOriginal,
            includes: r.includes.length ? r.includes : undefined,
          })),
        }),
      });
  }
  for (const [file, text] of Object.entries(options.plans ?? {})) set.push({ file: `${ROOT}/${file}`, text });
  if (typeof options.indicators === 'string')
    set.push({ file: `${ROOT}/dataset.indicators.yaml`, text: options.indicators });
  else if (options.indicators?.length)
    set.push({
      file: `${ROOT}/dataset.indicators.yaml`,
      text: stringify({
        indicators: options.indicators.map(({ nameOriginal, file: _file, range: _range, ...i }) => ({
          ...i,
          'name-original': nameOriginal,
        })),
      }),
    });
  const { rules, ...rest } = options.config ?? {};
  if (Object.keys(rest).length && self?.kind !== 'config')
    set.push({ file: `${ROOT}/policy-plans.config.yaml`, text: stringify(rest) });
  const ws = createWorkspace({
    today: options.today ?? REFERENCE_DATE,
    trusted: true,
    roots: [ROOT],
    otherPlans: options.plans ? 'known' : 'unknown',
    settings: { rules: rules ?? {} },
    validators: VALIDATORS,
  });
  ws.update({ set });
  return ws;
}

/** The dataset context of a fixture's checked file. */
export function dataset(
  options: DatasetOptions = {},
  self?: { text: string; file: string; kind: DocumentKind },
): DatasetContext {
  return fixtureWorkspace(options, self).dataset(`${ROOT}/${self?.file ?? FILE}`).context;
}

function fileFor(options: CheckOptions): string {
  const kind = options.kind ?? 'plan';
  return (
    options.file ?? (kind === 'regions' ? 'test.regions.yaml' : kind === 'config' ? 'policy-plans.config.yaml' : FILE)
  );
}

/** Runs the workspace on a text, as the helper does, without comparing anything. Related files are named relative to the fixture folder. */
export function findings(text: string, options: CheckOptions = {}): Finding[] {
  const kind = options.kind ?? 'plan';
  const file = fileFor(options);
  const ws = fixtureWorkspace(options, { text, file, kind });
  const list = ws.check(`${ROOT}/${file}`);
  return list.map((f) =>
    f.related
      ? {
          ...f,
          related: f.related.map((r) =>
            r.file?.startsWith(`${ROOT}/`) ? { ...r, file: r.file.slice(ROOT.length + 1) } : r,
          ),
        }
      : f,
  );
}

function wanted(only: CheckOptions['only']): (code: string) => boolean {
  if (only === undefined) return () => true;
  const list = Array.isArray(only) ? only : [only];
  return (code) => list.some((o) => (o.endsWith('/') ? code.startsWith(o) : code === o));
}

/** A position as the fixture's reader sees it: the start of an annotation line is the start of the next real line. */
function visible(lines: LineIndex, p: { line: number; character: number }): { line: number; character: number } {
  if (p.character !== 0) return p;
  for (let l = p.line; l < lines.lineCount; l++) if (!isAnnotation(lines.lineText(l))) return { line: l, character: 0 };
  return p;
}

function visibleRange(lines: LineIndex, r: { start: number; end: number }) {
  const lr = lines.range(r);
  return { start: visible(lines, lr.start), end: visible(lines, lr.end) };
}

function pos(p: { line: number; character: number }): string {
  return `${p.line + 1}:${p.character}`;
}

function describeExpected(e: Expected): string {
  return `${pos(e.start)}-${pos(e.end)} ${e.severity}[${e.code}]${e.message ? `: …${e.message}…` : ''}`;
}

function describeActual(f: Finding, lines: LineIndex): string {
  const r = visibleRange(lines, f.range);
  return `${pos(r.start)}-${pos(r.end)} ${f.severity}[${f.code}]: ${f.message}`;
}

/** One annotation line for a finding, in the fixture syntax. */
export function annotationFor(f: Finding, lines: LineIndex): string {
  const r = visibleRange(lines, f.range);
  const tail = ` ${f.severity}[${f.code}]: ${f.message}`;
  const multiLine = r.end.line !== r.start.line;
  let down = 0;
  for (let l = r.start.line + 1; l <= r.end.line; l++) if (!isAnnotation(lines.lineText(l))) down++;
  const endSuffix = `…+${down}:${r.end.character}`;
  const width = multiLine
    ? lines.lineText(r.start.line).length - r.start.character
    : r.end.character - r.start.character;
  if (r.start.character === 0) {
    // the `#` is the first caret; a range narrower than `#^` needs the explicit end
    if (width >= 2) return `#${'^'.repeat(width - 1)}${multiLine ? endSuffix : ''}${tail}`;
    return `#|${width === 0 && !multiLine ? '' : endSuffix}${tail}`;
  }
  const pad = `#${' '.repeat(r.start.character - 1)}`;
  if (width <= 0) return `${pad}|${multiLine ? endSuffix : ''}${tail}`;
  return `${pad}${'^'.repeat(width)}${multiLine ? endSuffix : ''}${tail}`;
}

/** The fixture with its annotations replaced by annotations of the given findings (for diffs). */
export function annotate(text: string, list: Finding[]): string {
  const lines = new LineIndex(text);
  const byLine = new Map<number, string[]>();
  for (const f of list) {
    const l = visibleRange(lines, f.range).start.line;
    if (!byLine.has(l)) byLine.set(l, []);
    byLine.get(l)!.push(annotationFor(f, lines));
  }
  const out: string[] = [];
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.lineText(i);
    if (isAnnotation(line)) continue;
    out.push(line);
    for (const a of byLine.get(i) ?? []) out.push(a);
  }
  return out.join('\n');
}

/** The contract of every finding (PLAN-FORMAT.md): a code, a severity, a one-line message under 200 characters. */
export function assertContract(list: Finding[]): void {
  for (const f of list) {
    assert.match(f.code, /^[A-Za-z0-9_-]+\/[A-Za-z0-9_/-]+$/, `a finding needs a code: ${JSON.stringify(f.code)}`);
    assert.ok(SEVERITIES.includes(f.severity), `${f.code}: unknown severity ${f.severity}`);
    assert.ok(
      f.message.length > 0 && f.message.length < 200 && !/[\r\n]/.test(f.message),
      `${f.code}: the message must be one line under 200 characters: ${JSON.stringify(f.message)}`,
    );
  }
}

/**
 * Checks a fixture: the findings must be exactly the annotated ones (restricted to `only` when
 * given). Returns the findings (all of them) for further assertions on suggestions or related places.
 */
export function check(fixture: string, options: CheckOptions = {}): Finding[] {
  const all = findings(fixture, options);
  const keep = wanted(options.only);
  const expected = parseAnnotations(fixture);
  for (const e of expected) {
    if (!keep(e.code))
      throw new Error(`fixture line ${e.at + 1}: annotation for ${e.code}, which the "only" option filters out`);
    if (!SEVERITIES.includes(e.severity)) throw new Error(`fixture line ${e.at + 1}: unknown severity ${e.severity}`);
  }
  assertContract(all);
  const actual = all.filter((f) => keep(f.code));
  const lines = new LineIndex(fixture);
  const unmatched = [...actual];
  const missing: Expected[] = [];
  for (const e of expected) {
    const i = unmatched.findIndex((f) => {
      const r = visibleRange(lines, f.range);
      return (
        f.code === e.code &&
        f.severity === e.severity &&
        r.start.line === e.start.line &&
        r.start.character === e.start.character &&
        r.end.line === e.end.line &&
        r.end.character === e.end.character &&
        (e.message === null || f.message.includes(e.message))
      );
    });
    if (i >= 0) unmatched.splice(i, 1);
    else missing.push(e);
  }
  if (missing.length || unmatched.length) {
    const parts: string[] = [];
    if (missing.length)
      parts.push(
        `expected but not found:\n${missing.map((e) => `  - ${describeExpected(e)}   (annotation on fixture line ${e.at + 1})`).join('\n')}`,
      );
    if (unmatched.length)
      parts.push(`found but not expected:\n${unmatched.map((f) => `  + ${describeActual(f, lines)}`).join('\n')}`);
    parts.push(
      `the fixture annotated with what the engine found${options.only ? ` (only ${[options.only].flat().join(', ')})` : ''}:\n${annotate(fixture, actual)}`,
    );
    assert.fail(`findings differ from the annotations (lines are 1-based, columns 0-based)\n${parts.join('\n')}`);
  }
  return all;
}

/** Applies text edits (non-overlapping) to a text. */
export function applyEdits(
  text: string,
  edits: Array<{ range: { start: number; end: number }; newText: string }>,
): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

export interface FixOptions extends DatasetOptions {
  /** Which suggestion of the finding to apply (default the first), by index or by exact title. */
  pick?: number | string;
  kind?: DocumentKind;
  file?: string;
}

/**
 * Applies a suggestion of the first finding with `code` and returns the new text. Fails when there is
 * no such finding or it has no (such) suggestion.
 */
export function fix(before: string, code: string, options: FixOptions = {}): string {
  const list = findings(before, options);
  const f = list.find((x) => x.code === code);
  assert.ok(
    f,
    `no ${code} finding to fix; found:\n${list.map((x) => `  ${describeActual(x, new LineIndex(before))}`).join('\n') || '  (nothing)'}`,
  );
  const suggestions = f.suggestions ?? [];
  const pick = options.pick ?? 0;
  const s = typeof pick === 'number' ? suggestions[pick] : suggestions.find((x) => x.title === pick);
  assert.ok(
    s,
    `the ${code} finding "${f.message}" has no suggestion ${JSON.stringify(pick)}; it has: ${JSON.stringify(suggestions.map((x) => x.title))}`,
  );
  return applyEdits(before, s.edits);
}

/** The titles of the suggestions of the first finding with `code`. */
export function suggestionTitles(text: string, code: string, options: DatasetOptions = {}): string[] {
  const f = findings(text, options).find((x) => x.code === code);
  assert.ok(f, `no ${code} finding`);
  return (f.suggestions ?? []).map((s) => s.title);
}

/**
 * A fixture written inside indented test code: `yaml\`…\`` drops the first line break and the common
 * indentation, so the fixture's columns are those of the text as the reader sees it, left-aligned.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let s = strings[0];
  for (let i = 0; i < values.length; i++) s += String(values[i]) + strings[i + 1];
  return dedent(s);
}

/** Removes the common leading indentation and the first and last empty lines of a template literal. */
export function dedent(s: string): string {
  const lines = s
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
