/**
 * The language server: documents (incremental sync, parse once per version), validation scheduling,
 * and the handlers, each converting the core's plain results to LSP types.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DatasetContext } from '../core/dataset';
import { emptyConfig } from '../core/dataset';
import { Engine, kindOfFile, parseDocument, type ParsedDocument } from '../core/engine';
import { EditLog, updateDocument } from '../core/incremental';
import { matchGlob } from '../core/glob';
import { LineIndex } from '../core/text';
import type { Finding } from '../core/types';
import { clearConfigCache, findConfig, overrideConfig, readText } from '../node/workspace';
import { toDiagnostic, toRange } from './convert';
import { defaultSettings, readSettings, type Settings } from './settings';
import { WorkspaceIndex } from './workspaceIndex';
import type { ServerContext } from './context';
import { registerCheckDataset } from './features/checkDataset';
import { registerCodeActions } from './features/codeActions';
import { registerCompletion } from './features/completion';
import { registerDefinition } from './features/definition';
import { registerHover } from './features/hover';
import { registerInlayHints } from './features/inlayHints';
import { registerNavigation } from './features/navigation';
import { registerOverview } from './features/overview';
import { registerPullDiagnostics } from './features/pullDiagnostics';
import { registerSymbols } from './features/symbols';
import { nodeCustomSchemas } from '../node/schemas';
import { setConfigsEnabled } from '../node/workspace';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface ServerOptions {
  /** Today's date (YYYY-MM-DD); the clock is read by the caller. */
  today: () => string;
  /**
   * A full garbage collection. Every version of a large document leaves a whole tree behind, and V8
   * lets the old generation grow to a few times the live size before collecting it; collecting once
   * the user pauses gives that memory back without costing a keystroke.
   */
  collectGarbage?: () => void;
}

/** Documents from this size on are followed by a collection when editing pauses. */
const LARGE_DOCUMENT = 200_000;
const IDLE_COLLECT_MS = 300;

interface Analysis {
  version: number;
  doc: ParsedDocument;
  generation: number;
  findings: Finding[] | null;
  /** Set when the document is too large to analyse: its only finding. */
  tooLarge?: Finding;
}

/**
 * Documents over this many characters are not analysed in the editor (the CLI still checks them): parsing
 * YAML takes about 1 s and over 100 MB of memory per megabyte, on every version.
 */
export const MAX_ANALYSED_CHARS = 2 * 1024 * 1024;


