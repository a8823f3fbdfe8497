// How often an edit of the realistic 36,000-line plan takes the incremental path, and why not when it does not:
// node --import tsx test/bench/tools/reach.ts
import { parseDocument } from '../../../server/src/core/engine';
import { EditLog, updateDocument } from '../../../server/src/core/incremental';
import { realisticEditTarget, realisticPlan } from '../realistic';

const text = realisticPlan(36000);
const doc = parseDocument(text, 'plan');
const { itemStart } = realisticEditTarget(text);
const end = text.indexOf('\n  - id:', itemStart + 1);
const reasons = new Map<string, number>();
const step = Math.max(1, Math.floor((end - itemStart) / 30));
for (let at = itemStart + 3; at < end; at += step) {
  const next = text.slice(0, at) + 'x' + text.slice(at);
  const log = new EditLog(1);
  log.add({ start: at, end: at, length: 1 });
  const why = updateDocument(doc, next, 'plan', log.edit).fallback ?? 'incremental';
  reasons.set(why, (reasons.get(why) ?? 0) + 1);
}
console.log(
  'one-character insertions across the middle target of the realistic 36,000-line plan:',
  Object.fromEntries(reasons),
);
