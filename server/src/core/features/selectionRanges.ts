/**
 * Selection ranges (expand selection): from the word under the cursor to its value, its `key: value` pair,
 * the mapping or list item around it (a target), the list, and so on up to the whole document.
 */
import type { ParsedDocument } from '../engine';
import type { Range } from '../types';
import { nodeAt, type YNode } from '../yaml/tree';

/** For each offset, the ranges from the innermost out (each contains the one before; no repeats). */
export function selectionRanges(doc: ParsedDocument, offsets: number[]): Range[][] {
  return offsets.map((o) => chain(doc, o));
}

function chain(doc: ParsedDocument, offset: number): Range[] {
  const out: Range[] = [];
  const push = (whole: Range) => {
    // a block collection's range runs to the next line: select up to its last character
    let end = whole.end;
    while (end > whole.start && /\s/.test(doc.text[end - 1]!)) end--;
    const r = { start: whole.start, end };
    const last = out[out.length - 1];
    if (last && last.start === r.start && last.end === r.end) return;
    if (last && !(r.start <= last.start && r.end >= last.end)) return;
    out.push(r);
  };
  let node: YNode | null = nodeAt(doc.yaml.root, offset);
  if (!node) {
    push({ start: offset, end: offset });
  }
  while (node) {
    const onKey =
      node.keyRange &&
      node.keyRange.start <= offset &&
      offset <= node.keyRange.end &&
      !(node.range.start <= offset && offset <= node.range.end);
    if (onKey && node.keyRange) push(node.keyRange);
    else push(node.range);
    // the pair: from the key to the end of the value
    if (node.keyRange) push({ start: node.keyRange.start, end: Math.max(node.range.end, node.keyRange.end) });
    // a list item: from its dash
    else if (node.parent?.kind === 'seq' && !node.parent.flow) {
      const dash = doc.text.lastIndexOf('-', node.range.start);
      if (dash >= node.parent.range.start) push({ start: dash, end: node.range.end });
    }
    node = node.parent;
  }
  const all = { start: 0, end: doc.text.length };
  const last = out[out.length - 1];
  if (!last || last.start !== 0 || last.end !== all.end) out.push(all);
  return out;
}
