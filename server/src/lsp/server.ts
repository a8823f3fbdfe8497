/**
 * The language server: capabilities, document sync, debounce and publish, feature registration. Every
 * question goes to the one workspace model (core/index.ts); files come from node/files.ts.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createWorkspace,
  EditLog,
  globProblem,
  isConfigName,
  languageOf,
  LineIndex,
  localeOf,
  type Finding,
  type Language,
  type PolicyWorkspace,
} from '../core';
import { FileSource, isRepositoryRoot } from '../node/files';
import { nodeCustomSchemas } from '../node/schemas';
import type { ServerContext } from './context';
import { toDiagnostic, toRange } from './convert';
import { capabilities, registerFeatures } from './features';
import { Publisher } from './publisher';
import { defaultSettings, readSettings, type Settings } from './settings';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface ServerOptions {
  /** Today's date (YYYY-MM-DD); the clock is read by the caller. */
  today: () => string;
  /** A full garbage collection, run when editing of a large document pauses. */
  collectGarbage?: () => void;
}

/** Documents over this many characters are not analysed in the editor (the CLI still checks them). */
export const MAX_ANALYSED_CHARS = 2 * 1024 * 1024;

/** The state of one server, created at `initialize`. */
interface Session {
  workspace: PolicyWorkspace;
  files: FileSource;
  folders: string[];
  trusted: boolean;
  settings: Settings;
  /** The client's UI language (the `initialize` locale), for `policyPlans.language: auto`. */
  clientLanguage: Language;
}

