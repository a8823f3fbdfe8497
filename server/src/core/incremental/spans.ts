/**
 * What the incremental re-parse checks about a part of a document before it trusts
 * that it reads on its own as it reads in place.
 */
import type { YNode } from '../yaml/tree';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Every line after the first of text[from, to) is blank, a comment, or indented more than `indent`. */
export function linesIndentedPast(text: string, from: number, to: number, indent: number): boolean {
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < to - 1) {
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === 32) j++;
    const c = text.charCodeAt(j);
    const blank = j >= to || c === 10 || (c === 13 && text.charCodeAt(j + 1) === 10);
    if (!blank && c !== 35 /* # */ && j - (i + 1) <= indent) return false;
    if (!blank && c === 9) return false; // a tab where indentation ends: let the full parse judge
    i = text.indexOf('\n', j);
  }
  return true;
}

/**
 * An alias or a multi-line scalar in the item. Flow collections are fine (real plans write
 * `period: { start: 2023, end: 2025 }`): the item is parsed whole, and a flow collection left open by the edit
 * is a YAML error in the item on its own, which falls back to the full parse.
 */
export function risky(node: YNode): string | null {
  const stack: YNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as YNode;
    if (n.kind === 'alias') return 'alias';
    if (n.kind === 'scalar') {
      if (n.style === 'block-literal' || n.style === 'block-folded' || n.source.includes('\n'))
        return 'multi-line scalar';
      continue;
    }
    if (n.kind === 'map') for (const e of n.entries) stack.push(e.value);
    else for (const i of n.items) stack.push(i);
  }
  return null;
}

/** The offset just after the last line of text[from, to) that holds more than blanks and a comment. */
export function contentTail(text: string, from: number, to: number): number {
  let end = to;
  while (end > from) {
    const ls = lineStart(text, end - 1 >= from ? end - 1 : from);
    const line = text.slice(Math.max(ls, from), end);
    const t = line.trim();
    if (t !== '' && !t.startsWith('#')) return end;
    end = Math.max(ls, from);
  }
  return from;
}

/**
 * Whether a subtree stays clear of the end of its fragment: every scalar ends before the newline of the last
 * line with content, every collection by the end of that line. An empty value at the end of a fragment (`? k`,
 * `key:` before comments) reaches to the next token, which lies outside the fragment.
 */
export function endsInside(node: YNode, tail: number): boolean {
  const stack: YNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as YNode;
    if (n.kind === 'map') {
      if (n.range.end > tail) return false;
      for (const e of n.entries) stack.push(e.value);
    } else if (n.kind === 'seq') {
      if (n.range.end > tail) return false;
      for (const i of n.items) stack.push(i);
    } else if (n.range.end >= tail) return false;
  }
  return true;
}

/** The last value in a subtree (following the last entry or item down) is empty: `key:`, `? key`, `-`. */
export function endsEmpty(node: YNode): boolean {
  let n: YNode = node;
  for (;;) {
    if (n.kind === 'map' && !n.flow && n.entries.length) n = n.entries[n.entries.length - 1]!.value;
    else if (n.kind === 'seq' && !n.flow && n.items.length) n = n.items[n.items.length - 1]!;
    else return n.kind === 'scalar' && (n.style === 'empty' || n.range.start === n.range.end);
  }
}

/** The line of an item's `- ` when the item's content starts on it: `  - id: x`. */
export function dashLine(text: string, contentStart: number): { from: number; indent: number } | null {
  const from = lineStart(text, contentStart);
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  const indent = i - from;
  if (text.charCodeAt(i) !== 45 /* - */) return null;
  i++;
  if (i === contentStart) return null; // `-x` is not an item
  while (i < contentStart && text.charCodeAt(i) === 32) i++;
  return i === contentStart ? { from, indent } : null;
}

/** Sets a key as the full parse does (no __proto__ setter). */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
