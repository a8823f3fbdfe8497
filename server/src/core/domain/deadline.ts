/** Deadlines: a year, a quarter, a month or a date, each normalised to the interval it names. */
import { localeOf, type Locale } from '../i18n';

export interface DeadlineInterval {
  kind: 'year' | 'quarter' | 'month' | 'date';
  /** First day, YYYY-MM-DD */
  start: string;
  /** Last day, YYYY-MM-DD: "by 2025" means by the end of 2025 */
  end: string;
}

/** Why a deadline-shaped value names no real period, with the parts a message needs. */
export type DeadlineIssue =
  | { kind: 'quarter'; quarter: string }
  | { kind: 'month-digits'; fixed: string }
  | { kind: 'month'; month: string }
  | { kind: 'date-digits'; fixed: string }
  | { kind: 'day'; date: string; year: number; month: number; days: number }
  | { kind: 'shape'; value: string };

export type DeadlineParse =
  { ok: true; value: DeadlineInterval } | { ok: false; problem: string; issue: DeadlineIssue } | null;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The character code of `Q` (a quarter: 2025-Q4). */
const Q = 81;
const DASH = 45;

/** The number the ASCII digits from `start` to `end` write, or -1 when one is not a digit. */
function digitsAt(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The first and the last year of `YEARS`. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

/**
 * The parse of each year deadline from 1900 to 2199, made once and frozen: most deadlines and periods are years
 * (`deadline: 2025`, `period: { start: 2023, end: 2025 }`), parsed by every rule that reads them, and each parse made
 * two strings and two objects (16 MB of the realistic dataset's check). Shared, so never changed.
 */
const YEARS: readonly DeadlineParse[] = Object.freeze(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) =>
    Object.freeze({ ok: true as const, value: Object.freeze(yearInterval(FIRST_YEAR + i)) }),
  ),
);

function yearInterval(year: number): DeadlineInterval {
  return { kind: 'year', start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` };
}

function invalid(issue: DeadlineIssue): DeadlineParse {
  return { ok: false, problem: describeDeadlineIssue(issue), issue };
}

/** Why a deadline names no real period, in the locale's words: "month 13 does not exist". */
export function describeDeadlineIssue(issue: DeadlineIssue, locale: Locale = localeOf('en')): string {
  switch (issue.kind) {
    case 'quarter':
      return locale.t('deadline/invalid.quarter', { quarter: issue.quarter });
    case 'month-digits':
      return locale.t('deadline/invalid.month-digits', { fixed: issue.fixed });
    case 'month':
      return locale.t('deadline/invalid.month', { month: issue.month });
    case 'date-digits':
      return locale.t('deadline/invalid.date-digits', { fixed: issue.fixed });
    case 'day':
      return locale.t('deadline/invalid.day', {
        date: issue.date,
        monthName: monthNameIn(locale, issue.month),
        year: String(issue.year),
        days: issue.days,
      });
    case 'shape':
      return locale.t('deadline/invalid.shape', { value: issue.value });
  }
}

/**
 * Parses a deadline value. Returns null when the value is not deadline-shaped at all (the schema
 * reports that), `{ok:false}` for a deadline-shaped value that names no real period.
 */
export function parseDeadline(value: unknown): DeadlineParse {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return null;
    return value >= FIRST_YEAR && value <= LAST_YEAR
      ? YEARS[value - FIRST_YEAR]!
      : { ok: true, value: yearInterval(value) };
  }
  if (typeof value !== 'string') return null;
  // each shape is tried only where its length or its `Q` allows it (a date was tried as a year, a quarter and a month)
  const n = value.length;
  // a valid date as written almost everywhere (published, accessed, observed at): read by its characters (`epochDay`),
  // without a regular expression's match and its four strings; any other (and a day past its month's end) as below
  if (epochDay(value) !== null) return { ok: true, value: { kind: 'date', start: value, end: value } };
  let m = n === 4 ? /^(\d{4})$/.exec(value) : null;
  if (m) return parseDeadline(Number(m[1]));
  m = value.charCodeAt(5) === Q ? /^(\d{4})-Q(\d+)$/.exec(value) : null;
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (q < 1 || q > 4) return invalid({ kind: 'quarter', quarter: m[2]! });
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
  m = n === 6 || n === 7 ? /^(\d{4})-(\d{1,2})$/.exec(value) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (m[2]!.length !== 2) return invalid({ kind: 'month-digits', fixed: `${m[1]}-${pad(mo)}` });
    if (mo < 1 || mo > 12) return invalid({ kind: 'month', month: m[2]! });
    return {
      ok: true,
      value: { kind: 'month', start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}` },
    };
  }
  m = n >= 8 && n <= 10 ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (m[2]!.length !== 2 || m[3]!.length !== 2)
      return invalid({ kind: 'date-digits', fixed: `${m[1]}-${pad(mo)}-${pad(d)}` });
    if (mo < 1 || mo > 12) return invalid({ kind: 'month', month: m[2]! });
    if (d < 1 || d > daysInMonth(y, mo))
      return invalid({ kind: 'day', date: value, year: y, month: mo, days: daysInMonth(y, mo) });
    return { ok: true, value: { kind: 'date', start: value, end: value } };
  }
  if (/^\d{4}-/.test(value))
    return invalid({ kind: 'shape', value: value.length > 40 ? `${value.slice(0, 39)}…` : value });
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

/** The month's name in the locale's words: "February" / "二月". */
function monthNameIn(locale: Locale, m: number): string {
  if (locale.language === 'en') return monthName(m);
  return new Intl.DateTimeFormat('zh-CN', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 1));
}

/** A valid ISO calendar date string (YYYY-MM-DD) or null. */
export function parseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const r = parseDeadline(value);
  return r && r.ok && r.value.kind === 'date' ? r.value.start : null;
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  // two valid YYYY-MM-DD dates (every deadline's end and reference date) by arithmetic; anything else as Date reads it
  const x = epochDay(a);
  const y = epochDay(b);
  if (x !== null && y !== null) return y - x;
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The day number (0 on 1970-01-01, proleptic Gregorian) of a valid YYYY-MM-DD, or null for any other text: the one
 * reading of such a date by its characters, for `parseDeadline` and `daysBetween`. The civil-to-days reckoning of
 * 400-year eras (H. Hinnant, "chrono-compatible low-level date algorithms"), without the two strings and two
 * `Date.parse` calls a day count took (deadline/passed counts one for each of thousands).
 */
function epochDay(s: string): number | null {
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return null;
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 7);
  const d = digitsAt(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A span of days in the locale's words: "12 days", "1 year 2 months" / "12 天", "1 年 2 个月". */
export function describeDuration(days: number, locale: Locale = localeOf('en')): string {
  const abs = Math.abs(days);
  if (abs < 60) return locale.t('time.days', { days: String(abs) });
  const months = Math.round(abs / 30.44);
  const years = Math.floor(months / 12);
  const mo = months % 12;
  if (years && mo) return locale.t('time.years-months', { years: String(years), months: String(mo) });
  return years ? locale.t('time.years', { years: String(years) }) : locale.t('time.months', { months: String(mo) });
}

/** "in 1 year 2 months" / "3 months ago" ("1 年 2 个月后" / "3 个月前"). */
export function describeDistance(from: string, to: string, locale: Locale = localeOf('en')): string {
  const days = daysBetween(from, to);
  if (days === 0) return locale.t('time.today');
  const duration = describeDuration(days, locale);
  return days > 0 ? locale.t('time.in', { duration }) : locale.t('time.ago', { duration });
}
