/** The rule documentation is generated from the rule catalogue and must be current. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_PAGES, rulesMarkdown } from '../scripts/gen-rules-doc';
import { localeOf } from '../server/src/core/i18n';
import { ruleInfo, rules } from '../server/src/core/rules';

const ROOT = path.resolve(__dirname, '..');

test('docs/rules.md and docs/rules.zh-CN.md are generated from the rule catalogue (run npm run docs:rules)', () => {
  assert.deepEqual(
    RULE_PAGES.map((p) => p.file),
    ['rules.md', 'rules.zh-CN.md'],
  );
  for (const page of RULE_PAGES)
    assert.equal(
      fs.readFileSync(path.join(ROOT, 'docs', page.file), 'utf8'),
      rulesMarkdown(page.language),
      `docs/${page.file} is not current: run npm run docs:rules`,
    );
});

test('the Chinese rule reference: headings, labels and descriptions in Chinese, the same codes and anchors', () => {
  const en = rulesMarkdown('en');
  const zh = rulesMarkdown('zh-cn');
  assert.match(zh, /^# 规则\n\n由 `npm run docs:rules` 根据 `server\/src\/core\/rules\/` 生成，请勿手工编辑。\n/);
  assert.ok(zh.includes('\n| 代码 | 默认严重级别 | 触发条件 |\n|---|---|---|\n'));
  assert.ok(zh.includes('\n`region/unknown` — 默认严重级别：**错误**；检查规划文件和行政区划文件。\n'));
  assert.ok(zh.includes(`\n${ruleInfo('region/unknown', localeOf('zh-cn')).description}\n`));
  assert.ok(zh.includes('English: [rules.md](rules.md)') && en.includes('[rules.zh-CN.md](rules.zh-CN.md)'));
  // the same sections and links, so that a code's anchor is the same on both pages
  const anchors = (s: string) => s.match(/^## .*$|\]\(#[^)]*\)/gm);
  assert.deepEqual(anchors(zh), anchors(en));
});

test('every rule has an id, a severity and a one-line description, and the README lists it', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const r of rules) {
    assert.match(r.id, /^[a-z0-9-]+\/[a-z0-9-]+$/);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
    const { description } = ruleInfo(r.id);
    assert.ok(description.length > 10 && description.length < 260 && !description.includes('\n'), r.id);
    assert.ok(readme.includes(`\`${r.id}\``), `README's rule table lacks ${r.id}`);
  }
});

test('README.zh-CN.md: the set-up commands exactly as README.md has them, the CLI with --lang, the editors, the rule reference', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const zh = fs.readFileSync(path.join(ROOT, 'README.zh-CN.md'), 'utf8');
  const setup = readme.split('\n').filter((l) => /^npm ci && /.test(l));
  assert.equal(setup.length, 2, 'README.md has two set-up commands');
  for (const l of setup) assert.ok(zh.split('\n').includes(l), `README.zh-CN.md lacks: ${l}`);
  for (const s of [
    '--lang zh-cn',
    'LANG=zh_CN.UTF-8',
    'policyPlans.language',
    '](docs/rules.zh-CN.md)',
    '](README.md)',
  ])
    assert.ok(zh.includes(s), `README.zh-CN.md lacks ${s}`);
  for (const editor of ['VS Code', 'Neovim', 'Helix', 'Emacs', 'Sublime Text'])
    assert.ok(zh.includes(`### ${editor}`) || zh.includes(`**${editor}`), `README.zh-CN.md lacks ${editor}`);
  assert.ok(
    readme.includes('](README.zh-CN.md)') && readme.includes('policyPlans.language') && readme.includes('--lang'),
  );
});
