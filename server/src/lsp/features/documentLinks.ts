/** Document links: source urls, relation plan ids, `# $schema` paths, dataset region ids. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

export function registerDocumentLinks(ctx: ServerContext): void {
  ctx.connection.onDocumentLinks(
    ctx.guard('documentLinks', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) return [];
      const out: DocumentLink[] = [];
      for (const l of ctx.workspace().documentLinks(file)) {
        let target: string;
        if ('url' in l.target) target = l.target.url;
        else if ('file' in l.target) {
          const r = l.target.range ? ctx.rangeIn(l.target.file, l.target.range) : null;
          // VS Code opens a file URI with #L<line> at that line
          target = `${ctx.uriOf(l.target.file)}${r ? `#L${r.start.line + 1}` : ''}`;
        } else {
          if (!path.isAbsolute(file)) continue;
          target = pathToFileURL(path.resolve(path.dirname(file), l.target.relative)).href;
        }
        out.push({ range: toRange(td, l.range), target, tooltip: l.tooltip });
      }
      return out;
    }),
  );
}
