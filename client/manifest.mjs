// Writes the extension's keys into package.json, and only those: others edit the rest of the file. Every text
// there is a %key% reference; the English texts go to package.nls.json, from the same source (this file and the
// rule catalogue). It also writes the rule descriptions of package.nls.zh-cn.json (from the catalogue's Chinese;
// the rest of that file is written by hand) and l10n/bundle.l10n.json (every l10n.t message of client/src;
// its translation l10n/bundle.l10n.zh-cn.json is written by hand).
// Run: node --import tsx client/manifest.mjs           (reads the rule catalogue from server/src/core)
//      node --import tsx client/manifest.mjs --check   (writes nothing; exits 1 when a file is not up to date)
// package.json is read right before it is written, so concurrent edits of other keys survive.
// test/i18n-extension.test.ts imports the functions below and checks the files against them.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const { rules, codeFamilies, ruleInfo } = await import('../server/src/core/rules/index.ts');
const { localeOf } = await import('../server/src/core/i18n/index.ts');
const severities = ['error', 'warning', 'information', 'hint', 'off'];

/** The nls key of a rule id or code family: region/unknown → region.unknown, yaml/* → yaml (no / or * in keys). */
const ruleKey = (id) => `policyPlans.rules.${id.replace(/\/\*$/, '').replace(/\//g, '.')}.description`;
/** The rule ids (one entry per id: a code that two rules share, id/duplicate, is listed once) and their default severity. */
const ruleIds = new Map();
for (const r of [...rules, ...codeFamilies]) if (!ruleIds.has(r.id)) ruleIds.set(r.id, r.severity);

/** A rule's settings entry text in one language: its description from the catalogue and its default severity. */
function ruleText(id, severity, language) {
  const en = ruleInfo(id, localeOf('en')).description;
  if (language === 'en') return `${en} Default: \`${severity}\`.`;
  const zh = ruleInfo(id, localeOf('zh-cn')).description;
  // a description not translated yet keeps its English, with the Chinese default
  return `${zh.trim() && zh !== `${id}.description` ? zh : en}默认级别：\`${severity}\`。`;
}

const ruleProps = Object.fromEntries(
  [...ruleIds].map(([id, severity]) => [
    id,
    { type: 'string', enum: severities, markdownDescription: ruleText(id, severity, 'en') },
  ]),
);

const command = (id, title, icon) => ({
  command: `policyPlans.${id}`,
  title,
  category: 'Policy Plans',
  ...(icon ? { icon: `$(${icon})` } : {}),
});

