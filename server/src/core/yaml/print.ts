/**
 * Re-prints YAML through the `yaml` library's Document, which keeps comments, blank lines before an item,
 * anchors, tags and each collection's flow or block style. Scalars are read with the failsafe schema, so a
 * plain scalar is printed exactly as written (`300e9` stays `300e9`, `2025-06` stays unquoted).
 * Used by the formatter (core/features/format.ts); it guards the result (value, comments, idempotence).
 */
import {
  CST,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  parseAllDocuments,
  Scalar,
  visit,
  type Node as YamlNode,
  type Pair,
} from 'yaml';

export type QuoteStyle = 'keep' | 'double' | 'single';

export interface PrintOptions {
  /** Spaces per level. */
  indent: number;
  /** The preferred order of keys for the mapping at a path (keys are mapping keys, '*' any list index), or null. */
  keyOrder: ((path: string[]) => readonly string[] | null) | null;
  /** Quoted scalars become this style (where it can hold the value); plain scalars stay plain. */
  quotes: QuoteStyle;
}

/** The printed text, or null when the text has errors (nothing is printed from a broken parse) or cannot be printed. */
export function printYaml(text: string, options: PrintOptions): string | null {
  const docs = parseAllDocuments(text, {
    schema: 'failsafe',
    resolveKnownTags: false,
    keepSourceTokens: false,
    uniqueKeys: false,
    prettyErrors: false,
  });
  // an empty stream (only comments) has no document to print
  if (!Array.isArray(docs)) return text;
  if (docs.some((d) => d.errors.length)) return null;
  let out = '';
  for (const doc of docs) {
    if (options.keyOrder && doc.contents) reorder(doc.contents as YamlNode, [], options.keyOrder);
    if (options.quotes !== 'keep') {
      const type = options.quotes === 'double' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
      visit(doc, {
        Scalar(_key, node) {
          if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE) return;
          // a tab or another control character reads better as a double-quoted escape
          if (type === Scalar.QUOTE_SINGLE && /[\u0000-\u001f\u007f]/.test(String(node.value))) return;
          node.type = type;
        },
      });
    }
    try {
      out += doc.toString({
        indent: options.indent,
        lineWidth: 0,
        minContentWidth: 0,
        flowCollectionPadding: true,
        indentSeq: true,
      });
    } catch {
      // the yaml library cannot print this document (it throws on some odd shapes): leave the text alone
      return null;
    }
  }
  return out;
}

function keyText(p: Pair): string | null {
  return isScalar(p.key) ? String(p.key.value) : null;
}

function reorder(node: YamlNode, path: string[], order: (path: string[]) => readonly string[] | null): void {
  if (isMap(node)) {
    const want = order(path);
    if (want) {
      const rank = (p: Pair) => {
        const i = want.indexOf(keyText(p) ?? '');
        return i < 0 ? want.length : i;
      };
      // a stable sort: unknown keys keep their order, after the known ones
      const sorted = node.items
        .map((p, i) => ({ p, i }))
        .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
        .map((x) => x.p);
      if (sorted.some((p, i) => p !== node.items[i])) {
        // the blank line and the comment before the first pair belong to the mapping's top, not to that pair
        const first = node.items[0]!.key as YamlNode | null;
        const top = isScalar(first) ? { space: first.spaceBefore, comment: first.commentBefore } : null;
        if (isScalar(first)) {
          first.spaceBefore = undefined;
          first.commentBefore = undefined;
        }
        node.items = sorted;
        const now = node.items[0]!.key as YamlNode | null;
        if (top && isScalar(now)) {
          now.spaceBefore = top.space || now.spaceBefore;
          now.commentBefore = [top.comment, now.commentBefore].filter(Boolean).join('\n') || undefined;
        }
      }
    }
    for (const p of node.items)
      if (isPair(p) && p.value) reorder(p.value as YamlNode, [...path, keyText(p) ?? ''], order);
  } else if (isSeq(node)) {
    for (const it of node.items) reorder(it as YamlNode, [...path, '*'], order);
  }
}

export interface LexedComment {
  text: string;
  /** Spaces between the content before it on its line and the `#`; -1 for a comment on a line of its own. */
  gap: number;
}

type Piece = 'control' | 'space' | 'newline' | 'comment' | 'content';

/** What a lexer token is, for the two passes below (the lexer's control characters are not text). */
function pieceOf(tok: string): Piece {
  if (tok === '\u0002' || tok === '\u0018' || tok === '\u001f') return 'control';
  if (/^[ \t]+$/.test(tok)) return 'space';
  if (/^(\r?\n)+$/.test(tok)) return 'newline';
  if (CST.tokenType(tok) === 'comment') return 'comment';
  return 'content';
}

/** Whether the line goes on with content after this token (a multi-line token ends on its last line). */
function endsOnContent(tok: string): boolean {
  const nl = tok.lastIndexOf('\n');
  return nl < 0 ? tok.trim() !== '' : tok.slice(nl + 1).trim() !== '';
}

