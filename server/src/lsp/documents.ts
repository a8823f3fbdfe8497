/**
 * The documents the editor has open: their text and version (TextDocument) and the offsets of the edits since
 * the workspace last saw them (EditLog), fed into the workspace once per version. Too large a document is not
 * analysed; it gets one finding that says so.
 */
import type { Diagnostic, DidChangeTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditLog, type Finding } from '../core';
import { toDiagnostic } from './convert';
import type { SessionHolder } from './session';
import { fileOf } from './uris';

/** Documents over this many characters are not analysed in the editor (the CLI still checks them). */
export const MAX_ANALYSED_CHARS = 2 * 1024 * 1024;

export interface OpenDocumentsOptions {
  /** Files whose findings may have changed when a document's version went into the workspace. */
  dependents: (files: string[]) => void;
  /** Findings of a workspace file as diagnostics. */
  toDiagnostics: (file: string, findings: Finding[]) => Diagnostic[];
  warn: (message: string) => void;
}

export class OpenDocuments {
  /** The open documents by uri. */
  readonly byUri = new Map<string, TextDocument>();
  private readonly editLogs = new Map<string, EditLog>();

  constructor(
    private readonly sessions: SessionHolder,
    private readonly options: OpenDocumentsOptions,
  ) {}

  open(p: DidOpenTextDocumentParams): void {
    const { uri, languageId, version, text } = p.textDocument;
    this.editLogs.delete(uri);
    this.byUri.set(uri, TextDocument.create(uri, languageId, version, text));
  }

  /** Applies a change to an open document, noting its offsets; false when it was ignored. */
  change(p: DidChangeTextDocumentParams): boolean {
    const uri = p.textDocument.uri;
    const td = this.byUri.get(uri);
    if (!td) {
      // a client may send a change for a document it never opened (untitled, saved under a new name): ignore it quietly
      return false;
    }
    if (typeof p.textDocument.version === 'number' && p.textDocument.version <= td.version) {
      this.options.warn(`didChange with version ${p.textDocument.version} after ${td.version} for ${uri}: ignored`);
      return false;
    }
    // applied one change at a time (as TextDocument.update does) to note each one's offsets
    const log = this.editLogs.get(uri) ?? new EditLog(td.version);
    for (const c of p.contentChanges) {
      if ('range' in c)
        log.add({ start: td.offsetAt(c.range.start), end: td.offsetAt(c.range.end), length: c.text.length });
      else log.whole = true;
      TextDocument.update(td, [c], p.textDocument.version);
    }
    this.editLogs.set(uri, log);
    return true;
  }

  close(uri: string): void {
    this.byUri.delete(uri);
    this.editLogs.delete(uri);
  }

  /** Feeds an open document's current version into the workspace (once per version); its file name, or null. */
  sync(uri: string): string | null {
    const td = this.byUri.get(uri);
    const session = this.sessions.active;
    if (!td || !session || this.tooLarge(td)) return null;
    const file = fileOf(uri);
    const ws = session.workspace;
    if (ws.versionOf(file) !== td.version || !ws.has(file)) {
      const log = this.editLogs.get(uri);
      this.editLogs.delete(uri);
      const result = ws.update({
        set: [
          {
            file,
            text: td.getText(),
            version: td.version,
            open: true,
            edit: log && log.baseVersion === ws.versionOf(file) ? log.edit : null,
          },
        ],
      });
      this.options.dependents(result.dependents);
    }
    return file;
  }

  /** Diagnostics of an open document's current version. */
  diagnosticsOf(uri: string): Diagnostic[] {
    const td = this.byUri.get(uri);
    const session = this.sessions.active;
    if (!td || !session) return [];
    const big = this.tooLarge(td);
    if (big) return [toDiagnostic(td, big, () => null, { locale: this.sessions.locale() })];
    const file = this.sync(uri);
    return file ? this.options.toDiagnostics(file, session.workspace.check(file)) : [];
  }

  private tooLarge(td: TextDocument): Finding | null {
    const size = td.getText().length;
    if (size <= MAX_ANALYSED_CHARS) return null;
    return {
      code: 'document/too-large',
      severity: 'warning',
      message: this.sessions.locale().t('server.too-large', {
        size: (size / 1024 / 1024).toFixed(1),
        max: String(MAX_ANALYSED_CHARS / 1024 / 1024),
      }),
      range: { start: 0, end: 0 },
    };
  }
}
