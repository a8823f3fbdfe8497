/** What the language server itself says (server/src/lsp/): its own diagnostics, progress and errors. */
import type { CataloguePart } from './entry';

export const server = {
  'server.help': {
    en: `policy-plans-server {version} — the Policy Plans language server

Usage: policy-plans-server [--stdio | --node-ipc | --socket=<port>]

  --stdio           speak LSP over standard input and output (Neovim, Helix, Emacs, Sublime)
  --node-ipc        speak LSP over Node IPC (VS Code)
  --socket=<port>   connect to a client listening on 127.0.0.1:<port>
  --version         print the version
  --help            this help
`,
    zh: `policy-plans-server {version} — Policy Plans 语言服务器

用法：policy-plans-server [--stdio | --node-ipc | --socket=<port>]

  --stdio           通过标准输入输出使用 LSP 通信（Neovim、Helix、Emacs、Sublime）
  --node-ipc        通过 Node IPC 使用 LSP 通信（VS Code）
  --socket=<port>   连接到在 127.0.0.1:<port> 上监听的客户端
  --version         显示版本号
  --help            显示本帮助

消息语言由编辑器的 locale 或设置 policyPlans.language 决定。
`,
  },
  'server.choose-transport': {
    en: 'choose a transport: --stdio, --node-ipc or --socket=<port> (see --help)',
    zh: '请选择通信方式：--stdio、--node-ipc 或 --socket=<port>（参见 --help）',
  },
  'server.too-large': {
    en: 'this file has {size} MB of text; files over {max} MB are not checked in the editor (run policy-plans check)',
    zh: '此文件有 {size} MB 文本；超过 {max} MB 的文件不在编辑器中检查（请运行 policy-plans check）',
  },
  'server.config-unreadable': {
    en: 'cannot read {name}: {reason}; the dataset is checked with every default (make it a readable file)',
    zh: '无法读取 {name}：{reason}；数据集改用全部默认设置检查（请确保该文件可读）',
  },
  'server.progress.indexing': { en: 'Policy Plans: indexing', zh: 'Policy Plans：正在建立索引' },
  'server.progress.checking': {
    en: 'Policy Plans: checking the dataset',
    zh: 'Policy Plans：正在检查数据集',
  },
  'server.progress.files': {
    en: '{count} files',
    zh: '{count} 个文件',
  },
  'server.not-checked': {
    en: 'this document is not checked by Policy Plans',
    zh: 'Policy Plans 不检查此文档',
  },
  'server.rename.unreadable': { en: 'cannot rename: {file}: {reason}', zh: '无法重命名：{file}：{reason}' },
  'server.rename.changed-on-disk': {
    en: 'files changed on disk while renaming; try again',
    zh: '重命名期间磁盘上的文件发生了变化；请重试',
  },
  'server.check-dataset.bad-params': {
    en: "policyPlans/checkDataset needs '{ uri }' of a folder",
    zh: "policyPlans/checkDataset 需要文件夹的 '{ uri }'",
  },
  'server.overview.bad-params': {
    en: "policyPlans/overview needs '{ uris }' of folders",
    zh: "policyPlans/overview 需要文件夹的 '{ uris }'",
  },
  'server.cancelled': { en: 'cancelled', zh: '已取消' },
} as const satisfies CataloguePart;
