/**
 * The extension's words in English and Chinese: package.json's %key% references and package.nls.json /
 * package.nls.zh-cn.json, the vscode.l10n.t messages of client/src and l10n/bundle.l10n*.json. The generated
 * files (client/manifest.mjs writes them) must be up to date; every key has both languages; the Chinese is
 * Chinese and keeps the code spans and the {0} placeholders of the English.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { planIdProblem, type Translator } from '../client/src/planTemplate';

const ROOT = path.resolve(__dirname, '..');
const read = (name: string) => fs.readFileSync(path.join(ROOT, name), 'utf8');
const readJson = <T>(name: string): T => JSON.parse(read(name)) as T;

/** The functions of client/manifest.mjs (a script, so imported by URL, untyped). */
interface ManifestModule {
  generatedFiles(): Record<string, string>;
  chineseRuleTexts(): Record<string, string>;
  isGeneratedKey(key: string): boolean;
  l10nMessages(sources: Array<[string, string]>): string[];
  clientSources(): Array<[string, string]>;
}
let manifest: ManifestModule;

const CJK = /[\u3400-\u9fff]/;
/** Texts that stay as they are in Chinese: the product's name. */
const SAME_IN_CHINESE = new Set(['Policy Plans']);
const codeSpans = (s: string) => (s.match(/`[^`]+`/g) ?? []).sort();
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

/** A translator over an l10n bundle, as vscode.l10n is in the extension host: the message itself when absent. */
function bundleTranslator(bundle: Record<string, string>): Translator {
  return {
    t: (message, ...args) =>
      (bundle[message] ?? message).replace(/\{(\d+)\}/g, (m, i: string) => (i in args ? String(args[+i]) : m)),
  };
}

/** The %key% references in package.json, with where they are. */
function references(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') {
    const m = /^%([\w.-]+)%$/.exec(value);
    return m ? [[m[1]!, at]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => references(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => references(v, at ? `${at}.${k}` : k));
  return [];
}

/** package.json in one language, as VS Code shows it. */
function localized(nls: Record<string, string>): {
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    configuration: { title: string; properties: Record<string, Record<string, unknown>> };
  };
  description: string;
} {
  return JSON.parse(read('package.json'), (_, v: unknown) =>
    typeof v === 'string' && /^%[\w.-]+%$/.test(v) ? (nls[v.slice(1, -1)] ?? v) : v,
  );
}

before(async () => {
  manifest = (await import(pathToFileURL(path.join(ROOT, 'client', 'manifest.mjs')).href)) as ManifestModule;
});

describe('the extension manifest in English and Chinese (package.nls*.json)', () => {
  const en = readJson<Record<string, string>>('package.nls.json');
  const zh = readJson<Record<string, string>>('package.nls.zh-cn.json');
  const pkg = readJson<Record<string, unknown>>('package.json');

  it('package.json, package.nls.json, the generated part of package.nls.zh-cn.json and the l10n bundle are up to date', () => {
    const stale = Object.entries(manifest.generatedFiles())
      .filter(([name, text]) => !fs.existsSync(path.join(ROOT, name)) || read(name) !== text)
      .map(([name]) => name);
    assert.deepEqual(stale, [], 'run `node --import tsx client/manifest.mjs`');
  });

  it('has no English text left in package.json where a text is shown, and no key that nothing references', () => {
    const refs = references(pkg);
    assert.ok(refs.length > 80, `${refs.length} references`);
    assert.deepEqual(
      refs.filter(([key]) => !(key in en)).map(([key, at]) => `${at}: %${key}%`),
      [],
    );
    const used = new Set(refs.map(([key]) => key));
    assert.deepEqual(
      Object.keys(en).filter((k) => !used.has(k)),
      [],
    );
    const shown = ['description', 'title', 'category', 'markdownDescription', 'patternErrorMessage'];
    const literal: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          if (shown.includes(k) && typeof v === 'string' && !/^%[\w.-]+%$/.test(v)) literal.push(`${at}.${k}`);
          else if (k === 'enumDescriptions' && Array.isArray(v) && v.some((d) => !/^%[\w.-]+%$/.test(String(d))))
            literal.push(`${at}.${k}`);
          else walk(v, `${at}.${k}`);
        }
    };
    walk({ description: pkg.description, capabilities: pkg.capabilities, contributes: pkg.contributes }, 'package');
    assert.deepEqual(literal, []);
  });

  it('package.nls.zh-cn.json has exactly the keys of package.nls.json, each in Chinese with the code spans kept', () => {
    assert.deepEqual(Object.keys(zh), Object.keys(en), 'the same keys in the same order');
    const problems: string[] = [];
    for (const [key, text] of Object.entries(en)) {
      const t = zh[key] ?? '';
      if (!t.trim()) problems.push(`${key}: empty`);
      else if (!CJK.test(t) && !SAME_IN_CHINESE.has(text)) problems.push(`${key}: not Chinese: ${t}`);
      else if (codeSpans(t).join(' ') !== codeSpans(text).join(' '))
        problems.push(`${key}: code spans ${codeSpans(t).join(' ')} ≠ ${codeSpans(text).join(' ')}`);
      // (a rule's description is the catalogue's, checked by test/i18n-catalogue.test.ts)
      if (!manifest.isGeneratedKey(key) && /[\u3400-\u9fff][,:;?!(]|[,:;?!)][\u3400-\u9fff]/.test(t))
        problems.push(`${key}: half-width punctuation: ${t}`);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('the rules’ descriptions in package.nls.zh-cn.json come from the catalogue', (t) => {
    const generated = manifest.chineseRuleTexts();
    const keys = Object.keys(zh).filter((k) => manifest.isGeneratedKey(k));
    assert.deepEqual(keys.sort(), Object.keys(generated).sort());
    assert.equal(zh['policyPlans.rules.region.unknown.description']?.endsWith('默认级别：`error`。'), true);
    const english = keys.filter((k) => !CJK.test(zh[k]!.replace('默认级别', '')));
    // the catalogue's Chinese descriptions are written by area; one not written yet keeps its English here
    if (english.length) t.diagnostic(`rule descriptions not yet in Chinese in the catalogue: ${english.length}`);
  });

  it('reads in Chinese: the commands, the settings and the language setting', () => {
    const p = localized(zh);
    const titles = p.contributes.commands.map((c) => `${c.category}: ${c.title}`).sort();
    assert.deepEqual(titles, [
      'Policy Plans: 新建规划文件',
      'Policy Plans: 显示引用此规划的规划',
      'Policy Plans: 显示数据集概览',
      'Policy Plans: 显示输出',
      'Policy Plans: 检查整个数据集',
      'Policy Plans: 重启服务器',
    ]);
    const props = p.contributes.configuration.properties;
    assert.equal(props['policyPlans.language']!.markdownDescription, zh['policyPlans.language.description']);
    assert.deepEqual(props['policyPlans.language']!.enumDescriptions, [
      '跟随 VS Code 的显示语言（中文界面用中文，否则用英文）。',
      '英文。',
      '简体中文。',
    ]);
    assert.match(String(props['policyPlans.referenceDate']!.markdownDescription), /^参照日期：/);
    assert.equal(
      props['policyPlans.referenceDate']!.patternErrorMessage,
      '请填写 YYYY-MM-DD 格式的日期，或留空表示今天。',
    );
    assert.match(p.description, /政策规划数据集/);
    // and in English, word for word as before
    const e = localized(en);
    assert.equal(
      e.contributes.commands.find((c) => c.command === 'policyPlans.checkDataset')?.title,
      'Check Whole Dataset',
    );
  });
});

describe('the client’s messages in English and Chinese (l10n/bundle.l10n*.json)', () => {
  const bundle = readJson<Record<string, string>>('l10n/bundle.l10n.json');
  const zh = readJson<Record<string, string>>('l10n/bundle.l10n.zh-cn.json');

  it('the English bundle has every vscode.l10n.t message of client/src, as itself', () => {
    const messages = manifest.l10nMessages(manifest.clientSources());
    assert.ok(messages.length >= 20, `${messages.length} messages`);
    assert.deepEqual(Object.keys(bundle), messages);
    for (const [k, v] of Object.entries(bundle)) assert.equal(v, k);
    // the extension's sources say each message once more: none is left out of the extraction
    const sources = manifest
      .clientSources()
      .map(([, text]) => text)
      .join('\n');
    const calls = sources.match(/\bl10n\.t\(/g) ?? [];
    assert.ok(calls.length >= messages.length, `${calls.length} calls`);
  });

  it('a message that is not a string literal is refused', () => {
    assert.throws(
      () => manifest.l10nMessages([['x.ts', 'vscode.l10n.t(`a ${b}`);']]),
      /x\.ts:1: l10n\.t takes its message as a string literal/,
    );
    assert.deepEqual(manifest.l10nMessages([['x.ts', "l10n.t('a {0}', 1); other.t('b'); vscode.l10n.t(\"c\");"]]), [
      'a {0}',
      'c',
    ]);
  });

  it('the Chinese bundle has every message, in Chinese, with the same placeholders', () => {
    assert.deepEqual(Object.keys(zh), Object.keys(bundle), 'the same messages in the same order');
    const problems: string[] = [];
    for (const [message, text] of Object.entries(zh)) {
      if (!CJK.test(text)) problems.push(`not Chinese: ${message} → ${text}`);
      if (placeholders(text).join() !== placeholders(message).join())
        problems.push(`placeholders differ: ${message} → ${text}`);
      if (/[\u3400-\u9fff][,:;?!(]|[,:;?!)][\u3400-\u9fff]/.test(text))
        problems.push(`half-width punctuation: ${text}`);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('renders the notifications and the New Plan File checks in Chinese', () => {
    const t = bundleTranslator(zh);
    const checked = t.t(
      'Policy Plans: checked {0}: {1}, {2}.',
      t.t('{0} files', 21),
      t.t('{0} errors', 3),
      t.t('{0} warning', 1),
    );
    assert.equal(checked, 'Policy Plans：已检查 21 个文件，发现 3 个错误、1 个警告。');
    assert.equal(
      planIdProblem('CN_GD', new Set(), t),
      '请使用小写字母和数字，词与词之间用连字符连接，例如 cn-gd-ai-2025。',
    );
    assert.equal(planIdProblem('cn-gd-ai-2026', new Set(['cn-gd-ai-2026']), t), '数据集中已有规划 cn-gd-ai-2026。');
    // the English bundle gives the English messages, word for word as before
    const e = bundleTranslator(bundle);
    assert.equal(
      e.t('Policy Plans: checked {0}: {1}, {2}.', e.t('{0} files', 21), e.t('{0} errors', 3), e.t('{0} warning', 1)),
      'Policy Plans: checked 21 files: 3 errors, 1 warning.',
    );
    assert.equal(
      planIdProblem('CN_GD', new Set(), e),
      'Use lowercase letters and digits in words joined by hyphens, such as cn-gd-ai-2025.',
    );
  });
});
