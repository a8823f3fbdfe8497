// Bytes allocated by one edit's steps on the large plan (run with --expose-gc):
// node --expose-gc --import tsx test/bench/tools/alloc.ts
import { generatePlan, SIZES } from '../generate';
import { Engine } from '../../../server/src/core/engine';
import { loneFile } from '../../../server/src/core/dataset';
import { EditLog, updateDocument } from '../../../server/src/core/incremental';
import { WorkspaceIndex } from '../../../server/src/lsp/workspaceIndex';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const text = generatePlan({ id: 'bench', targets: SIZES.large, plantErrors: true });
const engine = new Engine();
const index = new WorkspaceIndex();
const ds = loneFile('2026-11-27');
const doc = updateDocument(null, text, 'plan', null).doc;
index.update('/x/bench.plan.yaml', doc);
engine.check(doc, ds, 'x');
const at = text.indexOf('\n', text.indexOf('    metric: ', text.indexOf(`  - id: target-${String(SIZES.large / 2).padStart(5, '0')}`)));
const next = `${text.slice(0, at)}x${text.slice(at)}`;
const used = () => process.memoryUsage().heapUsed;
const measure = (what: string, f: () => unknown) => {
  gc();
  const before = used();
  const keep = f();
  const after = used();
  console.log(`${what.padEnd(28)} ${((after - before) / 2 ** 20).toFixed(1)} MB allocated`);
  return keep;
};
const log = new EditLog(1);
log.add({ start: at, end: at, length: 1 });
const u = measure('incremental re-parse', () => updateDocument(doc, next, 'plan', log.edit)) as ReturnType<typeof updateDocument>;
measure('workspace index update', () => index.update('/x/bench.plan.yaml', u.doc));
measure('engine.check', () => engine.check(u.doc, ds, 'x'));
measure('first parse (in pieces)', () => updateDocument(null, next, 'plan', null));
