// Where the CPU time of checking the realistic dataset goes, in one process, against the yaml library's own
// steps on the same files: node --import tsx test/bench/tools/parsecost.ts [copies]
import { Lexer, Parser, parseDocument as bareParse } from 'yaml';
import { loneFile } from '../../../server/src/core/dataset';
import { Engine, parseDocument } from '../../../server/src/core/engine';
import { realisticDataset } from '../realistic';

const texts = [...realisticDataset(Number(process.argv[2] ?? 200)).entries()]
  .filter(([f]) => f.endsWith('.plan.yaml'))
  .map(([, t]) => t);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const engine = new Engine();
const ds = loneFile('2026-11-27');
const steps: Array<[string, (t: string) => unknown]> = [
  [
    'yaml Lexer only',
    (t) => {
      for (const _ of new Lexer().lex(t));
    },
  ],
  ['yaml Parser (CST) only', (t) => Array.from(new Parser().parse(t))],
  ['bare parseDocument(text, { uniqueKeys: false })', (t) => bareParse(t, { uniqueKeys: false })],
  ['our parseDocument (tree, value, findings)', (t) => parseDocument(t, 'plan')],
  [
    'our parseDocument + Engine.check (one file, no dataset)',
    (t) => engine.check(parseDocument(t, 'plan'), ds, 'x.plan.yaml'),
  ],
];
const best = new Map<string, number>();
for (let round = 0; round < 3; round++) {
  for (const [name, f] of steps) {
    const t0 = cpu();
    for (const t of texts) f(t);
    best.set(name, Math.min(best.get(name) ?? Infinity, cpu() - t0));
  }
}
const bare = best.get('bare parseDocument(text, { uniqueKeys: false })')!;
console.log(`${texts.length} realistic plans, least CPU time of 3 rounds:`);
for (const [name, ms] of best)
  console.log(`  ${name}: ${ms.toFixed(0)} ms (${(ms / bare).toFixed(2)}× bare parseDocument)`);
