/**
 * The VS Code extension without VS Code: the manifest (package.json contributions), the packaging
 * list, the snippets and the New Plan File skeleton, checked against the core engine.
 * The extension in a real VS Code is test/e2e/codeserver.test.ts and test/vscode/.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { planTemplate } from '../client/src/planTemplate';
import { indentBody, planSnippets } from '../server/src/core/features/snippets';
import { loneFile } from '../server/src/core/dataset';
import { Engine, parseDocument } from '../server/src/core/engine';
import { codeFamilies, rules } from '../server/src/core/rules/index';

const ROOT = path.resolve(__dirname, '..');
/** package.json as VS Code shows it in English: its %key% references replaced by package.nls.json's texts. */
const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'), (_, v: unknown) =>
  typeof v === 'string' && /^%[\w.-]+%$/.test(v) ? (nls[v.slice(1, -1)] ?? v) : v,
);
const extensionSource = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');

/** Expands snippet syntax the way VS Code would with every default accepted. */
function expandSnippet(body: string, today: Date): string {
  const iso = today.toISOString();
  const vars: Record<string, string> = {
    CURRENT_YEAR: iso.slice(0, 4),
    CURRENT_MONTH: iso.slice(5, 7),
    CURRENT_DATE: iso.slice(8, 10),
  };
  let s = body.replace(/\$([A-Z_]+)/g, (_, v: string) => vars[v] ?? '');
  const values = new Map<string, string>();
  // innermost first: ${N:default}, ${N|a,b|}; then mirrors ${N} and $N
  for (let i = 0; i < 5; i++) {
    s = s.replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, d: string) => (values.set(n, d), d));
    s = s.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, list: string) => {
      const first = list.split(',')[0];
      values.set(n, first);
      return first;
    });
  }
  return s.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => values.get(a ?? b ?? '') ?? '');
}

function findingsOf(text: string, today: Date) {
  return new Engine().check(parseDocument(text, 'plan'), loneFile(today.toISOString().slice(0, 10)), 'new.plan.yaml');
}