/** The language of the session: the setting, or the client's when it is 'auto'. */
function languageFor(settings: Settings, clientLanguage: Language): Language {
  return settings.language === 'auto' ? clientLanguage : settings.language;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new Map<string, TextDocument>();
  const editLogs = new Map<string, EditLog>();
  let session: Session | null = null;
  const client = {
    configuration: false,
    dynamicWatch: false,
    snippets: false,
    documentChanges: false,
    pull: false,
    /** The views the client can be asked to fetch again (when the language changes). */
    refresh: [] as string[],
  };

  const fileOf = (uri: string): string => {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    } catch {
      return uri;
    }
  };
  const uriOf = (file: string): string => (path.isAbsolute(file) ? pathToFileURL(file).href : file);

  function current(): Session {
    if (!session) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized');
    return session;
  }

  /** The locale of the session's language (English before `initialize`). */
  function locale() {
    return localeOf(session ? languageFor(session.settings, session.clientLanguage) : 'en');
  }

  function tooLarge(td: TextDocument): Finding | null {
    const size = td.getText().length;
    if (size <= MAX_ANALYSED_CHARS) return null;
    return {
      code: 'document/too-large',
      severity: 'warning',
      message: locale().t('server.too-large', {
        size: (size / 1024 / 1024).toFixed(1),
        max: String(MAX_ANALYSED_CHARS / 1024 / 1024),
      }),
      range: { start: 0, end: 0 },
    };
  }

  /** Feeds an open document's current version into the workspace (once per version). */
  function sync(uri: string): string | null {
    const td = documents.get(uri);
    if (!td || !session || tooLarge(td)) return null;
    const file = fileOf(uri);
    const ws = session.workspace;
    if (ws.versionOf(file) !== td.version || !ws.has(file)) {
      const log = editLogs.get(uri);
      editLogs.delete(uri);
      const result = ws.update({
        set: [
          {
            file,
            text: td.getText(),
            version: td.version,
            open: true,
            edit: log && log.baseVersion === ws.versionOf(file) ? log.edit : null,
          },
        ],
      });
      publisher.dependents(result.dependents);
    }
    return file;
  }

  const lineIndexes = new Map<string, { text: string; index: LineIndex }>();
  function rangeIn(file: string, r: { start: number; end: number }) {
    const open = documents.get(uriOf(file));
    if (open) return toRange(open, r);
    const text = session?.workspace.textOf(file) ?? '';
    let li = lineIndexes.get(file);
    if (!li || li.text !== text) lineIndexes.set(file, (li = { text, index: new LineIndex(text) }));
    const lr = li.index.range(r);
    return { start: lr.start, end: lr.end };
  }

  function toDiagnostics(file: string, findings: Finding[]) {
    const open = documents.get(uriOf(file));
    const positions = open ?? {
      uri: uriOf(file),
      version: 0,
      positionAt: (o: number) => rangeIn(file, { start: o, end: o }).start,
    };
    const options = { locale: locale() };
    return findings.map((f) => toDiagnostic(positions, f, (other, r) => rangeIn(other, r), options));
  }

  function diagnosticsOf(uri: string) {
    const td = documents.get(uri);
    if (!td || !session) return [];
    const big = tooLarge(td);
    if (big) return [toDiagnostic(td, big, () => null, { locale: locale() })];
    const file = sync(uri);
    return file ? toDiagnostics(file, session.workspace.check(file)) : [];
  }

  function guard<P, R>(name: string, fn: (p: P) => R): (p: P) => R {
    return (p: P) => {
      try {
        return fn(p);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        throw new ResponseError(
          ErrorCodes.InternalError,
          `${name} failed: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    };
  }

  const ctx: ServerContext = {
    connection,
    documents,
    workspace: () => current().workspace,
    locale,
    files: () => current().files,
    sync,
    diagnosticsOf,
    rangeIn,
    toDiagnostics,
    fileOf,
    uriOf,
    snippetSupport: () => client.snippets,
    documentChanges: () => client.documentChanges,
    markClosedPublished: (uri) => publisher.markClosed(uri),
    guard,
  };
  const publisher = new Publisher(ctx, {
    validateClosed: () => {
      const s = session?.settings.validateClosedFiles ?? 'auto';
      return s === 'on' || (s === 'auto' && (session?.workspace.files().length ?? 0) < 2000);
    },
    collectGarbage: options.collectGarbage,
  });

  async function loadSettings(): Promise<Settings> {
    if (!client.configuration) return session?.settings ?? defaultSettings;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'policyPlans' }]);
      return readSettings(raw);
    } catch {
      return defaultSettings;
    }
  }

  function applySettings(s: Settings): void {
    const cur = current();
    cur.settings = s;
    for (const g of s.files) {
      const problem = globProblem(g);
      if (problem) connection.console.warn(`policyPlans.files: "${g}" is not a valid glob (${problem}); it is ignored`);
    }
    // untrusted: the workspace value of policyPlans.files is not used (the client leaves it out)
    cur.workspace.setSettings({
      rules: s.rules,
      referenceDate: s.referenceDate,
      files: s.files,
      language: languageFor(s, cur.clientLanguage),
    });
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client.configuration = !!caps.workspace?.configuration;
    client.dynamicWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    client.snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    client.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    client.refresh = [
      caps.workspace?.diagnostics?.refreshSupport && 'workspace/diagnostic/refresh',
      caps.workspace?.inlayHint?.refreshSupport && 'workspace/inlayHint/refresh',
      caps.workspace?.codeLens?.refreshSupport && 'workspace/codeLens/refresh',
    ].filter((m): m is string => !!m);
    const init = (params.initializationOptions ?? {}) as {
      trusted?: boolean;
      pullDiagnostics?: boolean;
      settings?: unknown;
    };
    client.pull = !!caps.textDocument?.diagnostic && init.pullDiagnostics !== false;
    const trusted = init.trusted !== false;
    let folders = (params.workspaceFolders ?? []).map((f) => fileOf(f.uri)).filter((f) => path.isAbsolute(f));
    if (!folders.length && params.rootUri) folders = [fileOf(params.rootUri)].filter((f) => path.isAbsolute(f));
    const settings = init.settings ? readSettings(init.settings) : defaultSettings;
    const schemas = nodeCustomSchemas();
    // VS Code sends its UI language (zh-cn, en); policyPlans.language overrides it
    const clientLanguage = languageOf(params.locale);
    session = {
      folders,
      trusted,
      settings,
      clientLanguage,
      // configs are looked for up to the workspace folder, never above it; untrusted reads none, and only inside the folders
      // (a file opened outside them: up to its repository root); a config that someone else put in a world-writable folder is never used
      files: new FileSource({
        trusted,
        boundary: (d) => folders.includes(d) || isRepositoryRoot(d),
        inside: trusted ? [] : folders,
      }),
      workspace: createWorkspace({
        today: options.today(),
        trusted,
        roots: folders,
        settings: {
          rules: settings.rules,
          referenceDate: settings.referenceDate,
          files: settings.files,
          language: languageFor(settings, clientLanguage),
        },
        ...(trusted ? { customSchemas: schemas.provider } : {}),
      }),
    };
    return {
      capabilities: capabilities({ pull: client.pull }),
      serverInfo: { name: 'policy-plans', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    // the first publish waits for the settings and the index: no diagnostics with the wrong rules or a half-known dataset
    applySettings(await loadSettings());
    if (client.dynamicWatch) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: '**/*.{plan,regions,indicators}.{yaml,yml}' },
            { globPattern: '**/policy-plans.config.{yaml,yml}' },
          ],
        })
        .catch(() => undefined);
    }
    await publisher.index(current().folders);
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (!session) return;
    const before = locale().language;
    applySettings(
      client.configuration
        ? await loadSettings()
        : readSettings((change.settings as { policyPlans?: unknown } | undefined)?.policyPlans),
    );
    publisher.all();
    // another language: the pulled diagnostics, inlay hints and code lenses are said again in it
    if (locale().language !== before)
      for (const method of client.refresh) void connection.sendRequest(method).catch(() => undefined);
  });

  connection.onDidOpenTextDocument((p) => {
    const { uri, languageId, version, text } = p.textDocument;
    editLogs.delete(uri);
    documents.set(uri, TextDocument.create(uri, languageId, version, text));
    if (session) publisher.adopt(fileOf(uri));
    publisher.openedOrChanged(uri);
  });

  connection.onDidChangeTextDocument((p) => {
    const uri = p.textDocument.uri;
    const td = documents.get(uri);
    if (!td) {
      // a client may send a change for a document it never opened (untitled, saved under a new name): ignore it quietly
      return;
    }
    if (typeof p.textDocument.version === 'number' && p.textDocument.version <= td.version) {
      connection.console.warn(
        `didChange with version ${p.textDocument.version} after ${td.version} for ${uri}: ignored`,
      );
      return;
    }
    // applied one change at a time (as TextDocument.update does) to note each one's offsets
    const log = editLogs.get(uri) ?? new EditLog(td.version);
    for (const c of p.contentChanges) {
      if ('range' in c)
        log.add({ start: td.offsetAt(c.range.start), end: td.offsetAt(c.range.end), length: c.text.length });
      else log.whole = true;
      TextDocument.update(td, [c], p.textDocument.version);
    }
    editLogs.set(uri, log);
    publisher.openedOrChanged(uri);
  });

  connection.onDidCloseTextDocument((p) => {
    const uri = p.textDocument.uri;
    documents.delete(uri);
    editLogs.delete(uri);
    publisher.closed(uri);
    if (!session) return;
    // the text on disk wins again once the editor lets go of it
    const file = fileOf(uri);
    const r = path.isAbsolute(file) ? session.files.read(file) : { ok: false as const, reason: 'not a file' };
    const result =
      r.ok && session.workspace.kindOf(file) !== 'other'
        ? session.workspace.update({ set: [{ file, text: r.text }] })
        : session.workspace.update({ remove: [file] });
    publisher.dependents(result.dependents);
  });

  connection.onDidChangeWatchedFiles((p) => {
    if (!session) return;
    const ws = session.workspace;
    const set: Array<{ file: string; text: string }> = [];
    const remove: string[] = [];
    const configDirs = new Set<string>();
    for (const c of p.changes) {
      const file = fileOf(c.uri);
      if (!path.isAbsolute(file)) continue;
      if (isConfigName(file)) configDirs.add(path.dirname(file));
      if (documents.has(c.uri)) continue; // the open document's text wins
      if (c.type === FileChangeType.Deleted) {
        remove.push(file);
        continue;
      }
      // one reading function for every path: regular files inside the workspace, size-capped (no FIFO, no symlink)
      const r = session.files.read(file);
      if (r.ok) set.push({ file, text: r.text });
      else {
        if (ws.has(file)) remove.push(file);
        connection.console.warn(`${file}: not read, ${r.reason}`);
      }
    }
    // what was known of the changed configs is read again (a config that became unreadable is reported on)
    session.files.forget([...configDirs]);
    for (const d of configDirs) session.files.configIn(d);
    const result = ws.update({ set, remove });
    // the changed files themselves, and the files that read what they define
    publisher.dependents([...result.dependents, ...set.map((s) => s.file)]);
    for (const f of remove) publisher.closed(uriOf(f));
    publisher.reportConfigs();
    publisher.openDocuments();
  });

  registerFeatures(ctx, publisher);
  connection.onShutdown(() => publisher.stop());
  connection.listen();
}