export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new Map<string, TextDocument>();
  const analyses = new Map<string, Analysis>();
  /** The edits since the version of each cached analysis, for the incremental re-parse. */
  const editLogs = new Map<string, EditLog>();
  const pending = new Map<string, NodeJS.Timeout>();
  // custom schemas (the dataset config's associations, `# $schema` comments) only in a trusted workspace
  const customSchemas = nodeCustomSchemas({ enabled: () => trusted });
  const engine = new Engine({ extraChecks: [customSchemas.check] });
  const index = new WorkspaceIndex();
  let settings: Settings = defaultSettings;
  let trusted = true;
  let folders: string[] = [];
  let hasConfigurationCapability = false;
  let snippetSupport = false;
  let pullDiagnostics = false;
  let closedPublished = new Set<string>();
  let shuttingDown = false;
  let dynamicWatch = false;
  let idleCollect: NodeJS.Timeout | undefined;
  const indexedRoots = new Set<string>();
  let indexReady = false;

  const log = (m: string) => connection.console.log(m);

  function fileOf(uri: string): string {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    } catch {
      return uri;
    }
  }

  function uriOf(file: string): string {
    return file.includes('://') ? file : pathToFileURL(file).href;
  }

  function kindOf(uri: string): ParsedDocument['kind'] {
    const file = fileOf(uri);
    const k = kindOfFile(file);
    if (k !== 'other') return k;
    const rel = folders.map((f) => path.relative(f, file).split(path.sep).join('/')).find((r) => !r.startsWith('..'));
    if (settings.files.some((g) => matchGlob(g, rel ?? file))) return 'plan';
    if (trusted && uri.startsWith('file:')) {
      const c = findConfig(path.dirname(file));
      if (c) {
        const r = path.relative(c.dir, file).split(path.sep).join('/');
        if (c.values.planFiles.some((g) => matchGlob(g, r))) return 'plan';
        if (c.values.regionFiles.some((g) => matchGlob(g, r))) return 'regions';
      }
    }
    return 'other';
  }

  function datasetFor(uri: string): DatasetContext {
    const file = fileOf(uri);
    const config = trusted && uri.startsWith('file:') ? findConfig(path.dirname(file)) : null;
    const cfg = config?.values.config ?? emptyConfig();
    // the dataset: the config's folder, else the workspace folder holding the file, else the file's folder
    const root = config?.dir ?? folders.filter((f) => file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] ?? (uri.startsWith('file:') ? path.dirname(file) : '');
    if (root && config && !indexedRoots.has(root) && indexReady) {
      // a dataset the start-up index left out (excluded by an outer config): index it now, once
      indexedRoots.add(root);
      for (const f of index.list([root])) if (!index.get(f)) index.indexFile(f);
    }
    const view = root ? index.under(root, (f) => (trusted ? findConfig(path.dirname(f))?.dir ?? null : null) === (config?.dir ?? null)) : index.all();
    return {
      referenceDate: settings.referenceDate || config?.values.referenceDate || options.today(),
      regions: view.regions,
      plans: folders.length || index.size ? view.plans : null,
      config: { ...cfg, rules: { ...cfg.rules, ...settings.rules } },
    };
  }

  /** The parsed document for the current version: parsed once, never written onto. */
  function analysisOf(uri: string): Analysis | null {
    const td = documents.get(uri);
    if (!td) return null;
    let a = analyses.get(uri);
    const size = td.getText().length;
    if (size > MAX_ANALYSED_CHARS) {
      if (!a || a.version !== td.version) {
        const message = `this file has ${(size / 1024 / 1024).toFixed(1)} MB of text; files over ${MAX_ANALYSED_CHARS / 1024 / 1024} MB are not checked in the editor (run policy-plans check)`;
        a = { version: td.version, doc: parseDocument('', 'other'), generation: -1, findings: null, tooLarge: { code: 'document/too-large', severity: 'warning', message, range: { start: 0, end: 0 } } };
        analyses.set(uri, a);
        editLogs.delete(uri);
      }
      return a;
    }
    // back under the limit: the placeholder is no base for an incremental re-parse
    if (a?.tooLarge) {
      analyses.delete(uri);
      editLogs.delete(uri);
      a = undefined;
    }
    if (!a || a.version !== td.version) {
      const kind = kindOf(uri);
      const log = editLogs.get(uri);
      editLogs.delete(uri);
      // re-parses only the edited item when the edits since the cached version are known (core/incremental)
      const { doc } = updateDocument(a && log && log.baseVersion === a.version ? a.doc : null, td.getText(), kind, log?.edit ?? null);
      a = { version: td.version, doc, generation: -1, findings: null };
      analyses.set(uri, a);
      if (kind === 'plan' || kind === 'regions') index.update(fileOf(uri), doc);
    }
    return a;
  }

  function findingsOf(uri: string): Finding[] {
    const a = analysisOf(uri);
    if (a?.tooLarge) return [a.tooLarge];
    // another YAML file is checked only when a custom schema applies to it
    if (!a || (a.doc.kind === 'other' && !customSchemas.applies(fileOf(uri), a.doc.text))) return [];
    if (!a.findings || a.generation !== index.generation) {
      a.findings = engine.check(a.doc, datasetFor(uri), fileOf(uri));
      a.generation = index.generation;
    }
    return a.findings;
  }

  const relatedCache = new Map<string, LineIndex>();
  function relatedRange(file: string, r: { start: number; end: number }) {
    const open = documents.get(uriOf(file));
    if (open) return toRange(open, r);
    let li = relatedCache.get(file);
    if (!li) {
      try {
        li = new LineIndex(readText(file));
      } catch {
        return null;
      }
      relatedCache.set(file, li);
    }
    return li.range(r);
  }

  function diagnosticsOf(uri: string) {
    const td = documents.get(uri);
    if (!td) return [];
    relatedCache.clear();
    return findingsOf(uri).map((f) => toDiagnostic(td, f, relatedRange));
  }

  function validate(uri: string): void {
    pending.delete(uri);
    const td = documents.get(uri);
    if (!td || shuttingDown) return;
    const version = td.version;
    const generation = index.generation;
    const diagnostics = diagnosticsOf(uri);
    // this version changed what other files see (a plan id, a relation, a region): re-check them
    if (index.generation !== generation) revalidateDependents();
    // a newer version arrived while we worked: its own validation will publish
    if (documents.get(uri)?.version !== version) return;
    void connection.sendDiagnostics({ uri, version, diagnostics });
    if (options.collectGarbage && td.getText().length >= LARGE_DOCUMENT) {
      if (idleCollect) clearTimeout(idleCollect);
      idleCollect = setTimeout(() => {
        idleCollect = undefined;
        if (pending.size === 0) options.collectGarbage?.();
      }, IDLE_COLLECT_MS);
    }
  }

  /** Re-checks the open documents whose findings were computed against an older dataset index. */
  let dependentsTimer: NodeJS.Timeout | undefined;
  function revalidateDependents(): void {
    if (dependentsTimer) clearTimeout(dependentsTimer);
    dependentsTimer = setTimeout(() => {
      dependentsTimer = undefined;
      for (const [uri, a] of analyses) if (documents.has(uri) && a.doc.kind !== 'other' && a.generation !== index.generation) schedule(uri);
      // closed files that read a changed plan or region id (their diagnostics are published too)
      const names = index.takeChangedNames();
      if (validateClosedEnabled() && indexReady) publishClosed(index.filesUsing(names).filter((f) => !documents.has(uriOf(f))));
    }, 50);
  }

  function schedule(uri: string, delay = 0): void {
    const t = pending.get(uri);
    if (t) clearTimeout(t);
    pending.set(uri, setTimeout(() => guardVoid('validate', () => validate(uri)), delay));
  }

  let revalidateTimer: NodeJS.Timeout | undefined;
  function revalidateAll(): void {
    if (revalidateTimer) clearTimeout(revalidateTimer);
    revalidateTimer = setTimeout(() => {
      for (const uri of documents.keys()) schedule(uri);
      index.takeChangedNames(); // every closed file is checked again below
      publishClosed();
    }, 20);
  }

  function validateClosedEnabled(): boolean {
    if (settings.validateClosedFiles === 'on') return true;
    if (settings.validateClosedFiles === 'off') return false;
    return index.size < 2000;
  }

  /** Diagnostics for dataset files that are not open: all of them, or only `files`. */
  function publishClosed(files?: string[]): void {
    const next = files ? new Set(closedPublished) : new Set<string>();
    if (validateClosedEnabled()) {
      for (const file of files ?? index.files()) {
        const uri = uriOf(file);
        if (documents.has(uri)) continue;
        let text: string;
        try {
          text = readText(file);
        } catch {
          continue;
        }
        const doc = parseDocument(text, index.get(file)?.kind ?? kindOfFile(file));
        const td = TextDocument.create(uri, 'yaml', 0, text);
        const findings = engine.check(doc, datasetFor(uri), file);
        relatedCache.clear();
        void connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(td, f, relatedRange)) });
        next.add(uri);
      }
    }
    if (!files) for (const uri of closedPublished) if (!next.has(uri) && !documents.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    closedPublished = next;
  }

  function guard<P, R>(name: string, fn: (p: P) => R): (p: P) => R {
    return (p: P) => {
      try {
        return fn(p);
      } catch (e) {
        // a handler's own error response (InvalidParams, …) goes to the client as it is
        if (e instanceof ResponseError) throw e;
        const msg = e instanceof Error ? e.stack ?? e.message : String(e);
        connection.console.error(`${name} failed: ${msg}`);
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
  }

  function guardVoid(name: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  async function loadSettings(): Promise<void> {
    if (!hasConfigurationCapability) return;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'policyPlans' }]);
      settings = readSettings(raw);
    } catch {
      settings = defaultSettings;
    }
  }

  async function buildIndex(): Promise<void> {
    if (!folders.length) return;
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    const started = Date.now();
    const files = index.list(folders);
    progress?.begin('Policy Plans: indexing', 0, `${files.length} files`, true);
    for (let i = 0; i < files.length; i++) {
      if (progress?.token.isCancellationRequested) break;
      index.indexFile(files[i]);
      if (i % 50 === 49) {
        progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1} / ${files.length}`);
        await new Promise((r) => setImmediate(r));
      }
    }
    for (const f of folders) indexedRoots.add(f);
    indexReady = true;
    // open documents win over the disk
    for (const uri of documents.keys()) analyses.delete(uri);
    progress?.done();
    log(`indexed ${files.length} files in ${Date.now() - started} ms`);
    revalidateAll();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    dynamicWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean; pullDiagnostics?: boolean; settings?: unknown };
    trusted = init.trusted !== false;
    // untrusted: no dataset config is read from the workspace, anywhere (index, walks, checks)
    setConfigsEnabled(trusted);
    pullDiagnostics = !!caps.textDocument?.diagnostic && init.pullDiagnostics !== false;
    if (init.settings) settings = readSettings(init.settings);
    folders = (params.workspaceFolders ?? []).map((f) => fileOf(f.uri));
    if (!folders.length && params.rootUri) folders = [fileOf(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '-', '[', ','], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        inlayHintProvider: true,
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        executeCommandProvider: { commands: [] },
      },
      serverInfo: { name: 'policy-plans', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings();
    // documents opened while the settings were on their way were checked with the defaults
    if (hasConfigurationCapability && documents.size) {
      analyses.clear();
      revalidateAll();
    }
    if (dynamicWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{plan,regions}.{yaml,yml}' }, { globPattern: '**/policy-plans.config.{yaml,yml}' }] }).catch(() => undefined);
    }
    await buildIndex();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (hasConfigurationCapability) await loadSettings();
    else settings = readSettings((change.settings as { policyPlans?: unknown } | undefined)?.policyPlans);
    for (const a of analyses.values()) a.findings = null;
    analyses.clear();
    revalidateAll();
  });

  connection.onDidOpenTextDocument((p) => {
    editLogs.delete(p.textDocument.uri);
    documents.set(p.textDocument.uri, TextDocument.create(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text));
    closedPublished.delete(p.textDocument.uri);
    schedule(p.textDocument.uri);
  });

  connection.onDidChangeTextDocument((p) => {
    const td = documents.get(p.textDocument.uri);
    if (!td) {
      connection.console.warn(`didChange for a document that is not open: ${p.textDocument.uri}`);
      return;
    }
    if (typeof p.textDocument.version === 'number' && p.textDocument.version <= td.version) {
      connection.console.warn(`didChange with version ${p.textDocument.version} after ${td.version} for ${p.textDocument.uri}: ignored`);
      return;
    }
    // applied one change at a time (as TextDocument.update does) to note each one's offsets
    const log = editLogs.get(p.textDocument.uri) ?? new EditLog(td.version);
    for (const c of p.contentChanges) {
      if ('range' in c) log.add({ start: td.offsetAt(c.range.start), end: td.offsetAt(c.range.end), length: c.text.length });
      else log.whole = true;
      TextDocument.update(td, [c], p.textDocument.version);
    }
    editLogs.set(p.textDocument.uri, log);
    documents.set(p.textDocument.uri, td);
    schedule(p.textDocument.uri);
    configEdited(p.textDocument.uri, documents.get(p.textDocument.uri)?.getText() ?? null);
  });

  /** Editing the dataset config re-checks the open files with the unsaved settings. */
  function configEdited(uri: string, text: string | null): void {
    if (!trusted || !uri.startsWith('file:') || !/(^|[\\/])policy-plans\.config\.ya?ml$/.test(fileOf(uri))) return;
    overrideConfig(fileOf(uri), text);
    for (const a of analyses.values()) a.findings = null;
    index.generation++;
    revalidateAll();
  }

  connection.onDidCloseTextDocument((p) => {
    documents.delete(p.textDocument.uri);
    editLogs.delete(p.textDocument.uri);
    analyses.delete(p.textDocument.uri);
    configEdited(p.textDocument.uri, null);
    const t = pending.get(p.textDocument.uri);
    if (t) clearTimeout(t);
    pending.delete(p.textDocument.uri);
    const file = fileOf(p.textDocument.uri);
    const generation = index.generation;
    if (index.get(file)) index.indexFile(file);
    if (index.generation !== generation) revalidateDependents();
    void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
    if (validateClosedEnabled() && index.get(file)) revalidateAll();
  });

  connection.onDidChangeWatchedFiles((p) => {
    let configChanged = false;
    for (const c of p.changes) {
      const file = fileOf(c.uri);
      if (/policy-plans\.config\.ya?ml$/.test(file)) {
        configChanged = true;
        continue;
      }
      if (documents.has(c.uri)) continue; // the open document's text wins
      if (c.type === FileChangeType.Deleted) index.remove(file);
      else index.indexFile(file);
    }
    if (configChanged) {
      clearConfigCache();
      analyses.clear();
      index.generation++;
    }
    revalidateAll();
  });

  const ctx: ServerContext = {
    connection,
    documents,
    index,
    engine,
    analysisOf,
    findingsOf,
    diagnosticsOf,
    datasetFor,
    relatedRange,
    clearRelated: () => relatedCache.clear(),
    fileOf,
    uriOf,
    snippetSupport: () => snippetSupport,
    markClosedPublished: (uri) => closedPublished.add(uri),
    guard,
  };
  for (const register of [registerHover, registerCompletion, registerCodeActions, registerSymbols, registerDefinition, registerInlayHints, registerPullDiagnostics, registerCheckDataset, registerNavigation, registerOverview]) register(ctx);

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const t of pending.values()) clearTimeout(t);
    pending.clear();
  });

  connection.listen();
}
