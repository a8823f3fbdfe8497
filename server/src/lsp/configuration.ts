/** The session's settings (lsp/settings.ts): asked of the client with `workspace/configuration`, applied to the workspace. */
import type { Connection } from 'vscode-languageserver';
import { globProblem } from '../core';
import { languageFor, type Session } from './session';
import { defaultSettings, readSettings, type Settings } from './settings';

/** The client's settings; the session's (or the defaults) when the client cannot be asked. */
export async function loadSettings(connection: Connection, session: Session | null): Promise<Settings> {
  if (!session?.client.configuration) return session?.settings ?? defaultSettings;
  try {
    const [raw] = await connection.workspace.getConfiguration([{ section: 'policyPlans' }]);
    return readSettings(raw);
  } catch {
    return defaultSettings;
  }
}

export function applySettings(connection: Connection, session: Session, s: Settings): void {
  session.settings = s;
  for (const g of s.files) {
    const problem = globProblem(g);
    if (problem) connection.console.warn(`policyPlans.files: "${g}" is not a valid glob (${problem}); it is ignored`);
  }
  // untrusted: the workspace value of policyPlans.files is not used (the client leaves it out)
  session.workspace.setSettings({
    rules: s.rules,
    referenceDate: s.referenceDate,
    files: s.files,
    language: languageFor(s, session.clientLanguage),
  });
}
