/** What the feature handlers (server/src/lsp/features/) get from the server: its state, behind functions. */
import type { Connection, Diagnostic, Range as LspRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DatasetContext } from '../core/dataset';
import type { Engine, ParsedDocument } from '../core/engine';
import { schemaIds } from '../core/schema/store';
import type { Finding, Range } from '../core/types';
import type { WorkspaceIndex } from './workspaceIndex';

export const ROOT_SCHEMA: Record<string, string> = { plan: schemaIds.plan, regions: schemaIds.regions, indicators: schemaIds.indicators, config: schemaIds.config };

export interface ServerContext {
  connection: Connection;
  documents: Map<string, TextDocument>;
  index: WorkspaceIndex;
  engine: Engine;
  /** The parsed document of the current version of an open document. */
  analysisOf(uri: string): { doc: ParsedDocument } | null;
  findingsOf(uri: string): Finding[];
  diagnosticsOf(uri: string): Diagnostic[];
  datasetFor(uri: string): DatasetContext;
  /** A range in another file (open or on disk) as line/character. */
  relatedRange(file: string, r: Range): LspRange | null;
  clearRelated(): void;
  fileOf(uri: string): string;
  uriOf(file: string): string;
  snippetSupport(): boolean;
  /** A closed file now has published diagnostics (to be cleared when it leaves the dataset). */
  markClosedPublished(uri: string): void;
  /** Wraps a handler: a throw is logged and answered with an error; the server keeps running. */
  guard<P, R>(name: string, fn: (p: P) => R): (p: P) => R;
}
