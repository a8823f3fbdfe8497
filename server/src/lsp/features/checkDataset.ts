/**
 * policyPlans/checkDataset: checks every file of a folder and publishes the results (the Check Whole
 * Dataset command). Works in slices that yield to other requests, honours cancellation, reports progress,
 * and treats a file that vanished meanwhile as removed.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { readIntoWorkspace, walkInSlices, yieldToEvents } from '../publisher';
import { SliceSize } from '../slices';

export function registerCheckDataset(ctx: ServerContext): void {
  ctx.connection.onRequest('policyPlans/checkDataset', async (p: { uri?: string }, token: CancellationToken) => {
    if (!p || typeof p.uri !== 'string')
      throw new ResponseError(ErrorCodes.InvalidParams, ctx.locale().t('server.check-dataset.bad-params'));
    const root = ctx.fileOf(p.uri);
    const ws = ctx.workspace();
    const files = (await walkInSlices(ctx, root)).files;
    const progress = await ctx.connection.window.createWorkDoneProgress().catch(() => null);
    const locale = ctx.locale();
    progress?.begin(
      locale.t('server.progress.checking'),
      0,
      locale.t('server.progress.files', { count: String(files.length) }),
      true,
    );
    let errors = 0;
    let warnings = 0;
    let checked = 0;
    try {
      // read first (what changed on disk since the index), then check: every file sees the whole dataset
      const cancelled = () => token.isCancellationRequested || !!progress?.token.isCancellationRequested;
      if (!(await readIntoWorkspace(ctx, files, { cancelled })))
        throw new ResponseError(LSPErrorCodes.RequestCancelled, locale.t('server.cancelled'));
      const size = new SliceSize();
      for (let i = 0; i < files.length;) {
        if (token.isCancellationRequested || progress?.token.isCancellationRequested)
          throw new ResponseError(LSPErrorCodes.RequestCancelled, locale.t('server.cancelled'));
        const started = performance.now();
        let count = 0;
        while (i < files.length && !size.full(count, performance.now() - started)) {
          const file = files[i++]!;
          count++;
          const uri = ctx.uriOf(file);
          if (ctx.documents.has(uri)) ctx.sync(uri);
          if (!ws.has(file)) continue;
          const findings = ws.check(file);
          checked++;
          errors += findings.filter((f) => f.severity === 'error').length;
          warnings += findings.filter((f) => f.severity === 'warning').length;
          void ctx.connection.sendDiagnostics({ uri, diagnostics: ctx.toDiagnostics(file, findings) });
          if (!ctx.documents.has(uri)) {
            ctx.markClosedPublished(uri);
            ws.release(file);
          }
        }
        size.took(count, performance.now() - started);
        progress?.report(Math.round((i / Math.max(files.length, 1)) * 100));
        await yieldToEvents();
      }
    } finally {
      progress?.done();
    }
    return { files: checked, errors, warnings };
  });
}
