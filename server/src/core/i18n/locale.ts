/**
 * A Locale: the catalogue and the number, amount and list forms of one language. The workspace makes its own
 * from its `language` setting (`createLocale`: it takes each message's template apart once, when first said);
 * rules and features take it from the dataset context. `localeOf` gives a shared one, which takes a template apart
 * each time it is said. What a locale says never changes.
 */
import { amountInChinese, amountInWords } from '../domain/money';
import { catalogue, type MessageKey } from './catalogue';
import { compileTemplate, formatCompiled, formatNumber, intlTag, type CompiledTemplate, type Params } from './format';
import type { Language } from './language';

export interface Locale {
  readonly language: Language;
  /** A catalogue message with its parameters filled in. */
  t(key: MessageKey, params?: Params): string;
  /** A catalogue message by a key built at run time (a rule's id + '.description'); the key itself when absent. */
  tKey(key: string, params?: Params): string;
  /** A number in running text: 1,600; 1,929.74. */
  number(n: number): string;
  /** A large amount in the language's scale words: "300 billion" / "3000亿"; small amounts in full. */
  scaled(n: number): string;
  /** An amount of money: "300 billion CNY" / "3000亿元人民币", "41.12 billion USD" / "411.2亿美元". */
  money(n: number, currency: string): string;
  /** A country's or group's name from CLDR in the language (中国, 欧盟); null when CLDR has none. */
  countryName(code: string): string | null;
  /** A currency's name: the ISO 4217 list's English (`fallback`) in English; in Chinese CLDR's (人民币, 美元). */
  currencyName(code: string, fallback: string): string;
  /** "a, b and c" / "a、b和c"; `or`: "a, b or c" / "a、b或c"; `comma` (alternatives offered): "a, b, c" / "a、b、c". */
  list(items: readonly string[], type?: 'and' | 'or' | 'comma'): string;
}

/** Chinese names of the currencies analysts meet most; others keep their ISO 4217 code. */
const ZH_CURRENCY: Readonly<Record<string, string>> = {
  CNY: '元人民币',
  USD: '美元',
  EUR: '欧元',
  JPY: '日元',
  GBP: '英镑',
  HKD: '港元',
  MOP: '澳门元',
  TWD: '新台币',
  KRW: '韩元',
  SGD: '新加坡元',
  AUD: '澳元',
  CAD: '加元',
  CHF: '瑞士法郎',
  RUB: '卢布',
  INR: '印度卢比',
};

/** The scale words of domain/money: "300 billion" in English, "3000亿" in Chinese (in full under 10,000). */
function scaledIn(n: number, language: Language): string {
  return language === 'zh-cn' ? (amountInChinese(n) ?? formatNumber(n, language)) : amountInWords(n);
}

/** A message's template, taken apart: null when the catalogue has no such key. */
type Templates = (key: string) => CompiledTemplate | null;

function makeLocale(language: Language, templates: Templates): Locale {
  const tag = intlTag(language);
  // ICU's objects are made when first asked for (~5 ms of a start for the English ones), once per locale
  let currencies: Intl.DisplayNames | undefined;
  let countries: Intl.DisplayNames | undefined;
  let lists: { and: Intl.ListFormat; or: Intl.ListFormat } | undefined;
  return Object.freeze({
    countryName: (code: string) => {
      try {
        countries ??= new Intl.DisplayNames(tag, { type: 'region', fallback: 'none' });
        const name = countries.of(code);
        return name && name !== code ? name : null;
      } catch {
        return null; // not a region code CLDR takes
      }
    },
    currencyName: (code: string, fallback: string) => {
      if (language === 'en' || !/^[A-Z]{3}$/.test(code)) return fallback;
      currencies ??= new Intl.DisplayNames(tag, { type: 'currency', fallback: 'none' });
      const name = currencies.of(code);
      return name && name !== code ? name : fallback;
    },
    language,
    t: (key: MessageKey, params: Params = {}) => formatCompiled(templates(key)!, params, language),
    tKey: (key: string, params: Params = {}) => {
      const template = templates(key);
      return template === null ? key : formatCompiled(template, params, language);
    },
    number: (n: number) => formatNumber(n, language),
    scaled: (n: number) => scaledIn(n, language),
    money: (n: number, currency: string) => {
      if (language === 'zh-cn') {
        const word = ZH_CURRENCY[currency];
        return word ? `${scaledIn(n, language)}${word}` : `${scaledIn(n, language)} ${currency}`;
      }
      return `${scaledIn(n, language)} ${currency}`;
    },
    list: (items: readonly string[], type: 'and' | 'or' | 'comma' = 'and') => {
      if (type === 'comma') return items.join(language === 'zh-cn' ? '、' : ', ');
      if (language === 'en') {
        // the tool's English has always been "a, b or c" (no serial comma)
        if (items.length <= 1) return items.join('');
        return `${items.slice(0, -1).join(', ')} ${type} ${items[items.length - 1]}`;
      }
      lists ??= {
        and: new Intl.ListFormat(tag, { type: 'conjunction' }),
        or: new Intl.ListFormat(tag, { type: 'disjunction' }),
      };
      return lists[type].format(items);
    },
  });
}

/** A message's template in a language, taken apart; null when the catalogue has no such key. */
function compiledOf(language: Language, key: string): CompiledTemplate | null {
  const e = (catalogue as Readonly<Record<string, { en: string; zh: string }>>)[key];
  return e ? compileTemplate(language === 'zh-cn' ? e.zh : e.en) : null;
}

const LOCALES: Readonly<Record<Language, Locale>> = Object.freeze({
  en: makeLocale('en', (key) => compiledOf('en', key)),
  'zh-cn': makeLocale('zh-cn', (key) => compiledOf('zh-cn', key)),
});

/**
 * A locale of its own, which takes each message's template apart once, when first said (a check of a dataset says
 * thousands of messages from a few dozen templates): for an object that lives as long as its messages are said
 * (a workspace), not for the module's own use.
 */
export function createLocale(language: Language): Locale {
  const compiled = new Map<string, CompiledTemplate | null>();
  return makeLocale(language, (key) => {
    let c = compiled.get(key);
    if (c === undefined) compiled.set(key, (c = compiledOf(language, key)));
    return c;
  });
}

/** The (shared, frozen) locale of a language. */
export function localeOf(language: Language): Locale {
  return LOCALES[language];
}
