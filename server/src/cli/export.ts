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
  if (o.format !== 'json') return toCsv(rows);
  // JSON readers want numbers; an empty amount is null
  const num = (s: string) => (s === '' ? null : Number(s));
  return `${JSON.stringify(rows.map((r) => ({ ...r, amount: num(r.amount), baseline_amount: num(r.baseline_amount) })), null, 2)}\n`;
}
