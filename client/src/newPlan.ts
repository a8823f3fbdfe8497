/** "Policy Plans: New Plan File": an untitled `new.plan.yaml` with a skeleton to tab through. */
import * as vscode from 'vscode';
import { planTemplate } from './planTemplate';

/** Opens the skeleton in an untitled editor named `new.plan.yaml` (in the first workspace folder, if any). */
export async function newPlanFile(): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  let uri = vscode.Uri.parse('untitled:new.plan.yaml');
  if (folder && folder.uri.scheme === 'file') {
    const taken = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
    for (let n = 1; ; n++) {
      const candidate = vscode.Uri.joinPath(folder.uri, n === 1 ? 'new.plan.yaml' : `new-${n}.plan.yaml`);
      if (taken.has(candidate.path) || (await exists(candidate))) continue;
      uri = candidate.with({ scheme: 'untitled' });
      break;
    }
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  if (doc.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(doc, 'yaml');
  await editor.insertSnippet(new vscode.SnippetString(planTemplate(new Date())), new vscode.Position(0, 0));
  return editor;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
