/** Deadlines: a year, a quarter, a month or a date, each normalised to the interval it names. */

export interface DeadlineInterval {
  kind: 'year' | 'quarter' | 'month' | 'date';
  /** First day, YYYY-MM-DD */
  start: string;
  /** Last day, YYYY-MM-DD: "by 2025" means by the end of 2025 */
  end: string;
}

export type DeadlineParse = { ok: true; value: DeadlineInterval } | { ok: false; problem: string } | null;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a deadline value. Returns null when the value is not deadline-shaped at all (the schema
 * reports that), `{ok:false}` for a deadline-shaped value that names no real period.
 */
export function parseDeadline(value: unknown): DeadlineParse {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return null;
    return { ok: true, value: { kind: 'year', start: `${pad(value, 4)}-01-01`, end: `${pad(value, 4)}-12-31` } };
  }
  if (typeof value !== 'string') return null;
  let m = /^(\d{4})$/.exec(value);
  if (m) return parseDeadline(Number(m[1]));
  m = /^(\d{4})-Q(\d+)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (q < 1 || q > 4) return { ok: false, problem: `quarter Q${m[2]} does not exist (Q1–Q4)` };
    const endMonth = q * 3;
    return {
      ok: true,
      value: {
        kind: 'quarter',
        start: `${m[1]}-${pad(endMonth - 2)}-01`,
        end: `${m[1]}-${pad(endMonth)}-${pad(daysInMonth(y, endMonth))}`,
      },
    };
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (m[2]!.length !== 2) return { ok: false, problem: `write the month with two digits (${m[1]}-${pad(mo)})` };
    if (mo < 1 || mo > 12) return { ok: false, problem: `month ${m[2]} does not exist` };
    return {
      ok: true,
      value: { kind: 'month', start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}` },
    };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (m[2]!.length !== 2 || m[3]!.length !== 2)
      return { ok: false, problem: `write the date as YYYY-MM-DD (${m[1]}-${pad(mo)}-${pad(d)})` };
    if (mo < 1 || mo > 12) return { ok: false, problem: `month ${m[2]} does not exist` };
    if (d < 1 || d > daysInMonth(y, mo))
      return { ok: false, problem: `${value} does not exist (${monthName(mo)} ${y} has ${daysInMonth(y, mo)} days)` };
    return { ok: true, value: { kind: 'date', start: value, end: value } };
  }
  if (/^\d{4}-/.test(value))
    return {
      ok: false,
      problem: `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}" is not a year, quarter (2025-Q4), month (2025-12) or date (2025-12-31)`,
    };
  return null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export function monthName(m: number): string {
  return MONTHS[m - 1] ?? String(m);
}

/** A valid ISO calendar date string (YYYY-MM-DD) or null. */
export function parseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const r = parseDeadline(value);
  return r && r.ok && r.value.kind === 'date' ? r.value.start : null;
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "in 1 year 2 months" / "3 months ago" */
export function describeDistance(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days === 0) return 'today';
  const abs = Math.abs(days);
  let text: string;
  if (abs < 60) text = `${abs} day${abs === 1 ? '' : 's'}`;
  else {
    const months = Math.round(abs / 30.44);
    const y = Math.floor(months / 12);
    const mo = months % 12;
    text = [y ? `${y} year${y === 1 ? '' : 's'}` : '', mo ? `${mo} month${mo === 1 ? '' : 's'}` : '']
      .filter(Boolean)
      .join(' ');
  }
  return days > 0 ? `in ${text}` : `${text} ago`;
}