describe('VS Code extension manifest', () => {
  it('activates on YAML, plan files and its commands, never on *', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.ok(!pkg.activationEvents.includes('*'));
    for (const e of ['onLanguage:yaml', 'workspaceContains:**/*.plan.yaml', 'workspaceContains:**/*.plan.yml'])
      assert.ok(pkg.activationEvents.includes(e), e);
    for (const c of pkg.contributes.commands)
      assert.ok(pkg.activationEvents.includes(`onCommand:${c.command}`), c.command);
  });

  it('declares exactly the commands the extension registers', () => {
    const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...extensionSource.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(declared, registered);
    const titles = pkg.contributes.commands
      .map((c: { category: string; title: string }) => `${c.category}: ${c.title}`)
      .sort();
    assert.deepEqual(titles, [
      'Policy Plans: Check Whole Dataset',
      'Policy Plans: New Plan File',
      'Policy Plans: Restart Server',
      'Policy Plans: Show Dataset Overview',
      'Policy Plans: Show Output',
      'Policy Plans: Show Plans That Refer to This One',
    ]);
    // the code lens's command, hidden from the palette
    assert.deepEqual(pkg.contributes.menus.commandPalette, [{ command: 'policyPlans.showReferences', when: 'false' }]);
  });

  it('has the settings the server reads, each described, and severity entries for known rules', (t) => {
    const props = pkg.contributes.configuration.properties;
    assert.deepEqual(Object.keys(props).sort(), [
      'policyPlans.files',
      'policyPlans.format.canonicalKeyOrder',
      'policyPlans.format.quotes',
      'policyPlans.language',
      'policyPlans.referenceDate',
      'policyPlans.rules',
      'policyPlans.trace.server',
      'policyPlans.validateClosedFiles',
    ]);
    for (const [k, v] of Object.entries(props) as [string, { markdownDescription?: string; description?: string }][])
      assert.ok((v.markdownDescription ?? v.description ?? '').length > 20, `${k} is described`);
    // Listed ids give completion in settings.json; any other id is still accepted (additionalProperties),
    // so a rule added since the last `node --import tsx client/manifest.mjs` (which `npm run package`
    // runs) is only noted here, while an id that no rule has any more fails.
    const listed = Object.keys(props['policyPlans.rules'].properties);
    const known = new Set([...rules, ...codeFamilies].map((r) => r.id));
    assert.deepEqual(
      listed.filter((id) => !known.has(id)),
      [],
      'ids in package.json that no rule has: run `node --import tsx client/manifest.mjs`',
    );
    const unlisted = [...known].filter((id) => !listed.includes(id));
    if (unlisted.length)
      t.diagnostic(
        `rules not yet listed in package.json (run \`node --import tsx client/manifest.mjs\`): ${unlisted.join(', ')}`,
      );
    assert.deepEqual(props['policyPlans.rules'].additionalProperties.enum, [
      'error',
      'warning',
      'information',
      'hint',
      'off',
    ]);
    assert.deepEqual(props['policyPlans.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.deepEqual(props['policyPlans.language'].enum, ['auto', 'en', 'zh-cn']);
  });

  it('packs the user README (client/README.md) with no link into the repository', () => {
    assert.match(pkg.scripts.package, /vsce package --no-dependencies --readme-path client\/README\.md$/);
    const readme = fs.readFileSync(path.join(ROOT, 'client', 'README.md'), 'utf8');
    // vsce rewrites relative links to the repository in package.json, which is not published
    assert.deepEqual(
      [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).filter((l) => !/^https:\/\//.test(l)),
      [],
    );
  });

  it('supports untrusted workspaces in a limited way, restricting workspace file globs', () => {
    const u = pkg.capabilities.untrustedWorkspaces;
    assert.equal(u.supported, 'limited');
    assert.ok(u.description.length > 20);
    assert.deepEqual(u.restrictedConfigurations, ['policyPlans.files']);
    assert.match(extensionSource, /trusted: vscode\.workspace\.isTrusted/);
  });

  it('keeps the client thin: no validation code, no import from the server', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'client', 'src'))) {
      const text = fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8');
      assert.doesNotMatch(text, /from '\.\.\/\.\.\/server|from 'yaml'|from 'ajv'/, f);
    }
  });

  it('packages only what runs (.vscodeignore) and has a 128x128 PNG icon', () => {
    const ignore = fs
      .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    assert.equal(ignore[0], '**');
    for (const keep of [
      '!package.json',
      '!dist/extension.js',
      '!dist/server.js',
      // the launcher runs this bundle (with its code cache where the V8 takes it)
      '!dist/server-main.js',
      '!dist/server-main.cache',
      '!images/icon.png',
      '!LICENSE',
      '!CHANGELOG.md',
      '!client/README.md',
      '!package.nls.json',
      '!package.nls.zh-cn.json',
      '!l10n/bundle.l10n.json',
      '!l10n/bundle.l10n.zh-cn.json',
    ])
      assert.ok(ignore.includes(keep), keep);
    assert.ok(!ignore.some((l) => l.includes('.map') && l.startsWith('!')), 'no source maps');
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('the New Plan File skeleton passes every rule', () => {
    const today = new Date('2026-11-27T00:00:00Z');
    const text = expandSnippet(planTemplate(today), today);
    assert.doesNotMatch(text, /\$\{|\$\d/, 'no snippet syntax left');
    assert.deepEqual(
      findingsOf(text, today).map((f) => `${f.code}: ${f.message}`),
      [],
    );
  });

  it('the plan snippets (served by the completion of plan files) make a valid plan when inserted where they belong', () => {
    assert.equal(
      pkg.contributes.snippets,
      undefined,
      'no snippets of the extension: they would show in every YAML file',
    );
    const today = new Date('2026-11-27T00:00:00Z');
    const under = (key: string) =>
      planSnippets(key, '2026-11-27')
        .map((s) =>
          expandSnippet(`- ${indentBody(s.body, 2)}`, today)
            .replace(/^/gm, '  ')
            .trimEnd(),
        )
        .join('\n');
    // Snippet ids are examples; make them unique per snippet so id/duplicate stays quiet.
    let n = 0;
    const targets = under('targets').replace(/- id: (\S+)/g, (_, id: string) => `- id: ${id}-${++n}`);
    const text = [
      'id: snippet-check',
      'title: Snippets inserted into a plan',
      'jurisdiction: CN-GD',
      'published: 2026-01-15',
      'period: { start: 2026, end: 2028 }',
      'currency: CNY',
      'targets:',
      targets,
      'measures:',
      under('measures'),
      'sources:',
      under('sources'),
    ].join('\n');
    const problems = findingsOf(text, today).filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(
      problems.map((f) => `${f.code}: ${f.message}`),
      [],
      text,
    );
  });
});
