/**
 * On-type formatting after a newline: the new line is indented where the next key belongs — under a key
 * that opens a block (`targets:`) two spaces in, after `- id: x` at the item's keys, else at the previous
 * key's column.
 */
import type { TextEdit } from './format';

/** The edits after a newline was typed; `offset` is the cursor on the new line. */
export function onTypeNewline(text: string, offset: number): TextEdit[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (lineStart === 0) return [];
  // the previous line with content (blank and comment-only lines say nothing about the structure)
  let end = lineStart - 1;
  let prev: string | null = null;
  while (end >= 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '' && !line.trim().startsWith('#')) {
      prev = line;
      break;
    }
    if (start === 0) break;
    end = start - 1;
  }
  if (prev === null) return [];
  const m = /^(\s*)((?:-\s+)*)(.*)$/.exec(prev)!;
  const keyCol = m[1]!.length + m[2]!.length;
  const rest = m[3]!;
  let indent: number;
  if (/^[^\s#'"{[][^#]*?:\s*(?:[|>][-+0-9]*\s*)?(?:#.*)?$/.test(rest))
    indent = keyCol + 2; // `targets:` opens a block
  else if (/^[^\s#'"{[][^#]*?:\s/.test(rest) || m[2])
    indent = keyCol; // `- id: x`, `key: value`, `- item`
  else return [];
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const current = line.length - line.trimStart().length;
  // only the indentation the client put before the cursor is replaced
  const ws = Math.min(current, offset - lineStart);
  if (ws === indent) return [];
  return [{ range: { start: lineStart, end: lineStart + ws }, newText: ' '.repeat(indent) }];
}
