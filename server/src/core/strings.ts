/** Small string helpers shared by rules and features. */

export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** How many candidates `closest` gives and how far they may be from the (lower-case) value. */
export function closestOptions(
  lower: string,
  options: { limit?: number; maxDistance?: number },
): { limit: number; maxDistance: number } {
  return {
    limit: options.limit ?? 3,
    maxDistance: options.maxDistance ?? Math.max(1, Math.min(3, Math.floor(lower.length / 3))),
  };
}

/** The candidates closest to `value` (case-insensitive), best first, at most `limit`. */
export function closest(
  value: string,
  candidates: Iterable<string>,
  options: { limit?: number; maxDistance?: number } = {},
): string[] {
  const v = value.toLowerCase();
  const { limit, maxDistance } = closestOptions(v, options);
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const d = levenshtein(v, c.toLowerCase(), maxDistance);
    if (d <= maxDistance) scored.push([c, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, limit).map((s) => s[0]);
}

/**
 * A string equal to `s` that does not share the storage of a longer one: a substring of a file's text can be a
 * view of the whole text, which then lives as long as the substring. Short strings are copies already. The copy:
 * one character joined in front makes a new string whose characters V8 copies when it is sliced again, so the
 * result is a view of that copy alone (4–5 times faster than the JSON round trip this was: ~35 ms of the CLI's
 * check of the realistic dataset; test/core-dataset.test.ts measures what a summary keeps alive).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * One copy of each short string (a region code, a target id, a date, a currency) for values that many files
 * repeat and that live as long as the files' summaries. Owned by its workspace; it forgets everything past
 * `limit` strings, so values typed and gone cannot pile up.
 */
export class StringPool {
  private readonly known = new Map<string, string>();

  constructor(private readonly options: { maxLength: number; limit: number } = { maxLength: 32, limit: 200_000 }) {}

  /** `s`, or the equal string met before; never a view of a longer string. */
  own(s: string): string {
    if (s.length > this.options.maxLength) return ownString(s);
    const known = this.known.get(s);
    if (known !== undefined) return known;
    if (this.known.size >= this.options.limit) this.known.clear();
    const copy = ownString(s);
    this.known.set(copy, copy);
    return copy;
  }
}

/** A 32-bit FNV-1a hash of a text's UTF-16 code units: to know a text again without keeping it. */
export function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** "a, b or c" */
export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Shortens a value for a message. */
export function show(value: unknown, max = 40): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (value === null || value === undefined) s = 'an empty value';
  else if (typeof value === 'object') s = Array.isArray(value) ? 'a list' : 'a mapping';
  else s = String(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A path relative to the folder of `from` (both absolute, any separator), for messages. */
export function relativePath(from: string | undefined, to: string): string {
  if (!from) return to;
  const a = from.replace(/\\/g, '/').split('/').slice(0, -1);
  const b = to.replace(/\\/g, '/').split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  if (i === 0) return to;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
