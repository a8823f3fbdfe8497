/** The LSP side of one feature; the work itself is in server/src/core/features. */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { kindOfFile, parseDocument } from '../../core/engine';
import type { Finding } from '../../core/types';
import { readText } from '../../node/workspace';
import { toDiagnostic } from '../convert';
import type { ServerContext } from '../context';

/** policyPlans/checkDataset: checks every file of a folder and publishes the results (the Check Whole Dataset command). */
export function registerCheckDataset(ctx: ServerContext): void {
  ctx.connection.onRequest(
    'policyPlans/checkDataset',
    ctx.guard('checkDataset', (p: { uri?: string }) => {
      if (!p || typeof p.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'policyPlans/checkDataset needs { uri } of a folder');
      const root = ctx.fileOf(p.uri);
      const files = ctx.index.list([root]);
      for (const f of files) if (!ctx.documents.has(ctx.uriOf(f))) ctx.index.indexFile(f);
      let errors = 0;
      let warnings = 0;
      for (const file of files) {
        const uri = ctx.uriOf(file);
        let findings: Finding[];
        let td = ctx.documents.get(uri);
        if (td) findings = ctx.findingsOf(uri);
        else {
          const text = readText(file);
          td = TextDocument.create(uri, 'yaml', 0, text);
          findings = ctx.engine.check(parseDocument(text, ctx.index.get(file)?.kind ?? kindOfFile(file)), ctx.datasetFor(uri), file);
          ctx.markClosedPublished(uri);
        }
        errors += findings.filter((f) => f.severity === 'error').length;
        warnings += findings.filter((f) => f.severity === 'warning').length;
        const doc = td;
        void ctx.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(doc, f, ctx.relatedRange)) });
      }
      return { files: files.length, errors, warnings };
    }),
  );
}
