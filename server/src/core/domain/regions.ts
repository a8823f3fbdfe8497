/** Region codes: ISO 3166-1/-2, China's withdrawn numeric codes, and the dataset's own regions. */
import type { DatasetContext, DatasetRegion } from '../dataset';
import type { Locale } from '../i18n';
import { closest } from '../strings';
import {
  groupMembers,
  isoRegions,
  regionDisplayName,
  withdrawnCodes,
  type IsoRegion,
  type WithdrawnCode,
} from './codes';

export type RegionLookup =
  | { kind: 'iso'; code: string; iso: IsoRegion }
  | { kind: 'withdrawn'; code: string; withdrawn: WithdrawnCode }
  | { kind: 'dataset'; code: string; region: DatasetRegion }
  | { kind: 'unknown'; code: string };

export function lookupRegion(code: string, dataset: DatasetContext): RegionLookup {
  const iso = isoRegions.get(code);
  if (iso) return { kind: 'iso', code, iso };
  const w = withdrawnCodes.get(code);
  if (w) return { kind: 'withdrawn', code, withdrawn: w };
  const d = dataset.regions.get(code);
  if (d) return { kind: 'dataset', code, region: d };
  return { kind: 'unknown', code };
}

const HAN = /[\u3400-\u9fff]/;

/**
 * A region's name in the locale's language. English: the ISO short name, a withdrawn code's name, a dataset
 * region's name. Chinese: a Chinese subdivision's or a dataset region's Chinese name (广东省), a country's
 * or group's from CLDR (Intl.DisplayNames: 德国, 欧盟), else the English name.
 */
export function regionName(code: string, dataset: DatasetContext, locale: Locale = dataset.locale): string | null {
  const l = lookupRegion(code, dataset);
  const chinese = locale.language === 'zh-cn';
  if (l.kind === 'iso') {
    if (chinese && l.iso.nameOriginal && HAN.test(l.iso.nameOriginal)) return l.iso.nameOriginal;
    if (chinese && l.iso.level !== 'subdivision') {
      const name = locale.countryName(l.iso.code);
      if (name) return name;
    }
    return regionDisplayName(l.iso);
  }
  if (l.kind === 'withdrawn') return chinese ? l.withdrawn.nameOriginal : l.withdrawn.name;
  if (l.kind === 'dataset')
    return chinese && l.region.nameOriginal && HAN.test(l.region.nameOriginal) ? l.region.nameOriginal : l.region.name;
  return null;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(sheng|shi|zizhiqu|sar|province|municipality|autonomous region)\b/g, '')
    .replace(/[^a-z0-9\u4e00-\u9fff]/g, '');
}

/**
 * The ISO 3166 codes by their names as `normalise` reads them (name, short name, name in the original script),
 * indexed on the first question. A workspace keeps one for all its datasets: normalising every ISO name for each
 * unknown code took most of an edit's time in a plan with one unknown region.
 */
export class IsoNameIndex {
  private byName: Map<string, string[]> | null = null;

  /** The codes one of whose names reads as `name`, in ISO order. */
  codesNamed(name: string): readonly string[] {
    if (!this.byName) {
      const byName = new Map<string, string[]>();
      for (const r of isoRegions.values()) {
        const names = new Set([r.name, r.shortName ?? '', r.nameOriginal ?? ''].map(normalise).filter(Boolean));
        for (const n of names) {
          const codes = byName.get(n);
          if (codes) codes.push(r.code);
          else byName.set(n, [r.code]);
        }
      }
      this.byName = byName;
    }
    return this.byName.get(name) ?? [];
  }
}

/** The codes closest to an unknown one: same code in other case, a name match, then by spelling. */
export function suggestRegions(code: string, dataset: DatasetContext, limit = 3): string[] {
  const upper = code.toUpperCase();
  if (upper !== code && (isoRegions.has(upper) || withdrawnCodes.has(upper))) return [upper];
  const lower = code.toLowerCase();
  if (lower !== code && dataset.regions.has(lower)) return [lower];
  const out: string[] = [];
  // by name: "guangdong", "CN-Guangdong", "深圳"
  const tail = normalise(code.replace(/^[A-Za-z]{2}-/, ''));
  if (tail.length >= 3) {
    out.push(...dataset.isoNames.codesNamed(tail));
    for (const r of dataset.regions.values())
      if ([r.name, r.nameOriginal ?? ''].map(normalise).some((n) => n === tail)) out.push(r.id);
  }
  // Chinese names are often written without 省/市/自治区: 深圳 for 深圳市
  if (out.length === 0 && /[\u4e00-\u9fff]/.test(code)) {
    for (const r of dataset.regions.values()) if (r.nameOriginal?.startsWith(code)) out.push(r.id);
    for (const r of isoRegions.values()) if (r.nameOriginal?.startsWith(code)) out.push(r.code);
  }
  if (out.length) return out.slice(0, limit);
  // an abbreviation of a dataset region's name (CN-SZ: Shenzhen, by its initials s…z, or its UN/LOCODE CN SZX)
  // comes before codes that are only spelt alike (CN-GZ is Guizhou, not Guangzhou)
  const abbreviated = /^[a-z]{2,3}$/i.test(tail) ? datasetByAbbreviation(tail, countryPart(upper), dataset) : [];
  // by spelling, among codes of the same country first
  const country = /^([A-Z]{2})-/.exec(upper)?.[1];
  const pool: string[] = [];
  for (const c of isoRegions.keys()) if (!country || c.startsWith(`${country}-`) || c === country) pool.push(c);
  for (const id of dataset.regions.keys()) pool.push(id);
  const spelt = closest(code, pool, { limit, maxDistance: Math.max(1, Math.min(2, Math.floor(code.length / 3))) });
  return [...new Set([...abbreviated, ...spelt])].slice(0, limit);
}

