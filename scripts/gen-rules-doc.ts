/** Writes docs/rules.md from the rule catalogue (the rules are data: this page is generated from them). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeFamilies, ruleInfo, rules } from '../server/src/core/rules';

export function rulesMarkdown(): string {
  const lines = [
    '# Rules',
    '',
    'Generated from `server/src/core/rules/` by `npm run docs:rules`; do not edit by hand.',
    'Every diagnostic carries one of these codes. The dataset config (`rules:`) or the editor setting',
    "`policyPlans.rules` can change a rule's severity or turn it `off`.",
    '',
    '| code | default severity | fires when |',
    '|---|---|---|',
  ];
  const seen = new Set<string>();
  for (const f of codeFamilies)
    lines.push(`| [\`${f.id}\`](#${f.id.slice(0, -2)}) | ${f.severity} | ${ruleInfo(f.id).description} |`);
  for (const r of rules) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const descriptions = [ruleInfo(r.id).description];
    lines.push(
      `| [\`${r.id}\`](#${r.id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}) | ${r.severity} | ${descriptions.join(' ')} |`,
    );
  }
  lines.push('');
  for (const f of codeFamilies) {
    lines.push(
      `## ${f.id.slice(0, -2)}`,
      '',
      `Codes \`${f.id}\`, default severity ${f.severity}. ${ruleInfo(f.id).description}`,
      '',
    );
  }
  const seen2 = new Set<string>();
  for (const r of rules) {
    if (seen2.has(r.id)) continue;
    seen2.add(r.id);
    const all = rules.filter((x) => x.id === r.id);
    lines.push(
      `## ${r.id.replace(/\//g, '-')}`,
      '',
      `\`${r.id}\` — default severity **${r.severity}**; checks ${[...new Set(all.flatMap((x) => x.kinds))].join(' and ')} files.`,
      '',
      ruleInfo(r.id).description,
      '',
    );
  }
  return lines.join('\n');
}

if (require.main === module) {
  const out = path.resolve(__dirname, '..', 'docs', 'rules.md');
  fs.writeFileSync(out, rulesMarkdown());
  console.log(`wrote ${out}`);
}
