/** Quantity units: the built-in list plus the dataset config's, and which ones compare. */
import type { DatasetContext } from '../dataset';
import { builtinUnits, type UnitDef } from './codes';

export function allUnits(dataset: DatasetContext): UnitDef[] {
  return dataset.config.units.length ? [...builtinUnits, ...dataset.config.units] : builtinUnits;
}

export function findUnit(id: string, dataset: DatasetContext): UnitDef | undefined {
  const units = allUnits(dataset);
  const lower = id.toLowerCase();
  return (
    units.find((u) => u.id === id) ??
    units.find((u) => u.aliases?.includes(id)) ??
    units.find((u) => u.id.toLowerCase() === lower || u.aliases?.some((a) => a.toLowerCase() === lower))
  );
}

/** Converts a value to the base unit of its dimension; null when the two cannot be compared. */
export function comparable(a: string, b: string, dataset: DatasetContext): { fa: number; fb: number } | null {
  if (a === b) return { fa: 1, fb: 1 };
  const ua = findUnit(a, dataset);
  const ub = findUnit(b, dataset);
  if (ua && ub && ua.id === ub.id) return { fa: 1, fb: 1 };
  if (!ua || !ub || !ua.dimension || ua.dimension !== ub.dimension) return null;
  if (typeof ua.factor !== 'number' || typeof ub.factor !== 'number') return null;
  return { fa: ua.factor, fb: ub.factor };
}
