/** `policy-plans export`: one row per target (and per measure), as CSV or JSON, from the same workspace as `check`. */
import { ROW_COLUMNS, toCsv, type Language, type RowSelection, type TargetRow } from '../core';
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
  /** The language of the words in the rows (standing lines) and of the messages. */
  language?: Language;
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
  return rowsAsJson(rows);
}

const NUMERIC = new Set<string>(['amount', 'baseline_amount', 'latest_amount']);

/**
 * JSON readers want numbers: amounts are JSON number tokens with the exact digits of the CSV (JSON numbers
 * have no precision limit; JSON.stringify would round through a double, 12345678901234567891 to
 * 12345678901234567000, and write 1e21 as 1e+21). An empty amount is null. Keys follow the CSV's columns.
 */
function rowsAsJson(rows: TargetRow[]): string {
  const marker = `\u0000number-${Math.random().toString(36).slice(2)}:`;
  const num = (s: string) => (s === '' ? null : `${marker}${s}`);
  const text = JSON.stringify(
    rows.map((r) => Object.fromEntries(ROW_COLUMNS.map((c) => [c, NUMERIC.has(c) ? num(r[c]) : r[c]]))),
    null,
    2,
  );
  const quoted = JSON.stringify(marker).slice(0, -1);
  return `${text
    .split(quoted)
    .map((part, i) => (i === 0 ? part : part.replace(/^([-0-9.]+)"/, '$1')))
    .join('')}\n`;
}
