/** Reference exchange rates (units per USD, annual averages), with the dataset config's overrides. */
import type { DatasetContext } from '../dataset';
import { deadlineOf, type PlanModel } from '../model';
import { get, type YNode } from '../yaml/tree';
import { fx } from './codes';

export function rateFor(currency: string, year: number, dataset: DatasetContext): number | null {
  if (currency === 'USD') return 1;
  const own = dataset.config.fx[currency]?.[String(year)];
  if (typeof own === 'number') return own;
  const r = fx.rates[currency]?.[String(year)];
  return typeof r === 'number' ? r : null;
}

/** The year of the table nearest to `year` that has both currencies. */
export function referenceYear(a: string, b: string, year: number, dataset: DatasetContext): number | null {
  for (let d = 0; d <= 30; d++) {
    for (const y of d === 0 ? [year] : [year - d, year + d]) {
      if (rateFor(a, y, dataset) !== null && rateFor(b, y, dataset) !== null) return y;
    }
  }
  return null;
}

/** Units of `from` per one unit of `to` in a year, e.g. CNY per USD. */
export function crossRate(from: string, to: string, year: number, dataset: DatasetContext): number | null {
  const a = rateFor(from, year, dataset);
  const b = rateFor(to, year, dataset);
  return a !== null && b !== null ? a / b : null;
}

/**
 * The reference rate (units of `from` per one `to`) for a target's stated equivalent: for the year the
 * plan was published, else the target's deadline year, moved to the nearest year the table has.
 */
export function referenceRate(
  plan: PlanModel,
  target: YNode | null,
  from: string,
  to: string,
  dataset: DatasetContext,
): { year: number; rate: number } | null {
  const wanted = plan.published
    ? Number(plan.published.slice(0, 4))
    : Number(deadlineOf(get(target, 'deadline'))?.end.slice(0, 4) ?? NaN);
  if (!Number.isFinite(wanted)) return null;
  const year = referenceYear(from, to, wanted, dataset);
  if (year === null) return null;
  const rate = crossRate(from, to, year, dataset);
  return rate ? { year, rate } : null;
}
