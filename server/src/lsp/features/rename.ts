/**
 * Rename a plan, source or region id across its dataset. Edits for files that are not open are computed
 * from their current text on disk: when it differs from what the workspace holds (a change without a
 * watcher event), the workspace takes the disk's text first, and a file that cannot be read is refused.
 * Open files get versioned edits when the client takes them.
 */
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { LineIndex, type FileEdits } from '../../core';
import { reasonIn } from '../../node/files';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

export function registerRename(ctx: ServerContext): void {
  ctx.connection.onPrepareRename(
    ctx.guard('prepareRename', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) throw new ResponseError(ErrorCodes.InvalidRequest, ctx.locale().t('server.not-checked'));
      const a = ctx.workspace().prepareRename(file, td.offsetAt(p.position));
      if (!a.ok) throw new ResponseError(ErrorCodes.InvalidRequest, a.reason);
      return { range: toRange(td, a.range), placeholder: a.placeholder };
    }),
  );

  /** Brings closed files that the rename touches up to their text on disk; false when one cannot be read. */
  function refreshClosed(changes: FileEdits[]): {
    changed: boolean;
    unreadable: { file: string; reason: string } | null;
  } {
    let changed = false;
    for (const c of changes) {
      if (ctx.documents.has(ctx.uriOf(c.file))) continue;
      const r = ctx.files().read(c.file);
      if (!r.ok) return { changed, unreadable: { file: c.file, reason: reasonIn(r, ctx.locale()) } };
      if (r.text !== c.text) {
        ctx.workspace().update({ set: [{ file: c.file, text: r.text }] });
        changed = true;
      }
    }
    return { changed, unreadable: null };
  }

  ctx.connection.onRenameRequest(
    ctx.guard('rename', (p) => {
      const td = ctx.documents.get(p.textDocument.uri);
      const file = ctx.sync(p.textDocument.uri);
      if (!td || !file) throw new ResponseError(ErrorCodes.InvalidRequest, ctx.locale().t('server.not-checked'));
      const offset = td.offsetAt(p.position);
      let answer = ctx.workspace().rename(file, offset, p.newName);
      if (!answer.ok) throw new ResponseError(ErrorCodes.InvalidRequest, answer.reason);
      const fresh = refreshClosed(answer.changes);
      if (fresh.unreadable)
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          ctx.locale().t('server.rename.unreadable', fresh.unreadable),
        );
      if (fresh.changed) {
        answer = ctx.workspace().rename(file, offset, p.newName);
        if (!answer.ok) throw new ResponseError(ErrorCodes.InvalidRequest, answer.reason);
        if (refreshClosed(answer.changes).changed)
          throw new ResponseError(LSPErrorCodes.ContentModified, ctx.locale().t('server.rename.changed-on-disk'));
      }
      return toWorkspaceEdit(ctx, answer.changes);
    }),
  );
}

function toWorkspaceEdit(ctx: ServerContext, changes: FileEdits[]): WorkspaceEdit {
  const perFile = changes.map((c) => {
    const uri = ctx.uriOf(c.file);
    const open = ctx.documents.get(uri);
    const lines = new LineIndex(c.text);
    const positions = open ?? { uri, version: 0, positionAt: (o: number) => lines.position(o) };
    const edits: LspTextEdit[] = c.edits.map((e) => ({ range: toRange(positions, e.range), newText: e.newText }));
    return { uri, version: open ? open.version : null, edits };
  });
  if (ctx.documentChanges())
    return {
      documentChanges: perFile.map((f): TextDocumentEdit => ({
        textDocument: { uri: f.uri, version: f.version },
        edits: f.edits,
      })),
    };
  const out: Record<string, LspTextEdit[]> = {};
  for (const f of perFile) out[f.uri] = f.edits;
  return { changes: out };
}
