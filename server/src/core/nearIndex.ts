/**
 * `closest` over a long list of names (a dataset's plan ids) without measuring the distance to every one:
 * the names' lower-case forms in a trie, walked with one row of the edit-distance table per node, so that a
 * branch whose row is already past the allowed distance is never entered (the row's minimum never falls
 * further down). The answers, and their order, are those of `closest(value, names, options)`.
 */
import { closestOptions } from './strings';

interface TrieNode {
  /** Child nodes by the character code that leads to them. */
  next: Map<number, TrieNode>;
  /** The names whose lower-case form ends here. */
  names: string[];
}

export class NearIndex {
  private root: TrieNode | null = null;

  /** `names` is read on the first question, not before (most datasets never ask one). */
  constructor(private readonly names: () => Iterable<string>) {}

  private trie(): TrieNode {
    if (this.root) return this.root;
    const root: TrieNode = { next: new Map(), names: [] };
    for (const name of this.names()) {
      const lower = name.toLowerCase();
      let node = root;
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), names: [] }));
        node = child;
      }
      node.names.push(name);
    }
    return (this.root = root);
  }

  /** The names closest to `value` (case-insensitive), best first, at most `limit`: as `closest`. */
  closest(value: string, options: { limit?: number; maxDistance?: number } = {}): string[] {
    const v = value.toLowerCase();
    const { limit, maxDistance } = closestOptions(v, options);
    const scored: Array<[string, number]> = [];
    const first = new Array<number>(v.length + 1);
    for (let j = 0; j <= v.length; j++) first[j] = j;
    // depth first with a stack of its own: an id may be longer than the call stack is deep
    const stack: Array<[TrieNode, number[]]> = [[this.trie(), first]];
    for (let top = stack.pop(); top; top = stack.pop()) {
      const [node, row] = top;
      const d = row[v.length]!;
      if (d <= maxDistance) for (const n of node.names) scored.push([n, d]);
      for (const [c, child] of node.next) {
        const cur = new Array<number>(v.length + 1);
        cur[0] = row[0]! + 1;
        let rowMin = cur[0];
        for (let j = 1; j <= v.length; j++) {
          const cost = v.charCodeAt(j - 1) === c ? 0 : 1;
          const x = Math.min(row[j]! + 1, cur[j - 1]! + 1, row[j - 1]! + cost);
          cur[j] = x;
          if (x < rowMin) rowMin = x;
        }
        if (rowMin <= maxDistance) stack.push([child, cur]);
      }
    }
    scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    return scored.slice(0, limit).map((s) => s[0]);
  }
}