/** The extension's keys of package.json, with their texts in English (written as %key% references). */
const english = {
  description: 'Checks policy plan datasets (YAML) as you type: schemas, regions, targets, deadlines and currencies.',
  main: './dist/extension.js',
  icon: 'images/icon.png',
  categories: ['Linters', 'Programming Languages', 'Snippets'],
  keywords: ['policy', 'plans', 'yaml', 'lint', 'targets', 'regions', 'ISO 3166', 'ISO 4217', 'dataset'],
  l10n: './l10n',
  galleryBanner: { color: '#17324d', theme: 'dark' },
  activationEvents: [
    'onLanguage:yaml',
    'workspaceContains:**/*.plan.yaml',
    'workspaceContains:**/*.plan.yml',
    'onCommand:policyPlans.restartServer',
    'onCommand:policyPlans.showOutput',
    'onCommand:policyPlans.checkDataset',
    'onCommand:policyPlans.newPlanFile',
    'onCommand:policyPlans.showReferences',
    'onCommand:policyPlans.showOverview',
  ],
  capabilities: {
    untrustedWorkspaces: {
      supported: 'limited',
      description:
        'In Restricted Mode, Policy Plans checks files with its built-in schemas and code lists only: it does not load the dataset config (policy-plans.config.yaml) or custom schemas from the workspace, and ignores the workspace value of policyPlans.files.',
      restrictedConfigurations: ['policyPlans.files'],
    },
    virtualWorkspaces: { supported: false, description: 'The language server reads the dataset from the file system.' },
  },
  contributes: {
    commands: [
      command('restartServer', 'Restart Server', 'debug-restart'),
      command('showOutput', 'Show Output', 'output'),
      command('checkDataset', 'Check Whole Dataset', 'checklist'),
      command('newPlanFile', 'New Plan File', 'new-file'),
      command('showReferences', 'Show Plans That Refer to This One', 'references'),
      command('showOverview', 'Show Dataset Overview', 'graph'),
    ],
    // the code lens on a plan id runs showReferences with its arguments; it means nothing from the palette
    menus: { commandPalette: [{ command: 'policyPlans.showReferences', when: 'false' }] },
    configuration: {
      title: 'Policy Plans',
      properties: {
        'policyPlans.referenceDate': {
          type: 'string',
          default: '',
          pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
          patternErrorMessage: 'A date YYYY-MM-DD, or empty for today.',
          markdownDescription:
            'The date that "today" means for `deadline/passed` and `source/accessed-before-published`, as `YYYY-MM-DD`. Empty: the dataset config\'s `reference-date` if it has one, else the current date.',
          order: 1,
        },
        'policyPlans.rules': {
          type: 'object',
          default: {},
          properties: ruleProps,
          additionalProperties: { type: 'string', enum: severities },
          markdownDescription:
            'Severity per rule id (`error`, `warning`, `information`, `hint`, or `off` to turn a rule off), e.g. `{ "deadline/passed": "off", "schema/enum": "warning" }`. Wins over the dataset config\'s `rules` for the same id. See docs/rules.md.',
          order: 2,
        },
        'policyPlans.files': {
          type: 'array',
          items: { type: 'string' },
          default: [],
          markdownDescription:
            'Extra glob patterns (relative to the workspace folder) of files to read as plan files, besides `*.plan.yaml`, `*.plan.yml` and `*.regions.yaml`. Ignored from workspace settings in Restricted Mode.',
          order: 3,
        },
        'policyPlans.validateClosedFiles': {
          type: ['boolean', 'null'],
          default: null,
          markdownDescription:
            'Check every plan file of the workspace, not only the open ones, and keep their problems in the Problems panel: `true` always, `false` never (only open files), unset (`null`, the default) when the workspace has fewer than 2,000 plan files. The command **Policy Plans: Check Whole Dataset** checks everything once, whatever this says.',
          order: 4,
        },
        'policyPlans.trace.server': {
          type: 'string',
          enum: ['off', 'messages', 'verbose'],
          enumDescriptions: [
            'No trace.',
            'Trace the names of the LSP messages.',
            'Trace the LSP messages with their contents.',
          ],
          default: 'off',
          scope: 'window',
          markdownDescription:
            "Traces the communication between VS Code and the Policy Plans language server in the **Policy Plans** output. The trace shows once that output's log level is **Trace**: the gear icon of the Output panel, or **Developer: Set Log Level…** → Policy Plans.",
          order: 5,
        },
        'policyPlans.format.canonicalKeyOrder': {
          type: 'boolean',
          default: false,
          markdownDescription:
            "Format Document puts the keys of a plan, its targets, measures, sources and relations in the order of the format's documentation (`id`, `title`, … ). Comments move with their keys. As `policy-plans fmt --canonical-order`.",
          order: 6,
        },
        'policyPlans.format.quotes': {
          type: 'string',
          enum: ['keep', 'double', 'single'],
          enumDescriptions: [
            'Keep quotes as written.',
            'Quoted values get double quotes.',
            'Quoted values get single quotes (where they can hold the value).',
          ],
          default: 'keep',
          markdownDescription:
            'The quotes Format Document gives quoted values; unquoted values stay unquoted. As `policy-plans fmt --quotes`.',
          order: 7,
        },
        'policyPlans.language': {
          type: 'string',
          enum: ['auto', 'en', 'zh-cn'],
          enumDescriptions: [
            "VS Code's display language (Chinese for a Chinese VS Code, else English).",
            'English.',
            'Simplified Chinese (简体中文).',
          ],
          default: 'auto',
          markdownDescription:
            'The language of the problems, hovers, completions, quick fixes and hints of Policy Plans. `auto` follows the display language of VS Code (**Configure Display Language**). As `policy-plans check --lang`.',
          order: 8,
        },
      },
    },
  },
};

const scripts = {
  package:
    'node --import tsx client/manifest.mjs && node esbuild.mjs --minify && vsce package --no-dependencies --readme-path client/README.md',
  'test:vscode': 'node esbuild.mjs && tsc -p test/vscode/tsconfig.json && node out/test/vscode/runTest.js',
  'test:e2e': 'node --import tsx --test --test-reporter=spec test/e2e/codeserver.test.ts',
};

/**
 * The manifest keys with every text replaced by a %key% reference, and the English texts by key. Keys: `description`,
 * `<command>.title`, `category`, `capabilities.<name>.description`, `configuration.title`, `<setting>.description`
 * (description or markdownDescription), `<setting>.enum.<value>` (its enumDescriptions),
 * `<setting>.patternErrorMessage`, and for the rules `policyPlans.rules.<family>.<rule>.description`.
 */
