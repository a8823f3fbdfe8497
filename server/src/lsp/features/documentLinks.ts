/** The LSP side of document links; the work itself is in server/src/core/features/documentLinks.ts. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver';
import { documentLinks } from '../../core/features/documentLinks';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

/** Links: source urls, relation plan ids, `# $schema` paths, dataset region ids. */
export function registerDocumentLinks(ctx: ServerContext): void {
  ctx.connection.onDocumentLinks(
    ctx.guard('documentLinks', (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      const td = ctx.documents.get(p.textDocument.uri);
      if (!a || !td || a.doc.kind === 'other') return [];
      const out: DocumentLink[] = [];
      ctx.clearRelated();
      for (const l of documentLinks(a.doc, ctx.datasetFor(p.textDocument.uri))) {
        let target: string;
        if ('url' in l.target) target = l.target.url;
        else if ('file' in l.target) {
          const r = l.target.range ? ctx.relatedRange(l.target.file, l.target.range) : null;
          // VS Code opens a file URI with #L<line> at that line
          target = `${ctx.uriOf(l.target.file)}${r ? `#L${r.start.line + 1}` : ''}`;
        } else {
          if (!p.textDocument.uri.startsWith('file:')) continue;
          target = pathToFileURL(path.resolve(path.dirname(ctx.fileOf(p.textDocument.uri)), l.target.relative)).href;
        }
        out.push({ range: toRange(td, l.range), target, tooltip: l.tooltip });
      }
      return out;
    }),
  );
}
