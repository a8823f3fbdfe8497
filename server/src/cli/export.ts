/** `policy-plans export`: one row per target (and per measure), as CSV or JSON. */
import * as path from 'node:path';
import type { DatasetContext } from '../core/dataset';
import { exportRows, ROW_COLUMNS, toCsv, type RowSelection } from '../core/exportRows';
import { buildDataset, collectFiles, datasetFilesAround, loadFile, type LoadedFile } from '../node/workspace';

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
  const loaded = new Map<string, LoadedFile>();
  const load = (f: string): LoadedFile => {
    let l = loaded.get(f);
    if (!l) loaded.set(f, (l = loadFile(f)));
    return l;
  };
  // each plan's dataset (its config's folder, else its own folder), for the regions' parent chains
  const datasets = new Map<string, DatasetContext>();
  const datasetOf = (f: LoadedFile): DatasetContext => {
    const root = f.config?.dir ?? path.dirname(f.file);
    let d = datasets.get(root);
    if (!d) datasets.set(root, (d = buildDataset([...new Set([...datasetFilesAround(f.file, root), f.file])].map(load), o.todayOverride ?? o.today, f.config)));
    return d;
  };
  const rows = collectFiles(o.paths, o.cwd)
    .map(load)
    .filter((f) => f.doc.kind === 'plan')
    .flatMap((f) => exportRows(f.doc, { rows: o.rows, dataset: datasetOf(f) }));
  if (o.format !== 'json') return toCsv(rows, { bom: o.bom });
  // JSON readers want numbers; an empty amount is null
  const num = (s: string) => (s === '' ? null : Number(s));
  return `${JSON.stringify(rows.map((r) => Object.fromEntries(ROW_COLUMNS.map((c) => [c, c === 'amount' || c === 'baseline_amount' ? num(r[c]) : r[c]]))), null, 2)}\n`;
}
