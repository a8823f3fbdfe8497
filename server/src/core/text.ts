import type { LineRange, Position, Range } from './types';

/** Converts offsets to 0-based line/character positions and back. Built once per text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      // LF only (most files): the engine's search finds the breaks several times faster than a loop over every unit
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  range(r: Range): LineRange {
    return { start: this.position(r.start), end: this.position(r.end) };
  }

  offset(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.text.length;
    const start = this.starts[p.line]!;
    const next = p.line + 1 < this.starts.length ? this.starts[p.line + 1]! : this.text.length;
    let lineEnd = next;
    // do not step past the line break
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(start + Math.max(0, p.character), Math.max(start, lineEnd));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}

/*
 * Line breaks are LF, CR LF or a lone CR (all three are YAML 1.2 line breaks; the yaml adapter reads a
 * lone CR as one too). Everything that looks for the start or end of a line goes through these.
 */

/** The offset where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/** The offset where the line holding `offset` ends, before its line break (the text's length on the last line). */
export function lineEndOf(text: string, offset: number): number {
  for (let i = Math.max(0, offset); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The line break the text uses, for inserted lines: CR LF, a lone CR or (by default) LF. */
export function lineBreakOf(text: string): string {
  const i = text.search(/\r\n?|\n/);
  return i < 0 ? '\n' : text[i] === '\n' ? '\n' : text[i + 1] === '\n' ? '\r\n' : '\r';
}

/** The lines of a text without their line breaks (split at LF, CR LF and a lone CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/);
}