/** The comments of a text in order, each with its gap when it trails content. */
export function commentsOf(text: string): LexedComment[] {
  const out: LexedComment[] = [];
  let lineHasContent = false;
  let spaces = 0;
  for (const tok of new Lexer().lex(text)) {
    const piece = pieceOf(tok);
    if (piece === 'control') continue;
    if (piece === 'comment') out.push({ text: tok.trimEnd(), gap: lineHasContent ? spaces : -1 });
    if (piece === 'space') spaces = tok.length;
    else spaces = 0;
    if (piece === 'newline' || piece === 'comment') lineHasContent = false;
    else if (piece === 'content')
      lineHasContent = tok.includes('\n') ? endsOnContent(tok) : lineHasContent || endsOnContent(tok);
  }
  return out;
}

/**
 * Restores the gap before each trailing comment (column-aligned comments stay aligned) and takes the
 * padding out of one-line flow sequences (`[a, b]`, as the format's documentation writes them; flow
 * mappings keep theirs: `{ amount: 300e9 }`). Works on the lexer's tokens, so quoted text is never touched.
 */
export function polish(printed: string, original: LexedComment[]): string {
  const tokens = Array.from(new Lexer().lex(printed)).filter((t) => pieceOf(t) !== 'control');
  // each comment's gap, by its text (the canonical key order may move a comment along with its key)
  const gaps = new Map<string, number[]>();
  for (const c of original) gaps.set(c.text, [...(gaps.get(c.text) ?? []), c.gap]);
  let out = '';
  let lineHasContent = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const piece = pieceOf(tok);
    if (piece === 'space') {
      const prev = i > 0 ? tokens[i - 1]! : '';
      const next = i + 1 < tokens.length ? tokens[i + 1]! : '';
      if (prev === '[' || (next === ']' && lineHasContent)) continue;
      if (pieceOf(next) === 'comment' && lineHasContent) {
        const gap = gaps.get(next.trimEnd())?.shift() ?? 1;
        out += ' '.repeat(gap > 0 ? gap : 1);
        continue;
      }
    }
    if (piece === 'newline' || piece === 'comment') lineHasContent = false;
    else if (piece === 'content')
      lineHasContent = tok.includes('\n') ? endsOnContent(tok) : lineHasContent || endsOnContent(tok);
    out += tok;
  }
  return out;
}

interface LineLayout {
  start: number;
  indent: number;
  kind: 'blank' | 'comment' | 'content';
  /** The comment's index in the text's comments, for a comment line. */
  comment: number;
}

/** Each line of a text: its indentation and whether it holds content, only a comment, or nothing (by the lexer). */
function layout(text: string): LineLayout[] {
  const lines: LineLayout[] = [{ start: 0, indent: 0, kind: 'blank', comment: -1 }];
  let offset = 0;
  let atLineStart = true;
  let comments = 0;
  const newLines = (tok: string, kind: LineLayout['kind']) => {
    for (let i = tok.indexOf('\n'); i >= 0; i = tok.indexOf('\n', i + 1))
      lines.push({ start: offset + i + 1, indent: 0, kind, comment: -1 });
  };
  for (const tok of new Lexer().lex(text)) {
    const piece = pieceOf(tok);
    if (piece === 'control') continue;
    const line = lines[lines.length - 1]!;
    if (piece === 'newline') {
      newLines(tok, 'blank');
      atLineStart = true;
    } else if (piece === 'space' && atLineStart) line.indent = tok.length;
    else if (piece !== 'space') {
      if (atLineStart) {
        line.kind = piece === 'comment' ? 'comment' : 'content';
        if (piece === 'comment') line.comment = comments;
      }
      atLineStart = false;
      if (piece === 'comment') comments++;
      if (tok.includes('\n')) {
        newLines(tok, 'content');
        atLineStart = tok.endsWith('\n');
        if (atLineStart) lines[lines.length - 1]!.kind = 'blank';
      }
    }
    offset += tok.length;
  }
  return lines;
}

function neighbourIndent(lines: LineLayout[], i: number, step: 1 | -1): number | null {
  for (let j = i + step; j >= 0 && j < lines.length; j += step)
    if (lines[j]!.kind === 'content') return lines[j]!.indent;
  return null;
}

/**
 * A comment on a line of its own keeps its place relative to the content: the yaml library attaches a
 * comment between two list items to the first item, and would indent it as that item's content; a comment
 * that was written at the next line's indentation (or the previous line's) is put back there.
 */
export function realignComments(printed: string, original: string): string {
  const before = layout(original);
  const align = new Map<number, 'next' | 'prev'>();
  before.forEach((l, i) => {
    if (l.kind !== 'comment') return;
    if (l.indent === neighbourIndent(before, i, 1)) align.set(l.comment, 'next');
    else if (l.indent === neighbourIndent(before, i, -1)) align.set(l.comment, 'prev');
  });
  const after = layout(printed);
  let out = '';
  after.forEach((l, i) => {
    const end = i + 1 < after.length ? after[i + 1]!.start : printed.length;
    const text = printed.slice(l.start, end);
    const a = l.kind === 'comment' ? align.get(l.comment) : undefined;
    const want = a ? neighbourIndent(after, i, a === 'next' ? 1 : -1) : null;
    out += want !== null && want !== l.indent ? ' '.repeat(want) + text.slice(l.indent) : text;
  });
  return out;
}
