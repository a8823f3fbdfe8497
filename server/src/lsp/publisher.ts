/**
 * When diagnostics are computed and sent: open documents after a short debounce, closed files of the
 * dataset in slices that yield to other requests, and nothing before the settings and the index are in
 * (a first publish against a half-known dataset would show false unknown-plan and unknown-region errors).
 */
import * as path from 'node:path';
import { reasonIn, type WalkResult } from '../node/files';
import type { ServerContext } from './context';
import { SLICE_MS, SliceSize } from './slices';

/** Documents from this size on are followed by a collection when editing pauses. */
const LARGE_DOCUMENT = 200_000;
const IDLE_COLLECT_MS = 300;

export interface PublisherOptions {
  validateClosed: () => boolean;
  collectGarbage?: () => void;
}

/**
 * Lets other messages (a hover, a cancellation) in between two slices of work, and their answers out. Three turns of
 * the event loop's check phase: the JSON-RPC connection handles a message in an immediate queued when the message is
 * read (the poll phase, after the first turn was queued); the stdio writer writes an answer in an immediate queued
 * when the request was handled; the next slice starts in the third turn, after both. (With one timer, a request
 * waited half a slice on average but its answer a whole one more: a hover while 10,000 plans were indexed took a
 * median of 15 ms, of which ~10 ms after it was answered.)
 */
