/** Document, range and on-type (newline) formatting of plan, region and config files. */
import type { TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultFormatOptions, type FormatOptions, type TextEdit } from '../../core';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

/** The `policyPlans.format` settings of the document's folder (defaults when the client has none). */
async function formatOptions(ctx: ServerContext, uri: string): Promise<FormatOptions> {
  try {
    const [raw] = (await ctx.connection.workspace.getConfiguration([
      { section: 'policyPlans.format', scopeUri: uri },
    ])) as [unknown];
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

export function registerFormatting(ctx: ServerContext): void {
  ctx.connection.onDocumentFormatting(async (p) => {
    const options = await formatOptions(ctx, p.textDocument.uri);
    return ctx.guard('formatting', () => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      return td && file ? toLsp(td, ctx.workspace().formatEdits(file, options)) : [];
    })(p);
  });
  ctx.connection.onDocumentRangeFormatting(async (p) => {
    const options = await formatOptions(ctx, p.textDocument.uri);
    return ctx.guard('rangeFormatting', () => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      return toLsp(
        td,
        ctx
          .workspace()
          .formatEdits(file, options, { start: td.offsetAt(p.range.start), end: td.offsetAt(p.range.end) }),
      );
    })(p);
  });
  ctx.connection.onDocumentOnTypeFormatting(
    ctx.guard('onTypeFormatting', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file || p.ch !== '\n') return [];
      return toLsp(td, ctx.workspace().onTypeNewline(file, td.offsetAt(p.position)));
    }),
  );
}
