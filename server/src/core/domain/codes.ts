/** The generated code lists (ISO 3166, ISO 4217), China's withdrawn codes, FX reference rates, units. */
import iso3166 from '../data/iso3166.json';
import currencies from '../data/currencies.json';
import cnWithdrawn from '../data/cn-withdrawn.json';
import fxRates from '../data/fx-rates.json';
import units from '../data/units.json';
import euMembers from '../data/eu-members.json';

export interface IsoRegion {
  code: string;
  name: string;
  shortName?: string;
  parent?: string;
  level: 'country' | 'subdivision' | 'supranational';
  nameOriginal?: string;
}

export interface WithdrawnCode {
  code: string;
  successor: string;
  name: string;
  nameOriginal: string;
}

export interface Currency {
  code: string;
  name: string;
  minorUnits: number | null;
}

export interface UnitDef {
  id: string;
  description?: string;
  dimension?: string;
  factor?: number;
  aliases?: string[];
}

const cnNames = cnWithdrawn.names as Record<string, string>;

export const isoRegions = new Map<string, IsoRegion>();
for (const c of iso3166.countries as Array<{ code: string; name: string; reserved?: boolean }>) {
  isoRegions.set(c.code, { code: c.code, name: c.name, level: c.reserved ? 'supranational' : 'country' });
}
for (const s of iso3166.subdivisions as Array<{ code: string; name: string; parent: string; shortName?: string }>) {
  isoRegions.set(s.code, {
    code: s.code,
    name: s.name,
    shortName: s.shortName,
    parent: s.parent,
    level: 'subdivision',
    nameOriginal: cnNames[s.code],
  });
}

/** The ISO subdivisions directly inside each ISO code (a country's provinces, a province's cities), in code order. */
export const isoChildren: ReadonlyMap<string, readonly string[]> = childrenOf(isoRegions);

function childrenOf(regions: ReadonlyMap<string, IsoRegion>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of regions.values()) {
    if (!r.parent) continue;
    const list = out.get(r.parent);
    if (list) list.push(r.code);
    else out.set(r.parent, [r.code]);
  }
  return out;
}

export const withdrawnCodes = new Map<string, WithdrawnCode>(
  (cnWithdrawn.codes as WithdrawnCode[]).map((c) => [c.code, c]),
);

/** Members of supranational groupings such as the EU (a region inside a member is inside the group). */
export const groupMembers = new Map<string, string[]>([['EU', euMembers.members as string[]]]);

export const currencyList: Currency[] = (currencies.currencies as Currency[]).map((c) => ({
  code: c.code,
  name: c.name,
  minorUnits: c.minorUnits,
}));
export const currencyByCode = new Map(currencyList.map((c) => [c.code, c]));

/** Everyday words and symbols for currencies, and the codes they mean. */
export const currencyWords: Record<string, string[]> = {
  rmb: ['CNY'],
  yuan: ['CNY'],
  renminbi: ['CNY'],
  元: ['CNY'],
  人民币: ['CNY'],
  '¥': ['CNY', 'JPY'],
  '￥': ['CNY', 'JPY'],
  yen: ['JPY'],
  円: ['JPY'],
  $: ['USD'],
  us$: ['USD'],
  usd$: ['USD'],
  dollar: ['USD'],
  dollars: ['USD'],
  '€': ['EUR'],
  euro: ['EUR'],
  euros: ['EUR'],
  '£': ['GBP'],
  pound: ['GBP'],
  sterling: ['GBP'],
  won: ['KRW'],
  '₩': ['KRW'],
  rupee: ['INR'],
  rupees: ['INR'],
  '₹': ['INR'],
  hk$: ['HKD'],
  ntd: ['TWD'],
  nt$: ['TWD'],
  rub: ['RUB'],
};

export const fx = {
  source: fxRates.source as string,
  rates: fxRates.rates as Record<string, Record<string, number>>,
};

export const builtinUnits: UnitDef[] = units.units as UnitDef[];

export const codeListSources = {
  iso3166: iso3166.source,
  currencies: currencies.source,
  withdrawn: cnWithdrawn.source as string,
  fx: fxRates.source as string,
};

/** A display name for an ISO region: the short name where there is one ("Guangdong"). */
export function regionDisplayName(r: IsoRegion): string {
  return r.shortName ?? r.name;
}