export function localizedManifest() {
  const nls = {};
  const ref = (key, text) => {
    if (key in nls && nls[key] !== text) throw new Error(`nls key ${key} has two texts: ${nls[key]} / ${text}`);
    nls[key] = text;
    return `%${key}%`;
  };
  const keys = JSON.parse(JSON.stringify(english));
  keys.description = ref('description', keys.description);
  for (const c of keys.contributes.commands) {
    c.title = ref(`${c.command}.title`, c.title);
    c.category = ref('category', c.category);
  }
  for (const [name, c] of Object.entries(keys.capabilities))
    if (typeof c.description === 'string') c.description = ref(`capabilities.${name}.description`, c.description);
  const configuration = keys.contributes.configuration;
  configuration.title = ref('configuration.title', configuration.title);
  const setting = (name, p) => {
    const key = name.startsWith('policyPlans.rules.') ? ruleKey(name.slice('policyPlans.rules.'.length)) : undefined;
    const described = ['description', 'markdownDescription'].filter((f) => typeof p[f] === 'string');
    if (described.length > 1) throw new Error(`${name}: description and markdownDescription, one nls key`);
    for (const f of described) p[f] = ref(key ?? `${name}.description`, p[f]);
    for (const f of ['enumDescriptions', 'markdownEnumDescriptions'])
      if (Array.isArray(p[f])) p[f] = p[f].map((text, i) => ref(`${name}.enum.${p.enum[i]}`, text));
    for (const f of ['patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage'])
      if (typeof p[f] === 'string') p[f] = ref(`${name}.${f}`, p[f]);
    for (const [sub, q] of Object.entries(p.properties ?? {})) setting(`${name}.${sub}`, q);
  };
  for (const [name, p] of Object.entries(configuration.properties)) setting(name, p);
  return { keys, nls };
}

/** The generated keys of package.nls.zh-cn.json: the rules' descriptions from the catalogue's Chinese. */
export function chineseRuleTexts() {
  return Object.fromEntries([...ruleIds].map(([id, severity]) => [ruleKey(id), ruleText(id, severity, 'zh-cn')]));
}

/** Whether a key of package.nls.*.json is generated (the rules' descriptions), not written by hand. */
export const isGeneratedKey = (key) => key.startsWith('policyPlans.rules.') && key !== 'policyPlans.rules.description';

/**
 * package.nls.zh-cn.json: the hand-written translations as they are, the rules' descriptions from the catalogue,
 * in the order of package.nls.json (keys that it lacks stay at the end, for the test to name).
 */
export function chineseNls(english, current) {
  const generated = chineseRuleTexts();
  const out = {};
  for (const key of Object.keys(english))
    if (isGeneratedKey(key)) out[key] = generated[key];
    else if (key in current) out[key] = current[key];
  for (const [key, text] of Object.entries(current)) if (!(key in out) && !isGeneratedKey(key)) out[key] = text;
  return out;
}

/**
 * The messages of the `l10n.t(...)` calls (`this.l10n.t`, `vscode.l10n.t`: any receiver named l10n) in client/src, in
 * order of appearance. The message must be a string literal: one that is not fails here.
 */
export function l10nMessages(sources) {
  const messages = [];
  for (const [file, text] of sources) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 't' &&
        /(^|\.)l10n$/.test(node.expression.expression.getText(sf))
      ) {
        const arg = node.arguments[0];
        if (!arg || !(ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          throw new Error(`${file}:${line + 1}: l10n.t takes its message as a string literal`);
        }
        if (!messages.includes(arg.text)) messages.push(arg.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return messages;
}

const ROOT = new URL('../', import.meta.url);

/** The sources of client/src, by file name. */
export function clientSources() {
  const dir = new URL('client/src/', ROOT);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => [`client/src/${f}`, readFileSync(new URL(f, dir), 'utf8')]);
}

/** Every file this script writes, with its up-to-date text. */
export function generatedFiles() {
  const { keys, nls } = localizedManifest();
  const read = (name, fallback) => {
    try {
      return readFileSync(new URL(name, ROOT), 'utf8');
    } catch {
      return fallback;
    }
  };
  const json = (value) => JSON.stringify(value, null, 2) + '\n';
  const pkg = JSON.parse(read('package.json'));
  Object.assign(pkg, keys);
  pkg.scripts = { ...pkg.scripts, ...scripts };
  const zh = chineseNls(nls, JSON.parse(read('package.nls.zh-cn.json', '{}')));
  const bundle = Object.fromEntries(l10nMessages(clientSources()).map((m) => [m, m]));
  return {
    'package.json': json(pkg),
    'package.nls.json': json(nls),
    'package.nls.zh-cn.json': json(zh),
    'l10n/bundle.l10n.json': json(bundle),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [name, text] of Object.entries(generatedFiles())) {
    const file = new URL(name, ROOT);
    let current;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale.push(name);
    if (!check) {
      mkdirSync(new URL('.', file), { recursive: true });
      writeFileSync(file, text);
      console.log(`${name}: updated`);
    }
  }
  if (check && stale.length) {
    console.error(`not up to date (run \`node --import tsx client/manifest.mjs\`): ${stale.join(', ')}`);
    process.exit(1);
  }
  if (!stale.length) console.log(`${fileURLToPath(ROOT)}: the extension's manifest and nls files are up to date`);
}
