/**
 * The renderer's words in the page's language, from the message catalogue's report part (bundled alone, not
 * the whole catalogue). The language: the overview's `language` (the server's, in the VS Code webview), else
 * the page's `<html lang>` (the HTML report), else English.
 */
import { report } from '../../server/src/core/i18n/catalogue/report';
import { formatTemplate, type Params } from '../../server/src/core/i18n/format';
import { languageOf, type Language } from '../../server/src/core/i18n/language';

export type ReportKey = keyof typeof report;

export interface Words {
  readonly language: Language;
  t(key: ReportKey, params?: Params): string;
  /** A standing or status as the views show it (the code in English). */
  standing(s: string): string;
  /** A plan's status (in-force, ended, …) in the page's language; an unknown value as written. */
  planStatus(s: string | null | undefined): string;
  /** "a supersedes b" in the page's language. */
  relation(from: string, type: string, to: string): string;
  /** An amount with its unit or currency: "300B CNY" / "3000亿 CNY". */
  amount(value: number | null, unit: string): string;
  /** A USD amount: "USD 41.7B" / "417亿美元"; '' for none. */
  usd(usd: number | null | undefined): string;
  /** A plain number: 7.19, 1,600. */
  number(n: number): string;
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

export function languageOfPage(data: unknown, doc: Document | undefined): Language {
  const given = (data as { language?: unknown } | null)?.language;
  return languageOf(typeof given === 'string' ? given : doc?.documentElement.lang);
}

const PLAN_STATUS: Readonly<Record<string, ReportKey>> = {
  draft: 'report.plan-status.draft',
  proposed: 'report.plan-status.proposed',
  'in-force': 'report.plan-status.in-force',
  ended: 'report.plan-status.ended',
  superseded: 'report.plan-status.superseded',
  repealed: 'report.plan-status.repealed',
};

const RELATION: Readonly<Record<string, ReportKey>> = {
  supersedes: 'report.relation.supersedes',
  amends: 'report.relation.amends',
  implements: 'report.relation.implements',
  revises: 'report.relation.revises',
};

export function wordsOf(language: Language): Words {
  const t = (key: ReportKey, params: Params = {}) =>
    formatTemplate(language === 'zh-cn' ? report[key].zh : report[key].en, params, language);
  const tag = language === 'zh-cn' ? 'zh-CN' : 'en-US';
  // compact notation is CLDR's: 300B in English, 3000亿 in Chinese
  const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 2 });
  const amount = (value: number | null, unit: string) =>
    value === null ? unit : `${Math.abs(value) >= 1e6 ? compact.format(value) : plain.format(value)} ${unit}`.trim();
  return {
    language,
    t,
    standing: (s) => {
      const key = STANDING[s];
      return key ? t(key) : s;
    },
    planStatus: (s) => {
      const key = s ? PLAN_STATUS[s] : undefined;
      return key ? t(key) : (s ?? '—');
    },
    relation: (from, type, to) => {
      const key = RELATION[type];
      return t('report.relation', { from, type: key ? t(key) : type, to });
    },
    amount,
    usd: (usd) => (usd === null || usd === undefined ? '' : t('report.usd', { amount: compact.format(usd) })),
    number: (n) => plain.format(n),
  };
}
