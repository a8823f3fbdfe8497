/**
 * Where a target stands, computed from its comparator, deadline, baseline, observations and the
 * reference date (docs/plan-format.md, "Standing"). Pure: numbers and ISO dates in, a verdict out.
 */
import { daysBetween } from './deadline';

export type Standing = 'met' | 'on-track' | 'behind' | 'missed' | 'not-yet-due' | 'no-data';
export const STANDINGS: readonly Standing[] = ['met', 'on-track', 'behind', 'missed', 'not-yet-due', 'no-data'];

export type Comparator = 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'exactly' | 'about';

/** How far from the level "about" still counts as reaching it (relative). */
export const ABOUT_TOLERANCE = 0.05;

/** A figure at a date: the date is the last day of the period the figure is given for. */
export interface Point {
  value: number;
  date: string;
  /** The source gives a bound: the real value is more than (at least, …) `value`. */
  bound?: 'more-than' | 'at-least' | 'less-than' | 'at-most';
}

export interface StandingInput<P extends Point = Point> {
  comparator: Comparator;
  /** The target level, or null for an outcome target (words cannot be compared). */
  level: number | null;
  /** The deadline's last day. */
  deadline: string;
  baseline: Point | null;
  /** Observations in the target's unit (already converted), dated no later than the reference date. */
  observations: P[];
  referenceDate: string;
}

export interface StandingResult<P extends Point = Point> {
  standing: Standing;
  /** The latest observation the verdict rests on, if any. */
  latest: P | null;
  /** The straight line from the baseline to the level at the latest observation's date, when it was drawn. */
  expected: number | null;
}

export function isComparator(s: unknown): s is Comparator {
  return typeof s === 'string' && ['at-least', 'more-than', 'at-most', 'less-than', 'exactly', 'about'].includes(s);
}

/** Whether a value reaches the level in the sense of the comparator. */
export function meets(comparator: Comparator, value: number, level: number): boolean {
  switch (comparator) {
    case 'at-least':
      return value >= level;
    case 'more-than':
      return value > level;
    case 'at-most':
      return value <= level;
    case 'less-than':
      return value < level;
    case 'exactly':
      return Math.abs(value - level) <= 1e-9 * Math.max(1, Math.abs(level));
    case 'about':
      return Math.abs(value - level) <= ABOUT_TOLERANCE * Math.abs(level);
  }
}

/**
 * Whether an observation reaches the level: a plain value by the comparator; a bound ("more than
 * 300 bn") reaches an upward level it is at or above (and a downward one it is at or below).
 */
export function reaches(comparator: Comparator, point: Point, level: number): boolean {
  const up = comparator === 'at-least' || comparator === 'more-than';
  const down = comparator === 'at-most' || comparator === 'less-than';
  if (up && point.bound === 'more-than') return point.value >= level;
  if (down && point.bound === 'less-than') return point.value <= level;
  return meets(comparator, point.value, level);
}

/** The latest point (by date; of two on the same date, the later in the list). */
export function latestOf<P extends Point>(points: P[]): P | null {
  let best: P | null = null;
  for (const p of points) if (!best || p.date >= best.date) best = p;
  return best;
}

/** The straight line from the baseline to the level at the deadline, read at a date (held flat outside). */
export function lineAt(baseline: Point, level: number, deadline: string, date: string): number {
  const span = daysBetween(baseline.date, deadline);
  if (span <= 0) return level;
  const f = Math.min(1, Math.max(0, daysBetween(baseline.date, date) / span));
  return baseline.value + (level - baseline.value) * f;
}

/** Whether the goal is to go down: at-most and less-than always, exactly and about when the level is below the baseline. */
function downward(comparator: Comparator, level: number, baseline: Point | null): boolean {
  if (comparator === 'at-most' || comparator === 'less-than') return true;
  if (comparator === 'at-least' || comparator === 'more-than') return false;
  return baseline !== null && level < baseline.value;
}

/**
 * The standing:
 * 1. no observation: not-yet-due before the deadline has passed, no-data after;
 * 2. an outcome target (no level) with observations: not-yet-due before the deadline, no-data after
 *    (words are not compared; the analyst's status says whether it was reached);
 * 3. the latest observation meets the level: met (an observation reported as "more than X" meets
 *    a level of more than X);
 * 4. it does not, and it is dated on or after the deadline: missed;
 * 5. it does not, dated before the deadline: on-track when it is at least the straight line from
 *    the baseline to the level at its date (at most, for a downward goal), behind when not; without
 *    a usable baseline: not-yet-due while the deadline is ahead, behind once it has passed.
 */
export function standingOf<P extends Point>(input: StandingInput<P>): StandingResult<P> {
  const { comparator, level, deadline, baseline, referenceDate } = input;
  const due = deadline < referenceDate;
  const latest = latestOf(input.observations);
  if (!latest || level === null) return { standing: due ? 'no-data' : 'not-yet-due', latest, expected: null };
  if (reaches(comparator, latest, level)) return { standing: 'met', latest, expected: null };
  if (latest.date >= deadline) return { standing: 'missed', latest, expected: null };
  if (!baseline || baseline.date >= deadline)
    return { standing: due ? 'behind' : 'not-yet-due', latest, expected: null };
  const expected = lineAt(baseline, level, deadline, latest.date);
  const ok = downward(comparator, level, baseline) ? latest.value <= expected : latest.value >= expected;
  return { standing: ok ? 'on-track' : 'behind', latest, expected };
}