function countryPart(code: string): string | undefined {
  return /^([A-Z]{2})-/.exec(code)?.[1];
}

/** Whether the letters of `abbr` appear in order in `name`, starting with its first letter. */
function abbreviates(abbr: string, name: string): boolean {
  const first = abbr[0];
  if (first === undefined || !name.startsWith(first)) return false;
  let i = 1;
  for (let j = 1; j < name.length && i < abbr.length; j++) if (name[j] === abbr[i]) i++;
  return i === abbr.length;
}

/** Dataset regions (of the code's country, when it names one) whose name or UN/LOCODE the letters abbreviate. */
function datasetByAbbreviation(tail: string, inCountry: string | undefined, dataset: DatasetContext): string[] {
  const out: string[] = [];
  for (const r of dataset.regions.values()) {
    const locode = r.codes?.['UN/LOCODE'];
    if (inCountry && locode && !locode.startsWith(`${inCountry} `)) continue;
    if (inCountry && !locode && r.parent && !r.parent.startsWith(inCountry)) continue;
    const byCode = locode ? locode.slice(3).toLowerCase().startsWith(tail) : false;
    if (byCode || abbreviates(tail, normalise(r.name))) out.push(r.id);
  }
  return out;
}

/** Names a code for a message in the locale's language: "CN-GD (Guangdong)" / "CN-GD（广东省）". */
export function codeWithName(code: string, dataset: DatasetContext, locale: Locale = dataset.locale): string {
  const name = regionName(code, dataset, locale);
  return name ? locale.t('region.code-with-name', { code, name }) : code;
}

/** Parents of a region: its ISO parent, or the dataset region's parent; withdrawn codes through their successor. */
function parentsOf(code: string, dataset: DatasetContext): string[] {
  const l = lookupRegion(code, dataset);
  if (l.kind === 'iso') return l.iso.parent ? [l.iso.parent] : [];
  if (l.kind === 'withdrawn') return [l.withdrawn.successor];
  if (l.kind === 'dataset') return l.region.parent ? [l.region.parent] : [];
  return [];
}

function membersOf(code: string, dataset: DatasetContext): string[] {
  const d = dataset.regions.get(code);
  if (d && d.includes.length) return d.includes;
  return groupMembers.get(code) ?? [];
}

/**
 * Whether `region` lies inside `area`: the same region, a descendant through parents, inside one
 * member of a group area, or a group all of whose members lie inside. Null when either is unknown.
 */
export function isInside(regionCode: string, areaCode: string, dataset: DatasetContext): boolean | null {
  let region = regionCode;
  let area = areaCode;
  if (lookupRegion(region, dataset).kind === 'unknown' || lookupRegion(area, dataset).kind === 'unknown') return null;
  // a withdrawn code stands for its successor
  region = withdrawnCodes.get(region)?.successor ?? region;
  area = withdrawnCodes.get(area)?.successor ?? area;
  const memo = new Map<string, boolean>();
  const inside = (r: string, a: string, depth: number): boolean => {
    if (r === a) return true;
    if (depth > 32) return false;
    const key = `${r} ${a}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false); // guards cycles
    let result = parentsOf(r, dataset).some((p) => inside(p, a, depth + 1));
    if (!result) result = membersOf(a, dataset).some((m) => inside(r, m, depth + 1));
    if (!result) {
      const members = membersOf(r, dataset);
      result = members.length > 0 && members.every((m) => inside(m, a, depth + 1));
    }
    memo.set(key, result);
    return result;
  };
  return inside(region, area, 0);
}

/**
 * A region and its ancestors, the region first: shenzhen → CN-GD → CN. Withdrawn codes go through
 * their successor; the first parent wins; a cycle stops the walk.
 */
export function regionChain(code: string, dataset: DatasetContext): string[] {
  const chain = [code];
  const seen = new Set(chain);
  for (let c = code; ;) {
    const next = parentsOf(c, dataset)[0];
    if (next === undefined || seen.has(next)) return chain;
    chain.push(next);
    seen.add(next);
    c = next;
  }
}
