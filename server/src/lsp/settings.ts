/** Settings from `workspace/configuration` (section policyPlans); every field has a default. */
import { isSeveritySetting, type SeveritySetting } from '../core';

export interface Settings {
  /** YYYY-MM-DD, or '' for today / the dataset config. */
  referenceDate: string;
  rules: Record<string, SeveritySetting>;
  /** Extra globs of plan files. */
  files: string[];
  validateClosedFiles: 'auto' | 'on' | 'off';
}

export const defaultSettings: Settings = { referenceDate: '', rules: {}, files: [], validateClosedFiles: 'auto' };


/** Reads whatever the client sent, keeping defaults for anything missing or malformed. */
export function readSettings(raw: unknown): Settings {
  const s: Settings = { ...defaultSettings, rules: {}, files: [] };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.referenceDate)) s.referenceDate = r.referenceDate;
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) if (isSeveritySetting(v)) s.rules[k] = v;
  }
  if (Array.isArray(r.files)) s.files = r.files.filter((x): x is string => typeof x === 'string');
  if (r.validateClosedFiles === true || r.validateClosedFiles === 'on') s.validateClosedFiles = 'on';
  else if (r.validateClosedFiles === false || r.validateClosedFiles === 'off') s.validateClosedFiles = 'off';
  return s;
}
