// The server's per-edit work in one process (incremental re-parse, index update, check) on a generated plan:
// node --import tsx test/bench/tools/editpath.ts small|medium|large [realistic]
import { generatePlan, SIZES } from '../generate';
import { realisticEditTarget, realisticPlan } from '../realistic';
import { parseDocument, Engine } from '../../../server/src/core/engine';
import { loneFile } from '../../../server/src/core/dataset';
import { EditLog, updateDocument } from '../../../server/src/core/incremental';
import { WorkspaceIndex } from '../../../server/src/lsp/workspaceIndex';
const size = (process.argv[2] ?? 'large') as keyof typeof SIZES;
const realistic = process.argv[3] === 'realistic';
let text = realistic ? realisticPlan({ small: 150, medium: 3600, large: 36000 }[size]) : generatePlan({ id: 'bench', targets: SIZES[size], plantErrors: true });
const engine = new Engine();
const index = new WorkspaceIndex();
const ds = loneFile('2026-11-27');
let doc = parseDocument(text, 'plan');
engine.check(doc, ds, 'x');
const mid = Math.floor(SIZES[size] / 2);
const at = text.indexOf('\n', text.indexOf('    metric: ', realistic ? realisticEditTarget(text).itemStart : text.indexOf(`  - id: target-${String(mid).padStart(5, '0')}`)));
const t = { reparse: [] as number[], index: [] as number[], check: [] as number[], total: [] as number[] };
for (let i = 0; i < 60; i++) {
  const ins = i % 2 === 0;
  const next = ins ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  const log = new EditLog(1);
  log.add(ins ? { start: at, end: at, length: 1 } : { start: at, end: at + 1, length: 0 });
  const t0 = performance.now();
  const u = updateDocument(doc, next, 'plan', log.edit);
  const t1 = performance.now();
  index.update('/x/bench.plan.yaml', u.doc);
  const t2 = performance.now();
  engine.check(u.doc, ds, 'x');
  const t3 = performance.now();
  if (u.fallback) console.log('fallback', u.fallback);
  t.reparse.push(t1 - t0); t.index.push(t2 - t1); t.check.push(t3 - t2); t.total.push(t3 - t0);
  doc = u.doc; text = next;
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs: number[]) => Math.min(...xs);
for (const [k, v] of Object.entries(t)) console.log(`${k.padEnd(8)} median ${med(v.slice(20)).toFixed(1)} min ${min(v).toFixed(1)}`);
