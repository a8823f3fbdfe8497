/** The `policy-plans` command line: help, argument errors, summaries, fmt/export/report lines. */
import type { CataloguePart } from './entry';

export const cli = {
  'cli.help': {
    en: `policy-plans {version} — checks policy plan datasets

Usage:
  policy-plans check [paths…] [--format text|json|sarif] [--today YYYY-MM-DD] [--progress] [--output FILE]
  policy-plans export [paths…] [--format csv|json] [--rows targets|measures|all] [--bom] [--output FILE]
  policy-plans fmt [paths…] [--check] [--canonical-order] [--quotes keep|double|single]
  policy-plans report [paths…] [--output report.html] [--today YYYY-MM-DD]

Paths are files, folders (searched for *.plan.yaml|yml and *.regions.yaml|yml) or globs;
the current folder by default.

Options:
  --format F        check: text (default), json or sarif; export: csv (default) or json
  --today DATE      the reference date for rules such as deadline/passed
  --progress        check (text): after the findings, where each plan's targets stand
  --output FILE     write the report to FILE instead of standard output
  --rows R          export: targets (default), measures or all
  --bom             export: start the CSV with a UTF-8 byte-order mark, for Excel
                    (report: the HTML file, report.html by default)
  --lang L          the language of messages: en or zh-cn (default: LC_ALL, LC_MESSAGES or LANG, else en)
  --no-color        never colour the text output (colour is used only on a terminal)
  --check           fmt: write nothing; list the files formatting would change (exit 1 if any)
  --canonical-order fmt: put keys in the order of docs/plan-format.md
  --quotes Q        fmt: keep (default) the quotes, or make quoted values double or single quoted
  -h, --help        this help
  -v, --version     the version

Exit status: 0 no errors, 1 errors found (fmt --check: files to format), 2 usage problem.
fmt never writes a file with YAML errors; it writes through a temporary file and a rename.
`,
    zh: `policy-plans {version} — 检查政策规划数据集

用法：
  policy-plans check [路径…] [--format text|json|sarif] [--today YYYY-MM-DD] [--progress] [--output 文件]
  policy-plans export [路径…] [--format csv|json] [--rows targets|measures|all] [--bom] [--output 文件]
  policy-plans fmt [路径…] [--check] [--canonical-order] [--quotes keep|double|single]
  policy-plans report [路径…] [--output report.html] [--today YYYY-MM-DD]

路径可以是文件、文件夹（在其中查找 *.plan.yaml|yml 和 *.regions.yaml|yml）或通配模式；
默认为当前文件夹。

选项：
  --format F        check：text（默认）、json 或 sarif；export：csv（默认）或 json
  --today DATE      参照日期，供 deadline/passed 等规则使用
  --progress        check（text 格式）：在问题列表之后列出每个规划中各目标的进展
  --output FILE     将结果写入文件 FILE，而不是输出到标准输出
                    （report：HTML 文件，默认为 report.html）
  --rows R          export：targets（目标，默认）、measures（措施）或 all（全部）
  --bom             export：CSV 以 UTF-8 字节顺序标记（BOM）开头，便于 Excel 打开
  --lang L          消息语言：en 或 zh-cn（默认依次读取 LC_ALL、LC_MESSAGES、LANG，否则为英文）
  --no-color        文本输出一律不着色（仅在终端中才着色）
  --check           fmt：不写入任何文件，只列出格式化会改动的文件（若有则退出码为 1）
  --canonical-order fmt：按 docs/plan-format.md 中的顺序排列键
  --quotes Q        fmt：保留原有引号（keep，默认），或将带引号的值统一改为双引号（double）或单引号（single）
  -h, --help        显示本帮助
  -v, --version     显示版本号

退出码：0 表示没有错误；1 表示发现错误（fmt --check：有待格式化的文件）；2 表示用法有误。
fmt 不会写入含有 YAML 错误的文件；写入时先写临时文件，再重命名替换。
`,
  },

  // argument errors (said after "policy-plans: ")
  'cli.needs-value': { en: '{option} needs a value', zh: '{option} 需要一个值' },
  'cli.unknown-option': { en: 'unknown option {option} (see --help)', zh: '未知选项 {option}（参见 --help）' },
  'cli.unknown-language': {
    en: 'unknown language {value}; use en or zh-cn',
    zh: '未知的语言 {value}；请使用 en 或 zh-cn',
  },
  'cli.bad-today': {
    en: '--today {value} is not a date (YYYY-MM-DD)',
    zh: '--today {value} 不是日期（应为 YYYY-MM-DD）',
  },
  'cli.check.unknown-format': {
    en: 'unknown format {format}; use text, json or sarif',
    zh: '未知格式 {format}；请使用 text、json 或 sarif',
  },
  'cli.check.progress-needs-text': {
    en: '--progress goes with the text format',
    zh: '--progress 只能与 text 格式一起使用',
  },
  'cli.export.unknown-format': {
    en: 'unknown format {format}; use csv or json',
    zh: '未知格式 {format}；请使用 csv 或 json',
  },
  'cli.export.unknown-rows': {
    en: 'unknown --rows {rows}; use targets, measures or all',
    zh: '未知的 --rows 值 {rows}；请使用 targets、measures 或 all',
  },
  'cli.fmt.unknown-quotes': {
    en: 'unknown quote style {quotes}; use keep, double or single',
    zh: '未知的引号风格 {quotes}；请使用 keep、double 或 single',
  },
  'cli.unknown-command': {
    en: 'unknown command {command}; use check, export, fmt or report (see --help)',
    zh: '未知命令 {command}；请使用 check、export、fmt 或 report（参见 --help）',
  },

  // paths and files (node/files.ts, node/output.ts)
  'cli.bad-glob': { en: '{pattern} is not a valid glob: {problem}', zh: '{pattern} 不是有效的通配模式：{problem}' },
  'cli.no-match': { en: 'no plan files match {pattern}', zh: '没有与 {pattern} 匹配的规划文件' },
  'cli.no-such-path': {
    en: 'cannot read {path}: no such file or folder',
    zh: '无法读取 {path}：文件或文件夹不存在',
  },
  'cli.no-dataset-files': {
    en: 'no plan or region files (*.plan.yaml, *.regions.yaml) in {path}',
    zh: '{path} 中没有规划文件或行政区划文件（*.plan.yaml、*.regions.yaml）',
  },
  'cli.cannot-read': { en: 'cannot read {file}: {reason}', zh: '无法读取 {file}：{reason}' },
  'cli.cannot-write': { en: 'cannot write {file}: {reason}', zh: '无法写入 {file}：{reason}' },
  'cli.output.folder': {
    en: '--output {file} is a folder; name a file',
    zh: '--output {file} 是文件夹；请指定一个文件',
  },
  'cli.output.not-regular': {
    en: '--output {file} is not a regular file',
    zh: '--output {file} 不是普通文件',
  },
  'cli.output.no-folder': {
    en: '--output {file}: the folder {folder} does not exist',
    zh: '--output {file}：文件夹 {folder} 不存在',
  },
  'cli.output.dataset-file': {
    en: '--output {file} is a dataset file (a plan, region registry or config); write the report elsewhere',
    zh: '--output {file} 是数据集文件（规划、行政区划登记表或配置文件）；请将结果写到别处',
  },
  'cli.output.is-input': {
    en: '--output {file} is one of the files being read; write the report elsewhere',
    zh: '--output {file} 是正在读取的文件之一；请将结果写到别处',
  },
  'cli.output.cannot-write': {
    en: 'cannot write --output {file}: {reason}',
    zh: '无法写入 --output {file}：{reason}',
  },

  // why a file was not read (node/files.ts)
  'cli.reason.outside': { en: 'it is outside the workspace', zh: '文件位于工作区之外' },
  'cli.reason.no-such-file': { en: 'no such file', zh: '文件不存在' },
  'cli.reason.link': { en: 'it is a symbolic link', zh: '这是符号链接' },
  'cli.reason.permission': { en: 'permission denied', zh: '没有读取权限' },
  'cli.reason.folder': { en: 'it is a folder', zh: '这是文件夹' },
  'cli.reason.not-regular': { en: 'it is not a regular file', zh: '这不是普通文件' },
  'cli.reason.too-large': { en: 'it is larger than {mb} MB', zh: '文件大于 {mb} MB' },

  // notes said once for the whole run (after "policy-plans: ")
  'cli.note.skipped-link': {
    en: '{file}: skipped, a symbolic link (name the file it points to instead)',
    zh: '{file}：已跳过，这是符号链接（请改为指定它所指向的文件）',
  },
  'cli.note.bad-exclude': {
    en: '{config}: exclude entry "{glob}" is not a valid glob ({reason}); it is ignored',
    zh: '{config}：exclude 条目“{glob}”不是有效的通配模式（{reason}），已忽略',
  },
  'cli.note.config-unreadable': {
    en: '{config}: cannot read {name}: {reason}; the dataset uses the defaults',
    zh: '{config}：无法读取 {name}：{reason}；数据集改用默认设置',
  },
  'cli.note.not-read': { en: '{file}: not read, {reason}', zh: '{file}：未读取，{reason}' },

  // check: the text format
  'cli.severity.error': { en: 'error', zh: '错误' },
  'cli.severity.warning': { en: 'warning', zh: '警告' },
  'cli.severity.information': { en: 'information', zh: '提示' },
  'cli.severity.hint': { en: 'hint', zh: '建议' },
  'cli.summary': {
    en: '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
    zh: '已检查 {files} 个文件：{errors} 个错误，{warnings} 个警告',
  },
  'cli.summary.infos': {
    en: '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}}',
    zh: '已检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示',
  },
  'cli.summary.hints': {
    en: '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {hints, plural, one {# hint} other {# hints}}',
    zh: '已检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{hints} 条建议',
  },
  'cli.summary.infos-hints': {
    en: '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}}, {hints, plural, one {# hint} other {# hints}}',
    zh: '已检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示，{hints} 条建议',
  },

  // check --progress
  'cli.progress.plan': { en: '{plan} ({file}): {counts}', zh: '{plan}（{file}）：{counts}' },
  'cli.progress.no-targets': { en: 'no targets', zh: '没有目标' },
  'cli.progress.met': { en: '{count} met', zh: '{count} 个已达成' },
  'cli.progress.on-track': { en: '{count} on-track', zh: '{count} 个进度正常' },
  'cli.progress.behind': { en: '{count} behind', zh: '{count} 个进度滞后' },
  'cli.progress.missed': { en: '{count} missed', zh: '{count} 个未达成' },
  'cli.progress.not-yet-due': { en: '{count} not-yet-due', zh: '{count} 个未到期' },
  'cli.progress.no-data': { en: '{count} no-data', zh: '{count} 个无数据' },

  // fmt
  'cli.fmt.formatted': { en: 'formatted: {file}', zh: '已格式化：{file}' },
  'cli.fmt.not-formatted': { en: 'not formatted: {file}', zh: '未格式化：{file}' },
  'cli.fmt.left-alone': { en: 'left alone: {file}: {reason}', zh: '已跳过：{file}：{reason}' },
  'cli.fmt.need-formatting': {
    en: '{changed} of {total} files need formatting (run policy-plans fmt)',
    zh: '{total} 个文件中有 {changed} 个需要格式化（请运行 policy-plans fmt）',
  },
  'cli.fmt.all-formatted': { en: '{total} files formatted', zh: '{total} 个文件格式均已规范' },
  'cli.fmt.changed': { en: '{changed} of {total} files changed', zh: '{total} 个文件中有 {changed} 个已改动' },

  // report
  'cli.report.wrote': {
    en: 'wrote {file}: {plans} plans, {targets} targets, {kb} KB',
    zh: '已写入 {file}：{plans} 个规划，{targets} 个目标，{kb} KB',
  },
  'cli.report.progress': { en: 'checked {done}/{total} files', zh: '已检查 {done}/{total} 个文件' },
  'cli.report.no-renderer': {
    en: 'the report renderer (dist/report.js) is missing; run npm run build',
    zh: '缺少报告渲染程序（dist/report.js）；请运行 npm run build',
  },
} as const satisfies CataloguePart;
