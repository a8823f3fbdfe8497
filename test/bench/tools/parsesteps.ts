// The yaml library's steps (lexer, CST parser, compose) against our parseYaml on realistic plans of 360, 3,600 and
// 36,000 lines, least wall time of 5: node --import tsx test/bench/tools/parsesteps.ts
import { Parser, Composer, Lexer } from 'yaml';
import { parseYaml } from '../../../server/src/core/yaml/parse';
import { realisticPlan } from '../realistic';
const best = (f: () => unknown) => {
  let b = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    f();
    b = Math.min(b, performance.now() - t);
  }
  return b;
};
for (const n of [360, 3600, 36000]) {
  const t = realisticPlan(n);
  const lex = best(() => {
    for (const _ of new Lexer().lex(t));
  });
  const cst = best(() => Array.from(new Parser().parse(t)));
  const toks = Array.from(new Parser().parse(t));
  const comp = best(() => Array.from(new Composer({ uniqueKeys: false }).compose(toks)));
  const all = best(() => parseYaml(t));
  console.log(n, 'lex', lex.toFixed(1), 'cst', cst.toFixed(1), 'compose', comp.toFixed(1), 'parseYaml', all.toFixed(1));
}
