/** Settings from `workspace/configuration` (section policyPlans); every field has a default. */
import { isSeveritySetting, languageOf, parseDate, type Language, type SeveritySetting } from '../core';

export interface Settings {
  /** YYYY-MM-DD, or '' for today / the dataset config. */
  referenceDate: string;
  rules: Record<string, SeveritySetting>;
  /** Extra globs of plan files. */
  files: string[];
  validateClosedFiles: 'auto' | 'on' | 'off';
  /** The language of messages, hovers and completions: 'auto' is the client's (the `initialize` locale). */
  language: 'auto' | Language;
  /** Values that were not taken, each with why (for the server's log). */
  problems: string[];
}

export const defaultSettings: Settings = {
  referenceDate: '',
  rules: {},
  files: [],
  validateClosedFiles: 'auto',
  language: 'auto',
  problems: [],
};

/** Reads whatever the client sent, keeping defaults for anything missing or malformed. */
export function readSettings(raw: unknown): Settings {
  const s: Settings = { ...defaultSettings, rules: {}, files: [], problems: [] };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  // a date that exists (not 2025-13-45 or 0000-00-00); anything else keeps the default (the config's date, or today)
  if (typeof r.referenceDate === 'string' && r.referenceDate !== '') {
    if (parseDate(r.referenceDate)) s.referenceDate = r.referenceDate;
    else
      s.problems.push(
        `policyPlans.referenceDate ${JSON.stringify(r.referenceDate.slice(0, 40))} is not a date (YYYY-MM-DD); the dataset config's reference date or today is used`,
      );
  }
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) if (isSeveritySetting(v)) s.rules[k] = v;
  }
  if (Array.isArray(r.files)) s.files = r.files.filter((x): x is string => typeof x === 'string');
  if (r.validateClosedFiles === true || r.validateClosedFiles === 'on') s.validateClosedFiles = 'on';
  else if (r.validateClosedFiles === false || r.validateClosedFiles === 'off') s.validateClosedFiles = 'off';
  // 'auto', 'en', 'zh-cn' (also zh-CN, zh, en-US as a user may write them); anything else is 'auto'
  if (typeof r.language === 'string' && r.language.trim() && r.language.trim().toLowerCase() !== 'auto') {
    if (/^(en|zh)(?:$|[-_.@])/i.test(r.language.trim())) s.language = languageOf(r.language);
    else
      s.problems.push(
        `policyPlans.language ${JSON.stringify(r.language.slice(0, 40))} is not auto, en or zh-cn; the editor's language is used`,
      );
  }
  return s;
}
