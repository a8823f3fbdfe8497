// The server's per-edit work in one process (incremental re-parse, index update, check) on a generated plan:
// node --import tsx test/bench/tools/editpath.ts small|medium|large [realistic]
import { generatePlan, SIZES } from '../generate';
import { realisticEditTarget, realisticPlan } from '../realistic';
import { createWorkspace, EditLog } from '../../../server/src/core';
const size = (process.argv[2] ?? 'large') as keyof typeof SIZES;
const realistic = process.argv[3] === 'realistic';
let text = realistic
  ? realisticPlan({ small: 150, medium: 3600, large: 36000 }[size])
  : generatePlan({ id: 'bench', targets: SIZES[size], plantErrors: true });
// the server's path: the workspace model, fed the open document's versions with their edits
const FILE = '/x/bench.plan.yaml';
const ws = createWorkspace({ today: '2026-11-27', trusted: true, roots: ['/x'] });
let version = 1;
ws.update({ set: [{ file: FILE, text, version, open: true }] });
ws.check(FILE);
const mid = Math.floor(SIZES[size] / 2);
const at = text.indexOf(
  '\n',
  text.indexOf(
    '    metric: ',
    realistic ? realisticEditTarget(text).itemStart : text.indexOf(`  - id: target-${String(mid).padStart(5, '0')}`),
  ),
);
const t = { update: [] as number[], check: [] as number[], total: [] as number[] };
for (let i = 0; i < 60; i++) {
  const ins = i % 2 === 0;
  const next = ins ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  const log = new EditLog(version);
  log.add(ins ? { start: at, end: at, length: 1 } : { start: at, end: at + 1, length: 0 });
  const t0 = performance.now();
  ws.update({ set: [{ file: FILE, text: next, version: ++version, open: true, edit: log.edit }] });
  const t1 = performance.now();
  ws.check(FILE);
  const t2 = performance.now();
  t.update.push(t1 - t0);
  t.check.push(t2 - t1);
  t.total.push(t2 - t0);
  text = next;
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs: number[]) => Math.min(...xs);
for (const [k, v] of Object.entries(t))
  console.log(`${k.padEnd(8)} median ${med(v.slice(20)).toFixed(1)} min ${min(v).toFixed(1)}`);
