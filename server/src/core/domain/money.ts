/** Amounts: numbers or decimal strings, their decimals, and words for people ("300 billion"). */
import { formatNumber } from '../i18n/format';
import { notFinite } from './decimalText';

export interface Amount {
  value: number;
  /** Decimals as written (300e9 → 0, 1.25 → 2). */
  decimals: number;
}

/** Text that YAML 1.2 reads as a string but a reader means as a number: 300_000_000_000, 3,000. */
export function yaml11Number(text: string): string | null {
  const t = text.trim();
  if (/^[-+]?\d+(?:_\d+)+(?:\.\d+)?$/.test(t)) return t.replace(/_/g, '').replace(/^\+/, '');
  if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return t.replace(/,/g, '').replace(/^\+/, '');
  return null;
}

export function decimalsOf(text: string): number {
  const m = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text.trim());
  if (!m) return 0;
  const frac = (m[2] ?? '').replace(/0+$/, '').length;
  const exp = m[3] ? Number(m[3]) : 0;
  return Math.max(0, frac - exp);
}

/** Parses an amount written as a number or a decimal string. `source` is the text as written. */
export function parseAmount(value: unknown, source: string | undefined): Amount | null {
  if (typeof value === 'number' && Number.isFinite(value))
    return { value, decimals: decimalsOf(source ?? String(value)) };
  const s = amountString(value);
  return s === null ? null : { value: Number(s), decimals: decimalsOf(s) };
}

/** The number of an amount, as parseAmount reads it, without counting its decimals (most readers want only this). */
export function amountValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const s = amountString(value);
  return s === null ? null : Number(s);
}

/** A string amount's decimal digits (a YAML 1.1 style read as its number), or null when it is no amount. */
function amountString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  // "1e400" (Infinity) and "1e-400" (0, though not zero) are no amounts: number/not-finite reports them
  if (/^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(t)) return notFinite(t, t) ? null : t;
  return yaml11Number(t);
}

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

function trimNumber(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

/** 300e9 → "300 billion", 41.12e9 → "41.12 billion", 7500000 → "7.5 million". */
export function amountInWords(value: number): string {
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (abs >= scale && scale >= 1e6) return `${trimNumber(value / scale, 2)} ${word}`;
  }
  return formatNumber(value, 'en');
}

/** The amount in Chinese myriad units: 3000亿, 1.2万亿, 500万; null under 10,000. */
export function amountInChinese(value: number): string | null {
  const abs = Math.abs(value);
  for (const [scale, word] of [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ] as const)
    if (abs >= scale) return `${trimNumber(value / scale, 4)}${word}`;
  return null;
}

/** The amount written out in full: 300,000,000,000. */
export function amountExact(value: number): string {
  return formatNumber(value, 'en', 6);
}
