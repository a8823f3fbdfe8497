/**
 * Names in the reader's language: a region's, an indicator's, a unit's description (a currency's: Locale.currencyName). In Chinese the Chinese name comes
 * first and the English one goes in brackets ("广东省（Guangdong）"); in English the other way round.
 */
import type { DatasetContext } from '../dataset';
import type { IsoRegion, UnitDef } from '../domain/codes';
import { regionDisplayName } from '../domain/codes';
import { regionName } from '../domain/regions';
import { localeOf, type Locale } from '../i18n';

const CJK = /[\u3400-\u9fff]/;

export interface LocalNames {
  name: string;
  /** The name in the other language, shown in brackets. */
  original?: string;
}

/** A name with its original-language form: the Chinese one first for a Chinese reader. */
export function localNames(locale: Locale, name: string, original: string | undefined | null): LocalNames {
  if (locale.language === 'zh-cn' && original && CJK.test(original) && original !== name)
    return { name: original, original: name };
  return { name, original: original ?? undefined };
}

/**
 * An ISO region's names: "Guangdong" (广东省); for a Chinese reader 广东省 (Guangdong), 德国 (Germany), 欧盟 (European
 * Union) — the name domain/regions.ts regionName gives in the locale's language, with the English one beside.
 */
export function isoRegionNames(r: IsoRegion, dataset: DatasetContext, locale: Locale): LocalNames {
  const display = regionDisplayName(r);
  const name = locale.language === 'en' ? display : (regionName(r.code, dataset, locale) ?? display);
  return name !== display ? { name, original: display } : { name: display, original: r.nameOriginal };
}

/**
 * A unit's description in the reader's language: a built-in unit's from the catalogue (unit-doc.<id>); a
 * dataset's own description as written.
 */
export function unitDescription(u: UnitDef, locale: Locale): string | undefined {
  if (!u.description || locale.language === 'en') return u.description;
  const key = `unit-doc.${u.id}`;
  // the catalogue's text only for the built-in unit's own description (a dataset may describe its unit otherwise)
  return localeOf('en').tKey(key) === u.description ? locale.tKey(key) : u.description;
}
