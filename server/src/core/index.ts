/**
 * The core's only public entry. Drivers (the CLI, the language server, the report, the tests) create a
 * workspace, feed it texts and ask it questions; everything else under core/ is internal.
 *
 *     const ws = createWorkspace({ today: '2026-11-27', trusted: true, roots: ['/data'] });
 *     ws.update({ set: [{ file: '/data/a.plan.yaml', text }] });
 *     ws.check('/data/a.plan.yaml');        // findings with offsets
 *     ws.hover('/data/a.plan.yaml', 120);   // markdown and a range
 */
export {
  createWorkspace,
  PolicyWorkspace,
  type FileEdits,
  type PrepareRenameAnswer,
  type RenameAnswer,
  type WorkspaceSymbol,
} from './workspace/service';
export type {
  CustomSchemaProvider,
  DatasetInfo,
  FileChange,
  Occurrence,
  UpdateResult,
  WorkspaceOptions,
  WorkspaceSettings,
} from './workspace/workspace';
export { isConfigName, kindOfName } from './workspace/kind';
export type { FileFacts } from './workspace/facts';

// plain types and the helpers that convert at the edge
export type {
  Finding,
  LineRange,
  Position,
  Range,
  RelatedPlace,
  Severity,
  SeveritySetting,
  Suggestion,
  TextEdit,
} from './types';
export { isSeveritySetting } from './types';
export { LineIndex, lineEndOf } from './text';
export type { DatasetContext, DatasetRegion, PlanSummary } from './dataset';
export type { DocumentKind } from './model';
export type { ParsedDocument } from './engine';
export type { CompletionItem, CompletionKind, CompletionResult } from './features/completion';
export type { HoverResult } from './features/hover';
export type { InlayHint } from './features/inlayHints';
export type { QuickFix } from './features/codeActions';
export type { DocSymbol, SymbolKind } from './features/symbols';
export type { CodeLens } from './features/codeLens';
export type { DocumentLink, LinkTarget } from './features/documentLinks';
export type { Highlight } from './features/highlights';

// the rule catalogue, for SARIF, the docs and the extension manifest
export { codeFamilies, docsUrlOf, ruleInfo, rules, type RuleInfo } from './rules';

// dates, globs and configs, for the drivers' own arguments and folder walks
export { parseDate } from './domain/deadline';
export { globProblem, globToRegExp, hasGlobChars, matchGlob } from './glob';
export { readConfig, type ConfigValues } from './datasetBuild';

// edits of open documents, for the incremental re-parse
export { EditLog, type FoldedEdit } from './incremental';

// custom schemas: the core validates, the driver reads the schema files (injected I/O)
export {
  CustomSchemas,
  customSchemaCheck,
  referencedDocuments,
  riskyPattern,
  schemaComment,
  type CustomSchemaUse,
  type PatternEngine,
  type RegExpLike,
  type SchemaDoc,
  type SchemaVia,
  type PatternProblem,
} from './schema/custom';
export { builtinSchemas, schemaIds } from './schema/store';

// messages without a language (a problem found by a driver, rendered by the core in the user's language)
export type { Message } from './i18n/message';
export { linearRegExp } from './schema/linearPattern';

// formatting (the CLI's fmt; the server formats through the workspace)
export { defaultFormatOptions, formatText, type FormatOptions } from './features/format';

// the dataset overview (the report and the editor's webview)
export { withFiles } from './overview/lines';
export type * from './overview/types';

// export rows
export { exportRows, toCsv, ROW_COLUMNS, type RowSelection, type TargetRow } from './exportRows';
// the message catalogue's languages and locales (drivers say their own words with them)
export {
  createLocale,
  isLanguage,
  languageOf,
  localeOf,
  type Language,
  type Locale,
  type MessageKey,
  type Params,
} from './i18n';
