/**
 * The command line in Chinese (issue 16): `check --lang zh-cn samples/broken` says the same findings (codes and
 * file:line:col) as English, in Chinese; the language comes from --lang, else LC_ALL, LC_MESSAGES, LANG; help,
 * argument errors, fmt lines, SARIF and JSON follow it. The text output of samples/broken in both languages is a
 * golden file (test/golden/cli-check.zh-cn.txt, cli-check.en.txt): regenerate both with
 * `UPDATE_GOLDEN=1 node --import tsx --test test/i18n-cli.test.ts`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { golden as goldenFile, runCli, type CliRun } from './helpers/cli';
import { localeOf, ruleInfo } from '../server/src/core';

const ROOT = path.resolve(__dirname, '..');
const TODAY = '2026-11-27';
const BROKEN = 'samples/broken';

const run = (argv: string[], env: Record<string, string> = {}, cwd = ROOT) => runCli(argv, { env, cwd });
const golden = (name: string, actual: string) =>
  goldenFile(name, actual, 'UPDATE_GOLDEN=1 node --import tsx --test test/i18n-cli.test.ts regenerates it');

interface Line {
  place: string;
  severity: string;
  code: string;
  message: string;
}

/** The finding lines of the text format (the quoted source line and the carets are skipped). */
function findings(out: string): Line[] {
  return out
    .split('\n')
    .map((l) => /^(\S+:\d+:\d+) (\S+) (\S+) (.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ place: m[1]!, severity: m[2]!, code: m[3]!, message: m[4]! }));
}

const CJK = /[\u3400-\u9fff]/;

describe('check --lang zh-cn samples/broken', () => {
  const en = run(['check', BROKEN, '--today', TODAY]);
  const zh = run(['check', BROKEN, '--today', TODAY, '--lang', 'zh-cn']);

  test('the same findings as English, line by line: codes and file:line:col', () => {
    assert.equal(zh.code, en.code);
    assert.equal(zh.err, en.err);
    const a = findings(en.out);
    const b = findings(zh.out);
    assert.ok(a.length > 30, `${a.length} findings in English`);
    assert.deepEqual(
      b.map((l) => `${l.place} ${l.code}`),
      a.map((l) => `${l.place} ${l.code}`),
    );
    // the quoted source lines and the carets under them are the same too
    const rest = (out: string) => out.split('\n').filter((l) => l.startsWith('  '));
    assert.deepEqual(rest(zh.out), rest(en.out));
  });

  test('severities, the summary and the messages are Chinese', () => {
    const words: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };
    const a = findings(en.out);
    const b = findings(zh.out);
    b.forEach((l, i) => assert.equal(l.severity, words[a[i]!.severity], l.place));
    const region = b.find((l) => l.code === 'region/unknown');
    assert.match(region?.message ?? '', /^未知的行政区划代码 CN-XX；是否应为 .+？$/);
    const m = /^(\d+) files checked: (\d+) errors, (\d+) warnings, (\d+) infos$/m.exec(en.out);
    assert.ok(m, en.out.slice(-200));
    assert.ok(
      zh.out.endsWith(`\n已检查 ${m[1]} 个文件：${m[2]} 个错误，${m[3]} 个警告，${m[4]} 条提示\n`),
      zh.out.slice(-200),
    );
  });

  test('golden: test/golden/cli-check.zh-cn.txt, and the English run as test/golden/cli-check.en.txt', () => {
    golden('cli-check.zh-cn.txt', zh.out);
    golden('cli-check.en.txt', en.out);
  });
});

