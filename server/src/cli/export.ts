/** `policy-plans export`: one row per target, as CSV or JSON. */
import { exportRows, toCsv, type TargetRow } from '../core/exportRows';
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
  return rowsAsJson(rows);
}

/**
 * JSON readers want numbers: amounts are JSON number tokens with the exact digits of the CSV (JSON numbers
 * have no precision limit; JSON.stringify would round through a double, 12345678901234567891 to
 * 12345678901234567000, and write 1e21 as 1e+21). An empty amount is null.
 */
function rowsAsJson(rows: TargetRow[]): string {
  const marker = `\u0000number-${Math.random().toString(36).slice(2)}:`;
  const num = (s: string) => (s === '' ? null : `${marker}${s}`);
  const text = JSON.stringify(rows.map((r) => ({ ...r, amount: num(r.amount), baseline_amount: num(r.baseline_amount) })), null, 2);
  const quoted = JSON.stringify(marker).slice(0, -1);
  return `${text.split(quoted).map((part, i) => (i === 0 ? part : part.replace(/^([-0-9.]+)"/, '$1'))).join('')}\n`;
}
