/** Quick-fix edits on a target: record an observation, set the status. Block or flow, as the target is written. */
import { scalar, get, resolved, type YMap, type YNode } from '../yaml/tree';
import type { Suggestion, TextEdit } from '../types';
import type { Measured } from './targetValue';

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where a new line goes after a node: the start of the line after its last line. */
function afterLine(text: string, node: YNode): { offset: number; prefix: string } {
  const end = node.range.end;
  if (end > 0 && text[end - 1] === '\n') return { offset: end, prefix: '' };
  const nl = text.indexOf('\n', end);
  return nl < 0 ? { offset: text.length, prefix: '\n' } : { offset: nl + 1, prefix: '' };
}

/** Before a flow collection's closing bracket, after its last non-blank character. */
function beforeClose(text: string, node: YNode, close: string): number {
  let q = text.lastIndexOf(close, node.range.end - 1);
  while (q > node.range.start && /\s/.test(text[q - 1]!)) q--;
  return q;
}

/**
 * Adds `key` to a mapping: a line (or lines) at the entries' indentation after the last entry, or
 * `, key: …` before the closing brace of a flow mapping.
 */
export function addEntry(text: string, map: YMap, block: string[], flow: string): TextEdit | null {
  if (map.flow) {
    const at = beforeClose(text, map, '}');
    return { range: { start: at, end: at }, newText: map.entries.length ? `, ${flow}` : ` ${flow} ` };
  }
  const first = map.entries[0];
  const last = map.entries[map.entries.length - 1];
  if (!first || !last) return null;
  const indent = ' '.repeat(first.keyRange.start - lineStart(text, first.keyRange.start));
  const { offset, prefix } = afterLine(text, last.value);
  return { range: { start: offset, end: offset }, newText: `${prefix}${block.map((l) => indent + l).join('\n')}\n` };
}

function skeleton(goal: Measured | null, at: string): { block: string[]; flow: string } {
  let value: string;
  if (goal && goal.kind === 'money')
    value = `money: { amount: ${goal.currency ? `, currency: ${goal.currency} ` : ''}}`;
  else if (goal && goal.kind === 'quantity') value = `quantity: { value: , unit: ${goal.unit ?? ''} }`;
  else value = 'outcome: ""';
  return { block: [`at: ${at}`, value.trimEnd(), 'source: '], flow: `{ at: ${at}, ${value.trimEnd()}, source: }` };
}

/** "Record progress" (the `title`): an observation skeleton at the deadline, in the target's kind, unit and currency. */
export function recordProgress(text: string, target: YNode, goal: Measured | null, title: string): Suggestion | null {
  const map = resolved(target);
  if (!map || map.kind !== 'map') return null;
  const at = scalar(get(map, 'deadline'))?.source ?? '';
  const sk = skeleton(goal, at);
  const progress = resolved(get(map, 'progress'));
  let edit: TextEdit | null = null;
  if (!progress) {
    edit = map.flow
      ? addEntry(text, map, [], `progress: [${sk.flow}]`)
      : addEntry(text, map, ['progress:', `  - ${sk.block[0]}`, ...sk.block.slice(1).map((l) => `    ${l}`)], '');
  } else if (progress.kind === 'seq' && progress.flow) {
    const at2 = beforeClose(text, progress, ']');
    edit = { range: { start: at2, end: at2 }, newText: progress.items.length ? `, ${sk.flow}` : sk.flow };
  } else if (progress.kind === 'seq' && progress.items.length) {
    const dash = ' '.repeat(progress.range.start - lineStart(text, progress.range.start));
    const { offset, prefix } = afterLine(text, progress.items[progress.items.length - 1]!);
    edit = {
      range: { start: offset, end: offset },
      newText: `${prefix}${dash}- ${sk.block[0]}\n${sk.block
        .slice(1)
        .map((l) => `${dash}  ${l}`)
        .join('\n')}\n`,
    };
  }
  return edit ? { title, edits: [edit] } : null;
}

/** "Mark achieved" / "Mark missed" (the `title`): sets the status, or adds it. */
export function markStatus(text: string, target: YNode, status: string, title: string): Suggestion | null {
  const map = resolved(target);
  if (!map || map.kind !== 'map') return null;
  const e = map.entries.find((x) => x.key === 'status');
  if (e) return { title, edits: [{ range: e.value.range, newText: status }] };
  const edit = addEntry(text, map, [`status: ${status}`], `status: ${status}`);
  return edit ? { title, edits: [edit] } : null;
}
