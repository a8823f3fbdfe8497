/** `policy-plans export`: one row per target, as CSV or JSON. */
import { exportRows, toCsv } from '../core/exportRows';
import { buildDataset, collectFiles, loadFile } from '../node/workspace';

export interface ExportOptions {
  paths: string[];
  cwd: string;
  today: string;
  todayOverride?: string;
  format: string;
}

export function runExport(o: ExportOptions): string {
  const files = collectFiles(o.paths, o.cwd).map(loadFile);
  // the standing columns need the reference date (--today, else the config's, else today) and the dataset's units
  const dataset = buildDataset(files, o.today, files[0]?.config ?? null);
  if (o.todayOverride) dataset.referenceDate = o.todayOverride;
  const rows = files.filter((f) => f.doc.kind === 'plan').flatMap((f) => exportRows(f.doc, { dataset }));
  if (o.format !== 'json') return toCsv(rows);
  // JSON readers want numbers; an empty amount is null
  const num = (s: string) => (s === '' ? null : Number(s));
  return `${JSON.stringify(rows.map((r) => ({ ...r, amount: num(r.amount), baseline_amount: num(r.baseline_amount), latest_amount: num(r.latest_amount) })), null, 2)}\n`;
}
