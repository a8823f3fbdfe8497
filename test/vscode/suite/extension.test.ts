/// <reference types="mocha" />
/**
 * The extension in a real VS Code (@vscode/test-electron), on a temporary copy of samples/broken/:
 * diagnostics (codes and ranges), hover, completion and a quick fix, through VS Code's own commands.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-plans.policy-plans';
const SOURCE = 'policy-plans';

function workspaceDir(): string {
  const dir = process.env.POLICY_PLANS_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'no workspace folder: runTest.ts opens a copy of samples/broken/');
  return dir;
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(path.join(workspaceDir(), name));
  assert.equal(doc.languageId, 'yaml', `${name} keeps the language id yaml`);
  return vscode.window.showTextDocument(doc);
}

/** Waits until the file has a diagnostic with the code, and returns it. */
function diagnosticWithCode(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic> {
  return waitFor(`a ${code} diagnostic on ${path.basename(uri.fsPath)}`, () =>
    ours(uri).find((d) => codeOf(d) === code),
  );
}

/** The position of the first occurrence of `needle` in the document, plus `delta` characters (mind the header comments). */
function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in ${path.basename(doc.uri.fsPath)}`);
  return doc.positionAt(offset + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Reverts the document to its text on disk and waits until it is clean: the revert command acts on the active
 * editor, which on a busy machine was not yet this one (the next test then found the edited text).
 */
async function revert(editor: vscode.TextEditor): Promise<void> {
  await waitFor(`${path.basename(editor.document.uri.fsPath)} reverted`, async () => {
    if (!editor.document.isDirty) return true;
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    return editor.document.isDirty ? undefined : true;
  });
}

describe('Policy Plans in VS Code', function () {
  this.timeout(120_000);

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    await ext.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports region/unknown on the code, with its range', async () => {
    const editor = await open('region-unknown.plan.yaml');
    const d = await diagnosticWithCode(editor.document.uri, 'region/unknown');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      [4, 14, 4, 19],
    );
    assert.equal(editor.document.getText(d.range), 'CN-XX');
    assert.match(d.message, /CN-XX/);
  });

  it("reports every broken sample's rule (first line: # expect: <rule>)", async () => {
    const files = fs
      .readdirSync(workspaceDir())
      .filter((f) => /\.plan\.ya?ml$/.test(f))
      .sort();
    assert.ok(files.length >= 20, `found ${files.length} broken samples`);
    const missing: string[] = [];
    for (const f of files) {
      const editor = await open(f);
      const expected = /^# expect: (\S+)/.exec(editor.document.lineAt(0).text)?.[1];
      assert.ok(expected, `${f} starts with # expect: <rule>`);
      try {
        await diagnosticWithCode(editor.document.uri, expected);
      } catch {
        missing.push(`${f}: ${expected} (got ${ours(editor.document.uri).map(codeOf).join(', ') || 'nothing'})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('hovers over a region code with its name', async () => {
    const editor = await open('region-outside-jurisdiction.plan.yaml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'jurisdiction: CN-GD', 16),
    );
    const text = hoverText(hovers);
    assert.match(text, /CN-GD/);
    assert.match(text, /Guangdong/);
  });

  it('hovers over an unknown region code', async () => {
    const editor = await open('region-unknown.plan.yaml');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, 'jurisdiction: CN-XX', 15),
    );
    assert.match(hoverText(hovers), /CN-XX/);
  });

  it('links a source url to its page (Follow Link)', async () => {
    const editor = await open('source-homepage-url.plan.yaml');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>(
      'vscode.executeLinkProvider',
      editor.document.uri,
    );
    const targets = links.map((l) => l.target?.toString() ?? '');
    assert.ok(targets.includes('https://www.fujian.gov.cn/'), `links: ${targets.join(', ')}`);
    const link = links.find((l) => l.target?.toString() === 'https://www.fujian.gov.cn/')!;
    assert.equal(editor.document.getText(link.range), 'https://www.fujian.gov.cn/');
  });

  it('completes a region prefix (CN-G → CN-GD)', async () => {
    const editor = await open('region-unknown.plan.yaml');
    const at = positionOf(editor.document, 'jurisdiction: CN-XX', 14); // not the CN-XX in the comment above
    await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 5)), 'CN-G'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      at.translate(0, 4),
    );
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('CN-GD'), `CN-GD in ${labels.slice(0, 20).join(', ')}`);
    await revert(editor);
  });

  it('completes a region by name (guang → CN-GD)', async () => {
    const editor = await open('region-unknown.plan.yaml');
    const at = positionOf(editor.document, 'jurisdiction: CN-XX', 14); // not the CN-XX in the comment above
    await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 5)), 'guang'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      at.translate(0, 5),
    );
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('CN-GD'), `CN-GD in ${labels.slice(0, 20).join(', ')}`);
    await revert(editor);
  });

  it('applies the quick fix for region/deprecated (CN-44 → CN-GD)', async () => {
    const editor = await open('region-deprecated.plan.yaml');
    const uri = editor.document.uri;
    const d = await diagnosticWithCode(uri, 'region/deprecated');
    assert.equal(editor.document.getText(d.range), 'CN-44');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title.includes('CN-GD'));
    assert.ok(fix, `a CN-GD fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, 'the fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(d.range.start.line).text, 'jurisdiction: CN-GD');
    await waitFor('region/deprecated to go away', () =>
      ours(uri).some((x) => codeOf(x) === 'region/deprecated') ? undefined : true,
    );
    await revert(editor);
  });

  it('checks the whole dataset through the custom request', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>(
      'policyPlans.checkDataset',
    );
    assert.ok(result.files >= 20, `checked ${result.files} files`);
    assert.ok(result.errors > 0 && result.warnings > 0);
    const uri = vscode.Uri.file(path.join(workspaceDir(), 'period-order.plan.yaml'));
    await diagnosticWithCode(uri, 'period/order');
  });

  it('opens a new plan file from the template without errors', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('policyPlans.newPlanFile', {
      id: 'suite-new-plan-2099',
    });
    assert.ok(editor.document.uri.path.endsWith('/suite-new-plan-2099.plan.yaml'));
    assert.match(editor.document.getText(), /^id: /);
    // Give the server a moment, then: no errors on the skeleton.
    await new Promise((r) => setTimeout(r, 2000));
    const errors = ours(editor.document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      errors.map((d) => `${codeOf(d)}: ${d.message}`),
      [],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(editor.document.uri);
  });
});