describe('which language', () => {
  const summaryOf = (r: CliRun) => r.out.trim().split('\n').pop() ?? '';
  const clean = ['check', 'test/fixtures/core/cli/clean.plan.yaml', '--today', TODAY];

  test('English by default', () => {
    assert.equal(summaryOf(run(clean)), '1 file checked: 0 errors, 0 warnings');
    assert.equal(summaryOf(run(clean, { LANG: 'C.UTF-8' })), '1 file checked: 0 errors, 0 warnings');
  });

  test('LANG=zh_CN.UTF-8 picks Chinese', () => {
    assert.equal(summaryOf(run(clean, { LANG: 'zh_CN.UTF-8' })), '已检查 1 个文件：0 个错误，0 个警告');
  });

  test('POSIX order: LC_ALL, then LC_MESSAGES, then LANG', () => {
    const zh = '已检查 1 个文件：0 个错误，0 个警告';
    const en = '1 file checked: 0 errors, 0 warnings';
    assert.equal(summaryOf(run(clean, { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN', LANG: 'zh_CN' })), en);
    assert.equal(summaryOf(run(clean, { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })), zh);
    assert.equal(summaryOf(run(clean, { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })), zh);
    assert.equal(summaryOf(run(clean, { LC_ALL: '', LC_MESSAGES: 'en_US', LANG: 'zh_CN.UTF-8' })), en);
  });

  test('--lang wins over the environment; zh, zh-CN and --lang= work too', () => {
    assert.equal(
      summaryOf(run([...clean, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })),
      '1 file checked: 0 errors, 0 warnings',
    );
    for (const lang of ['zh', 'zh-CN', 'zh-cn'])
      assert.equal(summaryOf(run([...clean, '--lang', lang])), '已检查 1 个文件：0 个错误，0 个警告', lang);
    assert.equal(summaryOf(run([...clean, '--lang=zh-cn'])), '已检查 1 个文件：0 个错误，0 个警告');
  });

  test('an unknown --lang is a usage error (exit 2), said in the language of the environment', () => {
    const r = run([...clean, '--lang', 'fr']);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'policy-plans: unknown language fr; use en or zh-cn\n');
    const zh = run([...clean, '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(zh.err, 'policy-plans: 未知的语言 fr；请使用 en 或 zh-cn\n');
  });
});

describe('every line in Chinese', () => {
  test('help', () => {
    const r = run(['--help', '--lang', 'zh-cn']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^policy-plans \S+ — 检查政策规划数据集\n\n用法：\n/);
    assert.match(r.out, /--lang L {10}消息语言：en 或 zh-cn/);
    assert.match(r.out, /退出码：0 表示没有错误；1 表示发现错误/);
    const en = run(['--help'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(en.out, r.out, 'LANG gives the Chinese help too');
    assert.match(run(['--help']).out, /^policy-plans \S+ — checks policy plan datasets\n\nUsage:\n/);
  });

  test('argument and file errors', () => {
    const zh = (argv: string[]) => run([...argv, '--lang', 'zh-cn']);
    assert.equal(zh(['check', 'no-such-folder']).err, 'policy-plans: 无法读取 no-such-folder：文件或文件夹不存在\n');
    assert.equal(zh(['check', '--format', 'xml']).err, 'policy-plans: 未知格式 xml；请使用 text、json 或 sarif\n');
    assert.equal(
      zh(['check', '--today', '2025-13-01']).err,
      'policy-plans: --today 2025-13-01 不是日期（应为 YYYY-MM-DD）\n',
    );
    assert.equal(
      zh(['frobnicate']).err,
      'policy-plans: 未知命令 frobnicate；请使用 check、export、fmt 或 report（参见 --help）\n',
    );
    assert.equal(zh(['check', '--wat']).err, 'policy-plans: 未知选项 --wat（参见 --help）\n');
    assert.equal(
      zh(['check', BROKEN, '--output', 'samples']).err,
      'policy-plans: --output samples 是文件夹；请指定一个文件\n',
    );
  });

  test('notes about the dataset: a skipped symbolic link, a config that cannot be read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-i18n-cli-'));
    try {
      fs.copyFileSync(path.join(ROOT, 'test/fixtures/core/cli/clean.plan.yaml'), path.join(dir, 'a.plan.yaml'));
      fs.symlinkSync(path.join(dir, 'a.plan.yaml'), path.join(dir, 'link.plan.yaml'));
      fs.mkdirSync(path.join(dir, 'policy-plans.config.yaml'));
      const zh = run(['check', '.', '--today', TODAY, '--lang', 'zh-cn'], {}, dir);
      const en = run(['check', '.', '--today', TODAY], {}, dir);
      assert.equal(zh.code, en.code);
      assert.equal(
        zh.err,
        [
          'policy-plans: link.plan.yaml：已跳过，这是符号链接（请改为指定它所指向的文件）',
          'policy-plans: policy-plans.config.yaml：无法读取 policy-plans.config.yaml：这是文件夹；数据集改用默认设置',
          '',
        ].join('\n'),
      );
      assert.equal(
        en.err,
        [
          'policy-plans: link.plan.yaml: skipped, a symbolic link (name the file it points to instead)',
          'policy-plans: policy-plans.config.yaml: cannot read policy-plans.config.yaml: it is a folder; the dataset uses the defaults',
          '',
        ].join('\n'),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fmt --check', () => {
    const r = run(['fmt', '--check', 'samples', '--lang', 'zh-cn']);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^\d+ 个文件格式均已规范\n$/);
  });

  test('check --progress: the standings counted in Chinese', () => {
    const r = run([
      'check',
      'samples/cn-gd-general-ai-2023.plan.yaml',
      '--progress',
      '--today',
      TODAY,
      '--lang',
      'zh-cn',
    ]);
    assert.match(
      r.out,
      /\ncn-gd-general-ai-2023（samples\/cn-gd-general-ai-2023\.plan\.yaml）：\d+ 个(已达成|进度正常|进度滞后|未达成|未到期|无数据)/,
    );
  });

  test('json: the same codes and ranges, messages in Chinese', () => {
    type Json = { files: number; diagnostics: Array<{ file: string; range: unknown; code: string; message: string }> };
    const en = JSON.parse(run(['check', BROKEN, '--today', TODAY, '--format', 'json']).out) as Json;
    const zh = JSON.parse(run(['check', BROKEN, '--today', TODAY, '--format', 'json', '--lang', 'zh-cn']).out) as Json;
    const shape = (j: Json) => j.diagnostics.map((d) => [d.file, d.range, d.code]);
    assert.deepEqual(shape(zh), shape(en));
    assert.match(zh.diagnostics.find((d) => d.code === 'region/unknown')!.message, /^未知的行政区划代码 CN-XX/);
  });

  test('sarif: the run says its language; rule descriptions and messages in it', () => {
    type Sarif = {
      runs: Array<{
        language: string;
        tool: {
          driver: {
            rules: Array<{
              id: string;
              shortDescription: { text: string };
              fullDescription: { text: string };
              helpUri: string;
            }>;
          };
        };
        results: Array<{ ruleId: string; message: { text: string } }>;
      }>;
    };
    const zh = JSON.parse(
      run(['check', BROKEN, '--today', TODAY, '--format', 'sarif', '--lang', 'zh-cn']).out,
    ) as Sarif;
    const en = JSON.parse(run(['check', BROKEN, '--today', TODAY, '--format', 'sarif']).out) as Sarif;
    assert.equal(zh.runs[0]!.language, 'zh-CN');
    assert.equal(en.runs[0]!.language, 'en-US');
    const rule = zh.runs[0]!.tool.driver.rules.find((r) => r.id === 'region/unknown')!;
    const described = ruleInfo('region/unknown', localeOf('zh-cn')).description;
    assert.equal(rule.shortDescription.text, described);
    assert.equal(rule.fullDescription.text, described);
    assert.match(rule.helpUri, /\/docs\/rules\.zh-CN\.md#region-unknown$/, 'the Chinese rule reference');
    assert.match(
      zh.runs[0]!.results.find((r) => r.ruleId === 'region/unknown')!.message.text,
      /^未知的行政区划代码 CN-XX/,
    );
    assert.deepEqual(
      zh.runs[0]!.results.map((r) => r.ruleId),
      en.runs[0]!.results.map((r) => r.ruleId),
    );
    assert.ok(CJK.test(zh.runs[0]!.results.map((r) => r.message.text).join('')));
  });
});
