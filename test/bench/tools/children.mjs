// Usage: node test/bench/tools/children.mjs <file.cpuprofile> <regex of a frame> [depth]
// Inclusive time of the callees (by function) under every frame whose key matches argv[3].
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pat = new RegExp(process.argv[3]);
const depth = Number(process.argv[4] ?? 1);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = (n) => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((a, c) => a + total(byId.get(c)), 0);
const key = (n) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const agg = new Map();
let top = 0;
const visit = (n, d, prefix) => {
  for (const c of n.children ?? []) {
    const cn = byId.get(c);
    const k = prefix + key(cn);
    agg.set(k, (agg.get(k) ?? 0) + total(cn));
    if (d < depth) visit(cn, d + 1, k + ' > ');
  }
};
for (const n of prof.nodes)
  if (pat.test(key(n))) {
    top += total(n);
    visit(n, 1, '');
  }
console.log(`${process.argv[3]}: ${(top / 1000).toFixed(0)} ms`);
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${(t / 1000).toFixed(1).padStart(8)} ms  ${k}`);
