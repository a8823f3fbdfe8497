/**
 * Editor-feature fixtures: a text with a `|` marking the cursor becomes a workspace (the same model as the
 * CLI and the server, built by test/helpers/fixture.ts), the file's name in it and the cursor's offset.
 *
 *     const { ws, file, offset } = atCursor(yaml`
 *       id: x
 *       jurisdiction: CN-G|D
 *     `);
 *     assert.equal(ws.hover(file, offset)?.markdown, '**CN-GD** — Guangdong …');
 *
 * Exactly one cursor marker must be in the text. A fixture that needs a literal `|` (a block scalar) picks
 * another marker with `marker`. Other plan files and a region registry join the dataset through the same
 * options as the rule fixtures (`plans`, `regions`, `config`, `today`).
 */
import assert from 'node:assert/strict';
import type { DocumentKind, PolicyWorkspace, Range } from '../../server/src/core';
import { FILE, ROOT, fixtureWorkspace, type DatasetOptions } from './fixture';

export interface CursorOptions extends DatasetOptions {
  /** The file's name in the fixture folder; default test.plan.yaml. */
  file?: string;
  /** The document kind; default 'plan' (a file ending in .regions.yaml: 'regions'). */
  kind?: DocumentKind;
  /** The cursor marker; default `|`. */
  marker?: string;
}

export interface AtCursor {
  ws: PolicyWorkspace;
  /** The file as the workspace names it (`/fixture/…`). */
  file: string;
  /** The text without the marker. */
  text: string;
  /** Where the marker was. */
  offset: number;
}

/** The text without its one cursor marker, and the marker's offset. */
export function cursor(marked: string, marker = '|'): { text: string; offset: number } {
  const offset = marked.indexOf(marker);
  assert.ok(offset >= 0, `the fixture marks the cursor with ${marker}`);
  assert.equal(marked.indexOf(marker, offset + 1), -1, `the fixture has more than one ${marker}; pass another marker`);
  return { text: marked.slice(0, offset) + marked.slice(offset + marker.length), offset };
}

/** A workspace holding the fixture (and the dataset options' files), the fixture's file name and the cursor. */
export function atCursor(marked: string, options: CursorOptions = {}): AtCursor {
  const { text, offset } = cursor(marked, options.marker);
  const name = options.file ?? FILE;
  const kind = options.kind ?? (name.endsWith('.regions.yaml') ? 'regions' : 'plan');
  const ws = fixtureWorkspace(options, { text, file: name, kind });
  return { ws, file: `${ROOT}/${name}`, text, offset };
}

/** A workspace of several files of one dataset folder (names relative to the fixture folder), without a cursor. */
export function workspaceOf(
  files: Record<string, string>,
  options: Omit<DatasetOptions, 'plans'> = {},
): { ws: PolicyWorkspace; path: (name: string) => string } {
  const ws = fixtureWorkspace({ ...options, plans: files });
  return { ws, path: (name) => `${ROOT}/${name}` };
}

/** The text a range covers. */
export function slice(text: string, range: Range): string {
  return text.slice(range.start, range.end);
}

/** The range of the `nth` (0-based) occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} occurs fewer than ${nth + 1} times`);
  }
  return { start: at, end: at + needle.length };
}

/** A file name without the fixture folder, for readable expectations. */
export function short(file: string): string {
  return file.startsWith(`${ROOT}/`) ? file.slice(ROOT.length + 1) : file;
}

/**
 * Puts the cursor into a text by a needle that contains it: `place(PLAN, 'region: CN-|44')` finds
 * `region: CN-44` (the needle without the marker; it must occur once) and marks the cursor after `CN-`.
 */
export function place(text: string, needle: string, marker = '|'): string {
  const { text: plain, offset } = cursor(needle, marker);
  const at = text.indexOf(plain);
  assert.ok(at >= 0, `${JSON.stringify(plain)} is not in the fixture`);
  assert.equal(
    text.indexOf(plain, at + 1),
    -1,
    `${JSON.stringify(plain)} occurs more than once in the fixture; make the needle longer`,
  );
  return text.slice(0, at + offset) + marker + text.slice(at + offset);
}