export async function yieldToEvents(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Walks a folder for its dataset files, yielding to other messages every slice of time (see FileSource.walkSteps). */
export async function walkInSlices(ctx: ServerContext, dir: string): Promise<WalkResult> {
  const out: WalkResult = { files: [], skippedLinks: [], badGlobs: [] };
  let started = performance.now();
  for (const _ of ctx.files().walkSteps(dir, out)) {
    if (performance.now() - started < SLICE_MS) continue;
    await yieldToEvents();
    started = performance.now();
  }
  return out;
}

/**
 * Reads files from disk into the workspace in slices that yield to other messages (a hover waits one slice at
 * most). An open document keeps its editor text; a file that can no longer be read leaves the workspace.
 * Returns false when `cancelled` stopped it early.
 */
export async function readIntoWorkspace(
  ctx: ServerContext,
  files: string[],
  options: { cancelled?: () => boolean; onSlice?: (done: number) => void } = {},
): Promise<boolean> {
  const size = new SliceSize();
  for (let i = 0; i < files.length;) {
    if (options.cancelled?.()) return false;
    const started = performance.now();
    let count = 0;
    while (i < files.length && !size.full(count, performance.now() - started)) {
      const file = files[i++]!;
      count++;
      if (ctx.documents.has(ctx.uriOf(file))) continue;
      const r = ctx.files().read(file);
      // unchanged texts and files the workspace never had are no-ops of update
      ctx.workspace().update(r.ok ? { set: [{ file, text: r.text }] } : { remove: [file] });
    }
    size.took(count, performance.now() - started);
    options.onSlice?.(i);
    await yieldToEvents();
  }
  return true;
}

export class Publisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private closedQueue = new Set<string>();
  private closedPublished = new Set<string>();
  private draining = false;
  private ready = false;
  private stopped = false;
  private idleCollect: NodeJS.Timeout | undefined;
  /** Config files that could not be read, with a diagnostic published on them. */
  private readonly configProblems = new Set<string>();
  /** Dataset folders read into the workspace, and those being read (their open documents wait). */
  private readonly indexedRoots = new Set<string>();
  private readonly indexing = new Set<string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly options: PublisherOptions,
  ) {}

  stop(): void {
    this.stopped = true;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    this.closedQueue.clear();
  }

  markClosed(uri: string): void {
    this.closedPublished.add(uri);
  }

  /**
   * An opened file on disk brings its dataset: the config that governs it (which the workspace folders may
   * not hold, or which an outer config excludes) and, when it has one, the files of that config's folder.
   */
  adopt(file: string): void {
    const ctx = this.ctx;
    const ws = ctx.workspace();
    if (!path.isAbsolute(file)) return;
    const config = ctx.files().configFor(path.dirname(file));
    if (config?.text != null && !ws.has(config.file) && !ctx.documents.has(ctx.uriOf(config.file)))
      ws.update({ set: [{ file: config.file, text: config.text }] });
    if (config?.problem) this.reportConfigs();
    if (!config || !this.ready) return;
    const root = ws.datasetRootOf(file);
    if (!root || this.indexedRoots.has(root)) return;
    this.indexedRoots.add(root);
    this.indexing.add(root);
    void walkInSlices(ctx, root)
      .then((w) => readIntoWorkspace(ctx, w.files, { cancelled: () => this.stopped }))
      .finally(() => {
        this.indexing.delete(root);
        this.all();
      });
  }

  /** Reads every dataset file of the folders into the workspace, in slices, with progress; then publishes. */
  async index(folders: string[]): Promise<void> {
    const ctx = this.ctx;
    const started = Date.now();
    const progress = folders.length ? await ctx.connection.window.createWorkDoneProgress().catch(() => null) : null;
    const found: string[] = [];
    for (const f of folders) {
      this.indexedRoots.add(f);
      const w = await walkInSlices(ctx, f);
      found.push(...w.files);
      for (const l of w.skippedLinks) ctx.connection.console.warn(`${l}: skipped, a symbolic link`);
      for (const b of w.badGlobs)
        ctx.connection.console.warn(`${b.config}: exclude entry "${b.glob}" is not a valid glob (${b.reason})`);
    }
    const locale = ctx.locale();
    progress?.begin(
      locale.t('server.progress.indexing'),
      0,
      locale.t('server.progress.files', { count: String(found.length) }),
      true,
    );
    await readIntoWorkspace(this.ctx, found, {
      cancelled: () => this.stopped || !!progress?.token.isCancellationRequested,
      onSlice: (done) =>
        progress?.report(Math.round((done / Math.max(found.length, 1)) * 100), `${done} / ${found.length}`),
    });
    progress?.done();
    ctx.connection.console.log(`indexed ${found.length} files in ${Date.now() - started} ms`);
    this.ready = true;
    this.reportConfigs();
    // documents opened meanwhile bring their own datasets now
    for (const uri of ctx.documents.keys()) this.adopt(ctx.fileOf(uri));
    this.all();
  }

  /**
   * A config that cannot be read (a FIFO, a folder, no permission) gets one diagnostic, config/unreadable, on
   * its first line; its dataset goes on with every default. Cleared when the config can be read again or is gone.
   */
  reportConfigs(): void {
    const ctx = this.ctx;
    const now = new Map(
      ctx
        .files()
        .problems()
        .map((c) => [ctx.uriOf(c.file), c]),
    );
    for (const uri of this.configProblems) {
      if (now.has(uri)) continue;
      this.configProblems.delete(uri);
      // a config that is readable again is published by the closed-file checks; an open one by its own publish
      if (!ctx.documents.has(uri)) void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const [uri, c] of now) {
      if (ctx.documents.has(uri)) continue; // the editor's text is what is checked
      this.configProblems.add(uri);
      const message = ctx.locale().t('server.config-unreadable', {
        name: path.basename(c.file),
        reason: c.unreadable ? reasonIn(c.unreadable, ctx.locale()) : (c.problem ?? ''),
      });
      void ctx.connection.sendDiagnostics({
        uri,
        diagnostics: ctx.toDiagnostics(c.file, [
          { code: 'config/unreadable', severity: 'error', message, range: { start: 0, end: 0 } },
        ]),
      });
    }
  }

  /** Everything again: the open documents and, when enabled, every closed dataset file. */
  all(): void {
    this.openDocuments();
    const ws = this.ctx.workspace();
    const files = this.options.validateClosed() ? ws.files().filter((f) => ws.isChecked(f)) : [];
    const keep = new Set(files.map((f) => this.ctx.uriOf(f)));
    for (const uri of this.closedPublished) {
      if (!keep.has(uri) && !this.ctx.documents.has(uri)) {
        void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
        this.closedPublished.delete(uri);
      }
    }
    this.closed(files);
  }

  openDocuments(): void {
    for (const uri of this.ctx.documents.keys()) this.schedule(uri, 0);
  }

  openedOrChanged(uri: string): void {
    this.closedPublished.delete(uri);
    this.schedule(uri, 0);
  }

  /** Files whose findings may have changed: open ones are checked again, closed ones queued. */
  dependents(files: string[]): void {
    const closed: string[] = [];
    for (const f of files) {
      const uri = this.ctx.uriOf(f);
      if (this.ctx.documents.has(uri)) this.schedule(uri, 50);
      else closed.push(f);
    }
    if (this.options.validateClosed()) this.closed(closed);
  }

  /** A document the editor closed: its diagnostics are cleared (a closed-file check may publish them again). */
  closed(uriOrFiles: string | string[]): void {
    if (typeof uriOrFiles === 'string') {
      const t = this.pending.get(uriOrFiles);
      if (t) clearTimeout(t);
      this.pending.delete(uriOrFiles);
      void this.ctx.connection.sendDiagnostics({ uri: uriOrFiles, diagnostics: [] });
      return;
    }
    for (const f of uriOrFiles) this.closedQueue.add(f);
    void this.drain();
  }

  private schedule(uri: string, delay: number): void {
    const t = this.pending.get(uri);
    if (t) clearTimeout(t);
    this.pending.set(
      uri,
      setTimeout(() => this.validate(uri), delay),
    );
  }

  private validate(uri: string): void {
    this.pending.delete(uri);
    const td = this.ctx.documents.get(uri);
    if (!td || this.stopped) return;
    if (!this.ready) return; // published once the index is in
    if (this.indexing.size && this.indexing.has(this.ctx.workspace().datasetRootOf(this.ctx.fileOf(uri)))) return; // and once its dataset is
    try {
      const version = td.version;
      const diagnostics = this.ctx.diagnosticsOf(uri);
      if (this.ctx.documents.get(uri)?.version !== version) return; // a newer version will publish
      void this.ctx.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (e) {
      this.ctx.connection.console.error(`validate failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    const collect = this.options.collectGarbage;
    if (collect && td.getText().length >= LARGE_DOCUMENT) {
      if (this.idleCollect) clearTimeout(this.idleCollect);
      this.idleCollect = setTimeout(() => {
        this.idleCollect = undefined;
        if (this.pending.size === 0) collect();
      }, IDLE_COLLECT_MS);
    }
  }

  /** Checks queued closed files in slices, yielding between them so that requests are answered meanwhile. */
  private async drain(): Promise<void> {
    if (this.draining || !this.ready) return;
    this.draining = true;
    try {
      const size = new SliceSize();
      while (this.closedQueue.size && !this.stopped) {
        const started = performance.now();
        const ws = this.ctx.workspace();
        let count = 0;
        for (const file of this.closedQueue) {
          if (size.full(count, performance.now() - started)) break;
          count++;
          this.closedQueue.delete(file);
          const uri = this.ctx.uriOf(file);
          if (this.ctx.documents.has(uri) || !ws.has(file)) continue;
          const diagnostics = this.ctx.toDiagnostics(file, ws.check(file));
          ws.release(file);
          void this.ctx.connection.sendDiagnostics({ uri, diagnostics });
          this.closedPublished.add(uri);
        }
        size.took(count, performance.now() - started);
        await yieldToEvents();
      }
    } finally {
      this.draining = false;
    }
  }
}
