/**
 * The state of one server, created at `initialize`: what the client can do, the workspace folders, trust,
 * the settings, the files on disk (node/files.ts) and the one workspace model (core/index.ts).
 */
import * as path from 'node:path';
import { ErrorCodes, ResponseError, type InitializeParams } from 'vscode-languageserver';
import { createWorkspace, languageOf, localeOf, type Language, type Locale, type PolicyWorkspace } from '../core';
import { FileSource, isRepositoryRoot } from '../node/files';
import { nodeCustomSchemas } from '../node/schemas';
import { defaultSettings, readSettings, type Settings } from './settings';
import { fileOf } from './uris';

/** What the client said it can do (its `initialize` capabilities and options). */
export interface ClientAbilities {
  configuration: boolean;
  dynamicWatch: boolean;
  snippets: boolean;
  documentChanges: boolean;
  pull: boolean;
  /** The views the client can be asked to fetch again (when the language changes). */
  refresh: string[];
}

export interface Session {
  workspace: PolicyWorkspace;
  files: FileSource;
  folders: string[];
  trusted: boolean;
  settings: Settings;
  /** The client's UI language (the `initialize` locale), for `policyPlans.language: auto`. */
  clientLanguage: Language;
  client: ClientAbilities;
}

/** The language of the session: the setting, or the client's when it is 'auto'. */
export function languageFor(settings: Settings, clientLanguage: Language): Language {
  return settings.language === 'auto' ? clientLanguage : settings.language;
}

export function createSession(params: InitializeParams, options: { today: string }): Session {
  const caps = params.capabilities;
  const init = (params.initializationOptions ?? {}) as {
    trusted?: boolean;
    pullDiagnostics?: boolean;
    settings?: unknown;
  };
  const client: ClientAbilities = {
    configuration: !!caps.workspace?.configuration,
    dynamicWatch: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    snippets: !!caps.textDocument?.completion?.completionItem?.snippetSupport,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    pull: !!caps.textDocument?.diagnostic && init.pullDiagnostics !== false,
    refresh: [
      caps.workspace?.diagnostics?.refreshSupport && 'workspace/diagnostic/refresh',
      caps.workspace?.inlayHint?.refreshSupport && 'workspace/inlayHint/refresh',
      caps.workspace?.codeLens?.refreshSupport && 'workspace/codeLens/refresh',
    ].filter((m): m is string => !!m),
  };
  const trusted = init.trusted !== false;
  let folders = (params.workspaceFolders ?? []).map((f) => fileOf(f.uri)).filter((f) => path.isAbsolute(f));
  if (!folders.length && params.rootUri) folders = [fileOf(params.rootUri)].filter((f) => path.isAbsolute(f));
  const settings = init.settings ? readSettings(init.settings) : defaultSettings;
  const schemas = nodeCustomSchemas();
  // VS Code sends its UI language (zh-cn, en); policyPlans.language overrides it
  const clientLanguage = languageOf(params.locale);
  return {
    folders,
    trusted,
    settings,
    clientLanguage,
    client,
    // configs are looked for up to the workspace folder, never above it; untrusted reads none, and only inside the folders
    // (a file opened outside them: up to its repository root); a config that someone else put in a world-writable folder is never used
    files: new FileSource({
      trusted,
      boundary: (d) => folders.includes(d) || isRepositoryRoot(d),
      inside: trusted ? [] : folders,
    }),
    workspace: createWorkspace({
      today: options.today,
      trusted,
      roots: folders,
      settings: {
        rules: settings.rules,
        referenceDate: settings.referenceDate,
        files: settings.files,
        language: languageFor(settings, clientLanguage),
      },
      ...(trusted ? { customSchemas: schemas.provider } : {}),
      // closed files' trees are kept for 90,000 lines of text (a dataset of a few hundred plans; ~2 million
      // characters of the generated plans), then let go and parsed again when a closed file is checked: indexing
      // 10,000 plans with the default (~16 million characters) held ~1.1 GB at its peak against ~0.75 GB, with
      // collections of up to 0.9 s between two slices of work
      treeBudget: 90_000,
    }),
  };
}

/** The server's session: none before `initialize`, then the one `start` made. */
export class SessionHolder {
  private session: Session | null = null;

  constructor(private readonly options: { today: () => string }) {}

  start(params: InitializeParams): Session {
    this.session = createSession(params, { today: this.options.today() });
    return this.session;
  }

  /** The session, or null before `initialize`. */
  get active(): Session | null {
    return this.session;
  }

  /** The session; before `initialize`, a ServerNotInitialized error. */
  current(): Session {
    if (!this.session) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized');
    return this.session;
  }

  /** The locale of the session's language (English before `initialize`). */
  locale(): Locale {
    const s = this.session;
    return localeOf(s ? languageFor(s.settings, s.clientLanguage) : 'en');
  }

  /** Whether closed dataset files are checked and published (`auto`: in datasets under 2000 files). */
  validatesClosedFiles(): boolean {
    const s = this.session?.settings.validateClosedFiles ?? 'auto';
    return s === 'on' || (s === 'auto' && (this.session?.workspace.files().length ?? 0) < 2000);
  }
}
