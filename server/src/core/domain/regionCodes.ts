/** What a region's codes in other systems say about where it lies: GB/T 2260 province prefixes, UN/LOCODE countries. */
import type { DatasetContext } from '../dataset';
import { isoRegions, withdrawnCodes } from './codes';

/** ISO 3166-2 code of a Chinese province → its two-digit GB/T 2260 prefix (from China's withdrawn numeric codes: CN-44 → CN-GD). */
const GB_PREFIX = new Map<string, string>();
for (const w of withdrawnCodes.values()) {
  const m = /^CN-(\d{2})$/.exec(w.code);
  if (m) GB_PREFIX.set(w.successor, m[1]!);
}

/** The region and its ancestors, nearest first (ISO parents and dataset parents), cycle-safe. */
export function ancestry(code: string, dataset: DatasetContext): string[] {
  const out: string[] = [];
  let at: string | undefined = code;
  while (at && !out.includes(at) && out.length < 32) {
    out.push(at);
    at = dataset.regions.get(at)?.parent ?? isoRegions.get(at)?.parent;
  }
  return out;
}

/**
 * The GB/T 2260 prefix that a region's code must start with, from its nearest ancestor that says:
 * a Chinese province (44 for CN-GD), or a dataset region with a GB/T code of its own (4403 for a
 * city-level 440300). Null when no ancestor says.
 */
export function expectedGbPrefix(parent: string, dataset: DatasetContext): { prefix: string; from: string } | null {
  for (const a of ancestry(parent, dataset)) {
    const iso = GB_PREFIX.get(a);
    if (iso) return { prefix: iso, from: a };
    const own = dataset.regions.get(a)?.codes?.['GB/T-2260'];
    if (own && /^\d{6}$/.test(own))
      return { prefix: own.endsWith('0000') ? own.slice(0, 2) : own.endsWith('00') ? own.slice(0, 4) : own, from: a };
  }
  return null;
}

/** The ISO country a region lies in, through its ancestors. */
export function countryOf(code: string, dataset: DatasetContext): string | null {
  for (const a of ancestry(code, dataset)) if (isoRegions.get(a)?.level === 'country') return a;
  return null;
}
