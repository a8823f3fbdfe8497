/**
 * The language server: creates the pieces, wires the LSP notifications to them, registers the features.
 * The session (session.ts) holds the one workspace model (core/index.ts) and the files on disk
 * (node/files.ts); documents.ts keeps the open documents in sync with it, positions.ts turns offsets into
 * line/character, publisher.ts decides when diagnostics are sent, watched.ts follows the disk.
 */
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { applySettings, loadSettings } from './configuration';
import type { ServerContext } from './context';
import { OpenDocuments } from './documents';
import { capabilities, registerFeatures } from './features';
import { guardFor } from './guard';
import { Positions } from './positions';
import { Publisher } from './publisher';
import { SessionHolder } from './session';
import { readSettings } from './settings';
import { fileOf, uriOf } from './uris';
import { DiskChanges } from './watched';

export { MAX_ANALYSED_CHARS } from './documents';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface ServerOptions {
  /** Today's date (YYYY-MM-DD); the clock is read by the caller. */
  today: () => string;
  /** A full garbage collection, run when editing of a large document pauses. */
  collectGarbage?: () => void;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const sessions = new SessionHolder({ today: options.today });
  const documents: OpenDocuments = new OpenDocuments(sessions, {
    dependents: (files) => publisher.dependents(files),
    toDiagnostics: (file, findings) => positions.toDiagnostics(file, findings),
    warn: (message) => connection.console.warn(message),
  });
  const positions = new Positions(documents.byUri, sessions);

  const ctx: ServerContext = {
    connection,
    documents: documents.byUri,
    workspace: () => sessions.current().workspace,
    locale: () => sessions.locale(),
    files: () => sessions.current().files,
    sync: (uri) => documents.sync(uri),
    diagnosticsOf: (uri) => documents.diagnosticsOf(uri),
    rangeIn: (file, r) => positions.rangeIn(file, r),
    toDiagnostics: (file, findings) => positions.toDiagnostics(file, findings),
    fileOf,
    uriOf,
    snippetSupport: () => sessions.active?.client.snippets ?? false,
    documentChanges: () => sessions.active?.client.documentChanges ?? false,
    markClosedPublished: (uri) => publisher.markClosed(uri),
    guard: guardFor(connection),
  };
  const publisher = new Publisher(ctx, {
    validateClosed: () => sessions.validatesClosedFiles(),
    collectGarbage: options.collectGarbage,
  });
  const disk = new DiskChanges(sessions, documents.byUri, publisher, connection);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const session = sessions.start(params);
    return {
      capabilities: capabilities({ pull: session.client.pull }),
      serverInfo: { name: 'policy-plans', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    // the first publish waits for the settings and the index: no diagnostics with the wrong rules or a half-known dataset
    const settings = await loadSettings(connection, sessions.active);
    applySettings(connection, sessions.current(), settings);
    disk.register();
    await publisher.index(sessions.current().folders);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const session = sessions.active;
    if (!session) return;
    const before = sessions.locale().language;
    const settings = session.client.configuration
      ? await loadSettings(connection, session)
      : readSettings((change.settings as { policyPlans?: unknown } | undefined)?.policyPlans);
    applySettings(connection, sessions.current(), settings);
    publisher.all();
    // another language: the pulled diagnostics, inlay hints and code lenses are said again in it
    if (sessions.locale().language !== before)
      for (const method of sessions.current().client.refresh)
        void connection.sendRequest(method).catch(() => undefined);
  });

  connection.onDidOpenTextDocument((p) => {
    documents.open(p);
    if (sessions.active) publisher.adopt(fileOf(p.textDocument.uri));
    publisher.openedOrChanged(p.textDocument.uri);
  });

  connection.onDidChangeTextDocument((p) => {
    if (documents.change(p)) publisher.openedOrChanged(p.textDocument.uri);
  });

  connection.onDidCloseTextDocument((p) => {
    documents.close(p.textDocument.uri);
    publisher.closed(p.textDocument.uri);
    disk.closed(p.textDocument.uri);
  });

  connection.onDidChangeWatchedFiles((p) => disk.watched(p));

  registerFeatures(ctx, publisher);
  connection.onShutdown(() => publisher.stop());
  connection.listen();
}
