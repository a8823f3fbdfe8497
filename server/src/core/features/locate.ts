/** What is at an offset: the node, whether the cursor is on a key, and the schema path. */
import type { ParsedDocument } from '../engine';
import { nodeAt, pathOf, resolved, walk, type YMap, type YNode, type YSeq } from '../yaml/tree';
import { lineStartOf, splitLines } from '../text';

export interface Located {
  node: YNode;
  onKey: boolean;
  path: string[];
}

export function locate(doc: ParsedDocument, offset: number): Located | null {
  const node = nodeAt(doc.yaml.root, offset);
  if (!node) return null;
  const onKey =
    node.keyRange !== null &&
    node.keyRange.start <= offset &&
    offset <= node.keyRange.end &&
    !(node.range.start <= offset && offset <= node.range.end && node.range.end > node.range.start);
  return { node, onKey, path: pathOf(node) };
}

function column(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** Whether every non-blank line between two offsets is indented at least `indent`. */
function stillInside(text: string, from: number, to: number, indent: number): boolean {
  const between = text.slice(from, to);
  const lines = splitLines(between).slice(1);
  // the last element is the cursor's own line prefix: ignore it
  for (const l of lines.slice(0, -1)) {
    if (l.trim() === '' || l.trim().startsWith('#')) continue;
    const ind = l.length - l.trimStart().length;
    if (ind < indent) return false;
  }
  return true;
}

/** The block mapping whose keys start at `indent` and that the cursor at `offset` continues. */
export function mapAtIndent(doc: ParsedDocument, offset: number, indent: number): YMap | null {
  // only the latest candidate is checked: stillInside holds for a later start whenever it holds for an
  // earlier one (it reads a subset of the same lines), so if it fails for the latest it fails for all
  let best: YMap | null = null;
  walk(doc.yaml.root, (n) => {
    if (n.kind !== 'map' || n.flow || n.entries.length === 0) return;
    if (n.range.start > offset) return;
    if (column(doc.text, n.entries[0]!.keyRange.start) !== indent) return;
    if (!best || n.range.start > best.range.start) best = n;
  });
  const found = best as YMap | null;
  return found && stillInside(doc.text, found.range.start, offset, indent) ? found : null;
}

/** The block sequence whose dashes sit at `indent` and that the cursor continues. */
export function seqAtIndent(doc: ParsedDocument, offset: number, indent: number): YSeq | null {
  // as in mapAtIndent: the latest candidate, checked once
  let best: YSeq | null = null;
  walk(doc.yaml.root, (n) => {
    if (n.kind !== 'seq' || n.flow) return;
    if (n.range.start > offset) return;
    if (column(doc.text, n.range.start) !== indent) return;
    if (!best || n.range.start > best.range.start) best = n;
  });
  const found = best as YSeq | null;
  return found && stillInside(doc.text, found.range.start, offset, indent) ? found : null;
}

export { resolved };
