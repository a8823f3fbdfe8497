/**
 * policyPlans/overview: the dataset overview (core/overview) of the given folders, with places as URIs and
 * 0-based line/character, for the VS Code webview and any other editor. See docs/editors.md.
 *
 * Like policyPlans/checkDataset it reads the folders first (what changed on disk since the index, in slices
 * that yield to other requests), so that the picture matches the files even without watcher events.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { withFiles } from '../../core';
import type { ServerContext } from '../context';
import { readIntoWorkspace } from '../publisher';

export interface OverviewParams {
  /** Folder URIs (the workspace folders); each file of them belongs to its own dataset. */
  uris: string[];
}

export function registerOverview(ctx: ServerContext): void {
  ctx.connection.onRequest('policyPlans/overview', async (p: OverviewParams) => {
    if (!p || !Array.isArray(p.uris) || p.uris.some((u) => typeof u !== 'string'))
      throw new ResponseError(ErrorCodes.InvalidParams, ctx.locale().t('server.overview.bad-params'));
    const ws = ctx.workspace();
    const files = [...new Set(p.uris.flatMap((u) => ctx.files().walk(ctx.fileOf(u)).files))];
    await readIntoWorkspace(ctx, files);
    return ctx.guard('overview', () => {
      for (const uri of ctx.documents.keys()) ctx.sync(uri);
      // with the session's language, in which the webview's renderer says its words
      return {
        ...withFiles(ws.overview(files.filter((f) => ws.has(f))), (f) => ctx.uriOf(f)),
        language: ctx.locale().language,
      };
    })(p);
  });
}
