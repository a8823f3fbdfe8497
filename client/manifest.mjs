// Writes the extension's keys into package.json, and only those: others edit the rest of the file.
// Run: node --import tsx client/manifest.mjs   (reads the rule catalogue from server/src/core/rules)
// package.json is read right before it is written, so concurrent edits of other keys survive.
import { readFileSync, writeFileSync } from 'node:fs';

const { rules, codeFamilies, ruleInfo } = await import('../server/src/core/rules/index.ts');
const severities = ['error', 'warning', 'information', 'hint', 'off'];
// One entry per rule id (a code that two rules share, id/duplicate in plans and in region files, has one
// description in the catalogue, `<id>.description`, that covers both); the English one.
const ruleText = new Map();
for (const r of [...rules, ...codeFamilies]) {
  const prev = ruleText.get(r.id);
  ruleText.set(r.id, { severity: prev?.severity ?? r.severity, text: ruleInfo(r.id).description });
}
const ruleProps = Object.fromEntries(
  [...ruleText].map(([id, r]) => [
    id,
    { type: 'string', enum: severities, markdownDescription: `${r.text} Default: \`${r.severity}\`.` },
  ]),
);

const command = (id, title, icon) => ({
  command: `policyPlans.${id}`,
  title,
  category: 'Policy Plans',
  ...(icon ? { icon: `$(${icon})` } : {}),
});

const keys = {
  main: './dist/extension.js',
  icon: 'images/icon.png',
  categories: ['Linters', 'Programming Languages', 'Snippets'],
  keywords: ['policy', 'plans', 'yaml', 'lint', 'targets', 'regions', 'ISO 3166', 'ISO 4217', 'dataset'],
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

const path = new URL('../package.json', import.meta.url);
const text = readFileSync(path, 'utf8');
const pkg = JSON.parse(text);
Object.assign(pkg, keys);
pkg.scripts = { ...pkg.scripts, ...scripts };
const out = JSON.stringify(pkg, null, 2) + '\n';
if (out !== text) {
  writeFileSync(path, out);
  console.log('package.json: extension keys updated');
} else console.log('package.json: already up to date');
