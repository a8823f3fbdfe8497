/**
 * Numbers as exact decimal text, from the text as written: 1e21 → 1000000000000000000000, 1.5e-3 →
 * 0.0015, 12345678901234567891 stays as it is (a double would round it). For the export, which promises
 * plain digits, and for the check that a number is finite.
 */

/** A decimal literal: digits with an optional fraction and exponent (YAML 1.2 core, JSON). */
const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

/** The exact plain digits of a decimal literal (`-1.5e3` → `-1500`), or null for anything else. */
export function exactDecimal(text: string): string | null {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  // an exponent that would spell out more than a million digits is not plain text any more
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 1_000_000) return null;
  const frac = m[3] ?? '';
  const digits = `${m[2]}${frac}`;
  const point = m[2]!.length + exp; // where the decimal point goes in `digits`
  let int: string;
  let fraction: string;
  if (point <= 0) {
    int = '0';
    fraction = `${'0'.repeat(-point)}${digits}`;
  } else if (point >= digits.length) {
    int = `${digits}${'0'.repeat(point - digits.length)}`;
    fraction = '';
  } else {
    int = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  int = int.replace(/^0+(?=\d)/, '');
  // trailing zeros of a fraction written out (1250.50) are kept when there was no exponent: as written
  if (exp !== 0) fraction = fraction.replace(/0+$/, '');
  const zero = /^0*$/.test(int + fraction);
  const sign = m[1] === '-' && !zero ? '-' : '';
  return `${sign}${int || '0'}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Why a number written as `text` (with the value the parser gave it) is not a usable finite number, or
 * null when it is: infinite (`.inf`, `1e400`), not a number (`.nan`), or non-zero but too small to be told
 * from 0 (`1e-400`).
 */
export function notFinite(value: unknown, text: string): 'infinite' | 'not-a-number' | 'underflow' | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && exactDecimal(value) !== null
        ? Number(value.trim())
        : null;
  if (n === null) return null;
  if (Number.isNaN(n)) return 'not-a-number';
  if (!Number.isFinite(n)) return 'infinite';
  if (n === 0) {
    const exact = exactDecimal(typeof value === 'string' ? value : text);
    if (exact !== null && /[1-9]/.test(exact)) return 'underflow';
  }
  return null;
}

/**
 * Whether a mapping key holds a number: money amounts (also baselines, funding and stated equivalents) and quantity
 * values. `segment` is a node's key, or its index in a list.
 */
export function isNumberKey(segment: string | number | null): boolean {
  return segment === 'amount' || segment === 'value';
}
