/** What the feature handlers (server/src/lsp/features/) get from the server: the workspace and the conversions at the edge. */
import type { Connection, Diagnostic, Range as LspRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, PolicyWorkspace, Range } from '../core';
import type { FileSource } from '../node/files';

export interface ServerContext {
  connection: Connection;
  /** The open documents by uri. */
  documents: Map<string, TextDocument>;
  /** The one workspace model; `sync` first to make sure it holds an open document's current version. */
  workspace(): PolicyWorkspace;
  /** The session's language (policyPlans.language, else the client's): for what the server says itself. */
  locale(): Locale;
  files: () => FileSource;
  /** Feeds the current version of an open document into the workspace; its file name there, or null. */
  sync(uri: string): string | null;
  /** Diagnostics of an open document's current version. */
  diagnosticsOf(uri: string): Diagnostic[];
  /** A range of any workspace file (open or not) as line/character, from the text the workspace holds. */
  rangeIn(file: string, r: Range): LspRange;
  toDiagnostics(file: string, findings: Finding[]): Diagnostic[];
  fileOf(uri: string): string;
  uriOf(file: string): string;
  snippetSupport(): boolean;
  /** Whether the client takes versioned `documentChanges` in a workspace edit. */
  documentChanges(): boolean;
  /** A closed file now has published diagnostics (to be cleared when it leaves the dataset). */
  markClosedPublished(uri: string): void;
  /** Wraps a handler: a throw is logged and answered with an error; the server keeps running. */
  guard<P, R>(name: string, fn: (p: P) => R): (p: P) => R;
}
