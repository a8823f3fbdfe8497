/** `policy-plans export`: one row per target, as CSV or JSON. */
import { exportRows, toCsv } from '../core/exportRows';
import { collectFiles, loadFile } from '../node/workspace';

export interface ExportOptions {
  paths: string[];
  cwd: string;
  today: string;
  todayOverride?: string;
  format: string;
}

export function runExport(o: ExportOptions): string {
  const rows = collectFiles(o.paths, o.cwd)
    .map(loadFile)
    .filter((f) => f.doc.kind === 'plan')
    .flatMap((f) => exportRows(f.doc));
  return o.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : toCsv(rows);
}
