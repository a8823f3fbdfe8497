/** `policy-plans export`: one row per target, as CSV or JSON, from the same workspace as `check`. */
import { toCsv } from '../core';
import { loadDataset } from './check';

export interface ExportOptions {
  paths: string[];
  cwd: string;
  today: string;
  todayOverride?: string;
  format: string;
}

export function runExport(o: ExportOptions): string {
  const { workspace, targets } = loadDataset(o);
  const rows = targets
    .filter((f) => workspace.kindOf(f) === 'plan')
    .flatMap((f) => {
      // the standing columns need the reference date (--today, else the config's, else today) and the dataset's units
      const rows = workspace.exportRows(f);
      workspace.release(f);
      return rows;
    });
  if (o.format !== 'json') return toCsv(rows);
  // JSON readers want numbers; an empty amount is null
  const num = (s: string) => (s === '' ? null : Number(s));
  return `${JSON.stringify(rows.map((r) => ({ ...r, amount: num(r.amount), baseline_amount: num(r.baseline_amount), latest_amount: num(r.latest_amount) })), null, 2)}\n`;
}
