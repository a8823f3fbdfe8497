/**
 * Where the cursor is inside the flow collections opened on its line: `money: { amount: 300e9, currency: |`
 * is the value of `currency` inside the flow mapping of `money`. A small scanner over the line's text
 * before the cursor (quotes are skipped), for completion inside `{ }` and `[ ]`.
 */
export interface FlowFrame {
  kind: 'map' | 'seq';
  /** In a map: the key whose value the scan is in, once its `:` was read. */
  key: string | null;
  /** The keys already written in this map. */
  keys: string[];
}

export interface FlowContext {
  /** Column of the first `{` or `[` that is still open. */
  openColumn: number;
  /** The open collections, outermost first. */
  frames: FlowFrame[];
  /** The word being typed at the cursor. */
  partial: string;
}

/** The open flow collections of a line prefix, or null when none is open. */
export function flowContext(prefix: string): FlowContext | null {
  const frames: FlowFrame[] = [];
  let openColumn = -1;
  let word = '';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (c === '"' || c === "'") {
      // a quoted scalar: skip to its end ('' and \" stay inside)
      let j = i + 1;
      for (; j < prefix.length; j++) {
        if (c === '"' && prefix[j] === '\\') j++;
        else if (prefix[j] === c) {
          if (c === "'" && prefix[j + 1] === "'") j++;
          else break;
        }
      }
      word = prefix.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(prefix[i - 1]))) return null; // a comment
    const top = frames[frames.length - 1];
    if (c === '{' || c === '[') {
      if (frames.length === 0) openColumn = i;
      frames.push({ kind: c === '{' ? 'map' : 'seq', key: null, keys: [] });
      word = '';
    } else if (c === '}' || c === ']') {
      frames.pop();
      if (frames.length === 0) openColumn = -1;
      word = '';
    } else if (c === ',' && top) {
      if (top.kind === 'map') top.key = null;
      word = '';
    } else if (c === ':' && top?.kind === 'map' && (i + 1 === prefix.length || /[\s,{}[\]]/.test(prefix[i + 1]))) {
      top.key = word.trim().replace(/^["']|["']$/g, '');
      top.keys.push(top.key);
      word = '';
    } else if (/\s/.test(c)) {
      if (word && !frames.length) word = '';
      else if (word) word += c;
    } else word += c;
  }
  if (!frames.length) return null;
  return { openColumn, frames, partial: /[^\s,{}[\]:]*$/.exec(prefix)![0] };
}
