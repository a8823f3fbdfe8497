// This branch's parseDocument against another checkout's (BASE=dir), CPU time, least of 5:
// BASE=/path/to/checkout node --import tsx test/bench/tools/cmpbase.ts
import * as path from 'node:path';
import { parseDocument } from '../../../server/src/core/engine';
import { generatePlan, SIZES } from '../generate';
import { realisticPlan } from '../realistic';

const base = require(
  path.join(process.env.BASE!, 'server/src/core/engine'),
) as typeof import('../../../server/src/core/engine');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const least = (f: () => unknown) => {
  let b = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = cpu();
    f();
    b = Math.min(b, cpu() - t);
  }
  return b;
};
for (const [name, text] of [
  ['generated large', generatePlan({ id: 'x', targets: SIZES.large, plantErrors: true })],
  ['generated large without the planted flow list', generatePlan({ id: 'x', targets: SIZES.large })],
  ['realistic large', realisticPlan(36000)],
] as const) {
  console.log(
    `${name}: this branch ${least(() => parseDocument(text, 'plan')).toFixed(0)} ms, base ${least(() => base.parseDocument(text, 'plan')).toFixed(0)} ms CPU`,
  );
}
