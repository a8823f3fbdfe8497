// Profile of Engine.check on the realistic 36,000-line plan: node --cpu-prof --import tsx test/bench/tools/checkprof.ts
import { loneFile } from '../../../server/src/core/dataset';
import { Engine, parseDocument } from '../../../server/src/core/engine';
import { realisticPlan } from '../realistic';
const doc = parseDocument(realisticPlan(36000), 'plan');
const engine = new Engine();
const ds = loneFile('2026-11-27');
for (let i = 0; i < 15; i++) engine.check(doc, ds, 'x.plan.yaml');
