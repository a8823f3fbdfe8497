/** `policy-plans export`: one row per target (and per measure), as CSV or JSON, from the same workspace as `check`. */
import { ROW_COLUMNS, toCsv, type RowSelection } from '../core';
import { loadDataset } from './check';

export interface ExportOptions {
  paths: string[];
  cwd: string;
  today: string;
  todayOverride?: string;
  format: string;
  /** targets (default), measures or all */
  rows?: RowSelection;
  /** Start the CSV with a UTF-8 byte-order mark (for Excel). */
  bom?: boolean;
}

export function runExport(o: ExportOptions): string {
  const { workspace, targets } = loadDataset(o);
  const rows = targets
    .filter((f) => workspace.kindOf(f) === 'plan')
    .flatMap((f) => {
      // the standing columns need the reference date (--today, else the config's, else today) and the dataset's units
      const rows = workspace.exportRows(f, { rows: o.rows });
      workspace.release(f);
      return rows;
    });
  if (o.format !== 'json') return toCsv(rows, { bom: o.bom });
  // JSON readers want numbers; an empty amount is null
  const num = (s: string) => (s === '' ? null : Number(s));
  const numeric = new Set(['amount', 'baseline_amount', 'latest_amount']);
  return `${JSON.stringify(rows.map((r) => Object.fromEntries(ROW_COLUMNS.map((c) => [c, numeric.has(c) ? num(r[c]) : r[c]]))), null, 2)}\n`;
}
