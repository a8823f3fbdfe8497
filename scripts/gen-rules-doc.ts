/**
 * Writes docs/rules.md and docs/rules.zh-CN.md from the rule catalogue (the rules are data: these pages are
 * generated from them, their words from the message catalogue, server/src/core/i18n/catalogue).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localeOf, type Language, type MessageKey } from '../server/src/core/i18n';
import { codeFamilies, ruleInfo, rules } from '../server/src/core/rules';
import type { Severity } from '../server/src/core';

const SEVERITY: Record<Severity, MessageKey> = {
  error: 'cli.severity.error',
  warning: 'cli.severity.warning',
  information: 'cli.severity.information',
  hint: 'cli.severity.hint',
};

const KIND: Readonly<Record<string, MessageKey>> = {
  plan: 'docs.rules.kind.plan',
  regions: 'docs.rules.kind.regions',
  config: 'docs.rules.kind.config',
};

/** The pages: docs/rules.md in English, docs/rules.zh-CN.md in Chinese (each links to the other). */
export const RULE_PAGES: ReadonlyArray<{ language: Language; file: string; other: string }> = [
  { language: 'en', file: 'rules.md', other: '简体中文：[rules.zh-CN.md](rules.zh-CN.md)' },
  { language: 'zh-cn', file: 'rules.zh-CN.md', other: 'English: [rules.md](rules.md)' },
];

export function rulesMarkdown(language: Language = 'en'): string {
  const locale = localeOf(language);
  const page = RULE_PAGES.find((p) => p.language === language)!;
  const severity = (s: Severity) => locale.t(SEVERITY[s]);
  const describe = (id: string) => ruleInfo(id, locale).description;
  const lines = [
    `# ${locale.t('docs.rules.title')}`,
    '',
    locale.t('docs.rules.generated'),
    locale.t('docs.rules.intro'),
    '',
    page.other,
    '',
    locale.t('docs.rules.header'),
    '|---|---|---|',
  ];
  const seen = new Set<string>();
  for (const f of codeFamilies)
    lines.push(`| [\`${f.id}\`](#${f.id.slice(0, -2)}) | ${severity(f.severity)} | ${describe(f.id)} |`);
  for (const r of rules) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    lines.push(
      `| [\`${r.id}\`](#${r.id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}) | ${severity(r.severity)} | ${describe(r.id)} |`,
    );
  }
  lines.push('');
  for (const f of codeFamilies) {
    lines.push(
      `## ${f.id.slice(0, -2)}`,
      '',
      locale.t('docs.rules.family', { id: f.id, severity: severity(f.severity), description: describe(f.id) }),
      '',
    );
  }
  const seen2 = new Set<string>();
  for (const r of rules) {
    if (seen2.has(r.id)) continue;
    seen2.add(r.id);
    const all = rules.filter((x) => x.id === r.id);
    const kinds = [...new Set(all.flatMap((x) => x.kinds))].map((k) => (KIND[k] ? locale.t(KIND[k]) : k));
    lines.push(
      `## ${r.id.replace(/\//g, '-')}`,
      '',
      locale.t('docs.rules.rule', { id: r.id, severity: severity(r.severity), kinds: locale.list(kinds, 'and') }),
      '',
      describe(r.id),
      '',
    );
  }
  return lines.join('\n');
}

if (require.main === module) {
  for (const page of RULE_PAGES) {
    const out = path.resolve(__dirname, '..', 'docs', page.file);
    fs.writeFileSync(out, rulesMarkdown(page.language));
    console.log(`wrote ${out}`);
  }
}
