/**
 * The renderer's words in the page's language, from the message catalogue's report part (bundled alone, not
 * the whole catalogue). The language: the overview's `language` (the server's, in the VS Code webview), else
 * the page's `<html lang>` (the HTML report), else English.
 */
import { report } from '../../server/src/core/i18n/catalogue/report';
import { formatTemplate, type Params } from '../../server/src/core/i18n/format';
import type { Language } from '../../server/src/core/i18n/language';

export type ReportKey = keyof typeof report;

export interface Words {
  readonly language: Language;
  t(key: ReportKey, params?: Params): string;
  /** A standing or status as the views show it (the code in English). */
  standing(s: string): string;
}

const STANDING: Readonly<Record<string, ReportKey>> = {
  met: 'report.standing.met',
  achieved: 'report.standing.achieved',
  'on-track': 'report.standing.on-track',
  active: 'report.standing.active',
  'not-yet-due': 'report.standing.not-yet-due',
  behind: 'report.standing.behind',
  missed: 'report.standing.missed',
  revised: 'report.standing.revised',
  withdrawn: 'report.standing.withdrawn',
  'no-data': 'report.standing.no-data',
};

const isChinese = (tag: string | null | undefined) => /^zh(?:$|[-_])/i.test((tag ?? '').trim());

export function languageOfPage(data: unknown, doc: Document | undefined): Language {
  const given = (data as { language?: unknown } | null)?.language;
  if (typeof given === 'string') return isChinese(given) ? 'zh-cn' : 'en';
  return isChinese(doc?.documentElement.lang) ? 'zh-cn' : 'en';
}

export function wordsOf(language: Language): Words {
  const t = (key: ReportKey, params: Params = {}) =>
    formatTemplate(language === 'zh-cn' ? report[key].zh : report[key].en, params, language);
  return {
    language,
    t,
    standing: (s) => {
      const key = STANDING[s];
      return key ? t(key) : s;
    },
  };
}
