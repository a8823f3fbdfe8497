/** The LSP side of formatting; the work itself is in server/src/core/features/format.ts and onTypeFormat.ts. */
import type { TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultFormatOptions, formatEdits, formatRangeEdits, type FormatOptions, type TextEdit } from '../../core/features/format';
import { onTypeNewline } from '../../core/features/onTypeFormat';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

/** The `policyPlans.format` settings of the document's folder (defaults when the client has none). */
async function formatOptions(ctx: ServerContext, uri: string): Promise<FormatOptions> {
  try {
    const [raw] = (await ctx.connection.workspace.getConfiguration([{ section: 'policyPlans.format', scopeUri: uri }])) as [unknown];
    const r = (raw ?? {}) as { canonicalKeyOrder?: unknown; quotes?: unknown };
    const quotes = r.quotes === 'double' || r.quotes === 'single' ? r.quotes : 'keep';
    return { canonicalKeyOrder: r.canonicalKeyOrder === true, quotes };
  } catch {
    return defaultFormatOptions;
  }
}

function toLsp(td: TextDocument, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(td, e.range), newText: e.newText }));
}

/** Document, range and on-type (newline) formatting of plan, region and config files. */
export function registerFormatting(ctx: ServerContext): void {
  const open = (uri: string) => {
    const a = ctx.analysisOf(uri);
    const td = ctx.documents.get(uri);
    return a && td && a.doc.kind !== 'other' ? { kind: a.doc.kind, td } : null;
  };
  ctx.connection.onDocumentFormatting(async (p) => {
    const d = open(p.textDocument.uri);
    if (!d) return [];
    const options = await formatOptions(ctx, p.textDocument.uri);
    return ctx.guard('formatting', () => toLsp(d.td, formatEdits(d.td.getText(), d.kind, options)))(p);
  });
  ctx.connection.onDocumentRangeFormatting(async (p) => {
    const d = open(p.textDocument.uri);
    if (!d) return [];
    const options = await formatOptions(ctx, p.textDocument.uri);
    const range = { start: d.td.offsetAt(p.range.start), end: d.td.offsetAt(p.range.end) };
    return ctx.guard('rangeFormatting', () => toLsp(d.td, formatRangeEdits(d.td.getText(), d.kind, range, options)))(p);
  });
  ctx.connection.onDocumentOnTypeFormatting(
    ctx.guard('onTypeFormatting', (p) => {
      const d = open(p.textDocument.uri);
      if (!d || p.ch !== '\n') return [];
      return toLsp(d.td, onTypeNewline(d.td.getText(), d.td.offsetAt(p.position)));
    }),
  );
}
