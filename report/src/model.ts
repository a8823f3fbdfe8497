/** The overview as the renderer gets it (places as lines), the filters, and what the views share. */
import type { LinePlace, Overview, OverviewTarget } from '../../server/src/core/overview/types';
import type { Words } from './words';

export type Data = Overview<LinePlace>;
export type Target = OverviewTarget<LinePlace>;
export type { LinePlace };

/** What the hosts do for the renderer: open a place, and keep the view state while hidden. */
export interface Host {
  /** The report has nothing to open: it shows the `file:line` label instead. */
  open?: (place: LinePlace) => void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}

export interface Filters {
  /** A region code: a target matches when its region is this one or lies below it. */
  jurisdiction: string;
  standing: string;
  /** Words of the metric (case-insensitive substring). */
  indicator: string;
  /** Deadline range, YYYY or YYYY-MM-DD, inclusive; empty for open. */
  from: string;
  to: string;
}

export interface ViewState {
  filters: Filters;
  sort: { column: string; descending: boolean };
  mapMetric: 'targets' | 'money' | 'funding';
  progressGroup: 'plan' | 'indicator';
}

export const defaultState = (): ViewState => ({
  filters: { jurisdiction: '', standing: '', indicator: '', from: '', to: '' },
  sort: { column: 'deadline', descending: false },
  mapMetric: 'targets',
  progressGroup: 'plan',
});

/** The region chains by code, root first. */
export function chainsOf(data: Data): Map<string, string[]> {
  return new Map(data.regions.map((r) => [r.code, r.chain]));
}

function bound(s: string, end: boolean): string {
  const t = s.trim();
  if (/^\d{4}$/.test(t)) return end ? `${t}-12-31` : `${t}-01-01`;
  return t;
}

export function filterTargets(data: Data, f: Filters, chains: Map<string, string[]>): Target[] {
  const words = f.indicator.trim().toLowerCase();
  const from = bound(f.from, false);
  const to = bound(f.to, true);
  return data.targets.filter((t) => {
    if (f.jurisdiction && !(chains.get(t.region) ?? [t.region]).includes(f.jurisdiction)) return false;
    if (f.standing && t.standing !== f.standing) return false;
    if (words && !t.metric.toLowerCase().includes(words)) return false;
    if ((from || to) && !t.deadline) return false;
    if (from && t.deadline && t.deadline.end < from) return false;
    if (to && t.deadline && t.deadline.end > to) return false;
    return true;
  });
}

/** Standing colours: one fixed colour per standing, the same in every view. */
export const STANDINGS = [
  'met',
  'achieved',
  'on-track',
  'active',
  'not-yet-due',
  'behind',
  'missed',
  'revised',
  'withdrawn',
  'no-data',
];
export const STANDING_COLOURS = [
  '#2e7d32',
  '#2e7d32',
  '#66bb6a',
  '#1e88e5',
  '#90a4ae',
  '#fb8c00',
  '#e53935',
  '#8e24aa',
  '#757575',
  '#bdbdbd',
];

export const placeLabel = (p: LinePlace): string => `${p.file}:${p.line + 1}`;

/** A target's level in words: "> 300B CNY (USD 41.7B at 7.19 CNY/USD, 2023)"; in Chinese with 亿. */
export function levelText(t: Target, words: Words): string {
  const l = t.level;
  if (l.kind === 'outcome') return l.outcome ?? '';
  const cmp =
    { 'at-least': '≥', 'more-than': '>', 'at-most': '≤', 'less-than': '<', exactly: '=', about: '≈' }[
      t.comparator ?? 'at-least'
    ] ?? '';
  const m = l.money;
  const level = `${cmp} ${words.amount(l.value, l.unit)}`.trim();
  return m && m.currency !== 'USD' && m.usd !== null && m.rate
    ? words.t('report.level.usd', {
        level,
        usd: words.usd(m.usd),
        rate: words.number(m.rate.perUsd),
        currency: m.currency,
        year: String(m.rate.year),
      })
    : level;
}
