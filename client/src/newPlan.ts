/**
 * "Policy Plans: New Plan File": asks for the plan id (suggesting one no plan of the dataset uses), writes
 * `<id>.plan.yaml` with the skeleton in the workspace folder and opens it with the skeleton's tab stops.
 * The file exists from the start, so the server never sees an empty plan ("expected a mapping") or an
 * untitled document that a save replaces, and Ctrl+S saves it where its name says.
 */
import * as vscode from 'vscode';
import type { ClientL10n } from './l10n';
import { defaultPlanId, expandDefaults, planIdOf, planIdProblem, planTemplate, unusedPlanId } from './planTemplate';

/** The plan ids of the workspace's plan files. */
async function usedPlanIds(): Promise<Set<string>> {
  const used = new Set<string>();
  const files = await vscode.workspace.findFiles('**/*.plan.{yaml,yml}', '**/node_modules/**', 5000);
  for (const f of files) {
    try {
      const id = planIdOf(new TextDecoder().decode(await vscode.workspace.fs.readFile(f)));
      if (id) used.add(id);
    } catch {
      // an unreadable file names no id
    }
  }
  for (const d of vscode.workspace.textDocuments) {
    const id = /\.plan\.ya?ml$/.test(d.uri.path) ? planIdOf(d.getText()) : null;
    if (id) used.add(id);
  }
  return used;
}

/** The folder of the active plan file, else the first workspace folder. */
function targetFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file' && /\.plan\.ya?ml$/.test(active.path)) return vscode.Uri.joinPath(active, '..');
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  return folder?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `args.id` skips the question (for tests and keybindings). */
export async function newPlanFile(l10n: ClientL10n, args?: { id?: string }): Promise<vscode.TextEditor | undefined> {
  const today = new Date();
  const folder = targetFolder();
  const used = await usedPlanIds();
  const taken = async (id: string) =>
    used.has(id) || (!!folder && (await exists(vscode.Uri.joinPath(folder, `${id}.plan.yaml`))));
  let suggestion = unusedPlanId(defaultPlanId(today), used);
  while (await taken(suggestion)) suggestion = unusedPlanId(suggestion, new Set([...used, suggestion]));
  const id =
    args?.id ??
    (await vscode.window.showInputBox({
      title: l10n.t('New Plan File'),
      prompt: folder
        ? l10n.t('The plan id; the file will be {0}/<id>.plan.yaml', vscode.workspace.asRelativePath(folder))
        : l10n.t('The plan id'),
      value: suggestion,
      validateInput: (v) => planIdProblem(v.trim(), used, l10n),
    }));
  if (!id) return undefined;
  const snippet = planTemplate(today, id.trim());
  const text = expandDefaults(snippet);
  let doc: vscode.TextDocument;
  if (folder) {
    const uri = vscode.Uri.joinPath(folder, `${id.trim()}.plan.yaml`);
    if (await exists(uri)) {
      void vscode.window.showErrorMessage(
        l10n.t('Policy Plans: {0} already exists.', vscode.workspace.asRelativePath(uri)),
      );
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    doc = await vscode.workspace.openTextDocument(uri);
  } else {
    // no folder to write to: an untitled document with the text (saving asks for the name)
    doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
  }
  const editor = await vscode.window.showTextDocument(doc);
  // the same text again as a snippet, for its tab stops: the document is never empty or broken
  const all = new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
  await editor.insertSnippet(new vscode.SnippetString(snippet), all);
  return editor;
}
