/** Core plain results → LSP types. The one place where offsets become line/character. */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  InsertTextMode,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Range as LspRange,
} from 'vscode-languageserver';
import {
  docsUrlOf,
  type CompletionItem as CoreCompletion,
  type DocSymbol,
  type Finding,
  type Locale,
  type Range,
  type Severity,
} from '../core';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Anything that turns an offset into a line and character: an open TextDocument, or a text's LineIndex. */
export interface TextDocument {
  /** The document's uri (for related places in the same document). */
  uri: string;
  /** Its version (0 for a file that is not open). */
  version: number;
  positionAt(offset: number): { line: number; character: number };
}

export function toRange(doc: TextDocument, r: Range): LspRange {
  return { start: doc.positionAt(r.start), end: doc.positionAt(r.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'policy-plans';

export interface RelatedResolver {
  (file: string, range: Range): LspRange | null;
}

export function toDiagnostic(
  doc: TextDocument,
  f: Finding,
  related: RelatedResolver,
  options: { locale?: Locale } = {},
): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.range),
    severity: SEVERITY[f.severity],
    code: f.code,
    // the rule reference in the session's language
    codeDescription: { href: docsUrlOf(f.code, options.locale) },
    source: SOURCE,
    message: f.message,
  };
  if (f.code === 'region/deprecated') d.tags = [DiagnosticTag.Deprecated];
  if (f.related?.length) {
    d.relatedInformation = [];
    for (const r of f.related) {
      if (!r.file)
        d.relatedInformation.push({ location: { uri: doc.uri, range: toRange(doc, r.range) }, message: r.message });
      else {
        const range = related(r.file, r.range);
        if (range)
          d.relatedInformation.push({
            location: { uri: isAbsolute(r.file) ? pathToFileURL(r.file).href : r.file, range },
            message: r.message,
          });
      }
    }
  }
  // no quick fixes in `data`: textDocument/codeAction computes them from the cached findings (half of a publish's
  // bytes on a plan with a thousand findings went into fixes nothing read)
  return d;
}

const COMPLETION_KIND: Record<CoreCompletion['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  region: CompletionItemKind.Constant,
  currency: CompletionItemKind.Unit,
  deadline: CompletionItemKind.Value,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  unit: CompletionItemKind.Unit,
};

export function toCompletion(doc: TextDocument, c: CoreCompletion, snippetSupport: boolean): CompletionItem {
  const range = toRange(doc, c.range);
  const plain =
    c.snippet && !snippetSupport
      ? c.insertText
          .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
          .replace(/\$\{\d+:([^}]*)\}/g, '$1')
          .replace(/\$\d+/g, '')
      : c.insertText;
  return {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
    textEdit: { range, newText: plain },
    insertTextFormat: c.snippet && snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // the core already indents every line of a multi-line insertion
    insertTextMode: InsertTextMode.asIs,
    filterText: c.filterText,
    sortText: c.sortText,
    preselect: c.preselect,
  };
}

const SYMBOL_KIND: Record<DocSymbol['kind'], SymbolKind> = {
  plan: SymbolKind.File,
  target: SymbolKind.Number,
  measure: SymbolKind.Function,
  source: SymbolKind.String,
  region: SymbolKind.Namespace,
  section: SymbolKind.Array,
};

export function toSymbol(doc: TextDocument, s: DocSymbol): DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: toRange(doc, s.range),
    selectionRange: toRange(doc, s.selectionRange),
    children: s.children.map((c) => toSymbol(doc, c)),
  };
}
