/**
 * Files on disk that changed (`workspace/didChangeWatchedFiles`) or that the editor let go of (`didClose`):
 * their text on disk goes into the workspace again, and what may have changed is published.
 */
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type DidChangeWatchedFilesParams,
} from 'vscode-languageserver';
import { isConfigName } from '../core';
import type { Publisher } from './publisher';
import type { SessionHolder } from './session';
import { fileOf, uriOf } from './uris';

export class DiskChanges {
  constructor(
    private readonly sessions: SessionHolder,
    private readonly documents: ReadonlyMap<string, unknown>,
    private readonly publisher: Publisher,
    private readonly connection: Connection,
  ) {}

  /** A client that registers watchers when asked (not in its capabilities) is asked to watch the dataset files. */
  register(): void {
    if (!this.sessions.active?.client.dynamicWatch) return;
    void this.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.{plan,regions,indicators}.{yaml,yml}' },
          { globPattern: '**/policy-plans.config.{yaml,yml}' },
        ],
      })
      .catch(() => undefined);
  }

  /** A document the editor closed: the text on disk wins again once the editor lets go of it. */
  closed(uri: string): void {
    const session = this.sessions.active;
    if (!session) return;
    const file = fileOf(uri);
    const r = path.isAbsolute(file) ? session.files.read(file) : { ok: false as const, reason: 'not a file' };
    const result =
      r.ok && session.workspace.kindOf(file) !== 'other'
        ? session.workspace.update({ set: [{ file, text: r.text }] })
        : session.workspace.update({ remove: [file] });
    this.publisher.dependents(result.dependents);
  }

  watched(p: DidChangeWatchedFilesParams): void {
    const session = this.sessions.active;
    if (!session) return;
    const ws = session.workspace;
    const set: Array<{ file: string; text: string }> = [];
    const remove: string[] = [];
    const configDirs = new Set<string>();
    for (const c of p.changes) {
      const file = fileOf(c.uri);
      if (!path.isAbsolute(file)) continue;
      if (isConfigName(file)) configDirs.add(path.dirname(file));
      if (this.documents.has(c.uri)) continue; // the open document's text wins
      if (c.type === FileChangeType.Deleted) {
        remove.push(file);
        continue;
      }
      // one reading function for every path: regular files inside the workspace, size-capped (no FIFO, no symlink)
      const r = session.files.read(file);
      if (r.ok) set.push({ file, text: r.text });
      else {
        if (ws.has(file)) remove.push(file);
        this.connection.console.warn(`${file}: not read, ${r.reason}`);
      }
    }
    // what was known of the changed configs is read again (a config that became unreadable is reported on)
    session.files.forget([...configDirs]);
    for (const d of configDirs) session.files.configIn(d);
    const result = ws.update({ set, remove });
    // the changed files themselves, and the files that read what they define
    this.publisher.dependents([...result.dependents, ...set.map((s) => s.file)]);
    for (const f of remove) this.publisher.closed(uriOf(f));
    this.publisher.reportConfigs();
    this.publisher.openDocuments();
  }
}
