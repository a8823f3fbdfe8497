/** A target's observations (`progress`) read from the tree, and where the target stands. */
import type { DatasetContext } from '../dataset';
import type { DeadlineInterval } from '../domain/deadline';
import { localeOf, type Locale } from '../i18n';
import { intlTag } from '../i18n/format';
import { isComparator, standingOf, type Comparator, type Point, type StandingResult } from '../domain/standing';
import { comparable } from '../domain/units';
import { deadlineOf, type PlanModel } from '../model';
import { get, items, resolved, scalar, str, type YNode } from '../yaml/tree';
import { measuredOf, type Measured } from './targetValue';

export interface Observation {
  /** The observation's mapping. */
  node: YNode;
  atNode: YNode | null;
  at: DeadlineInterval | null;
  /** Its value; a money value without a currency takes the target's (or the plan's). */
  measured: Measured | null;
  sourceNode: YNode | null;
  source: string | null;
  estimate: boolean;
  /** The source gives a bound ("突破3000亿元": more than the figure), not a plain value. */
  bound: 'more-than' | 'at-least' | 'less-than' | 'at-most' | null;
}

function boundOf(s: string | null): Observation['bound'] {
  return s === 'more-than' || s === 'at-least' || s === 'less-than' || s === 'at-most' ? s : null;
}

export function observationsOf(target: YNode, plan: PlanModel): Observation[] {
  const goal = measuredOf(target, plan);
  const currency = goal && goal.kind === 'money' ? goal.currency : plan.currency;
  return items(get(target, 'progress'))
    .filter((n) => resolved(n)?.kind === 'map')
    .map((node) => {
      const atNode = get(node, 'at');
      let measured = measuredOf(node, plan);
      if (measured && measured.kind === 'money' && str(get(measured.node, 'currency')) === null)
        measured = { ...measured, currency };
      const sourceNode = get(node, 'source');
      return {
        node,
        atNode,
        at: deadlineOf(atNode),
        measured,
        sourceNode,
        source: str(sourceNode),
        estimate: scalar(get(node, 'estimate'))?.value === true,
        bound: boundOf(str(get(node, 'comparator'))),
      };
    });
}

/** Whether a value can be compared with the goal: same kind, same currency, comparable units (unknown parts pass). */
export function sameTerms(value: Measured, goal: Measured, dataset: DatasetContext): boolean {
  if (value.kind === 'money' && goal.kind === 'money')
    return !value.currency || !goal.currency || value.currency === goal.currency;
  if (value.kind === 'quantity' && goal.kind === 'quantity')
    return !value.unit || !goal.unit || comparable(goal.unit, value.unit, dataset) !== null;
  return value.kind === goal.kind;
}

/** A value in the goal's unit or currency; null when it has no number or cannot be converted. */
export function inGoalTerms(value: Measured, goal: Measured, dataset: DatasetContext): number | null {
  if (value.kind === 'money' && goal.kind === 'money')
    return value.amount !== null && value.currency === goal.currency ? value.amount : null;
  if (value.kind === 'quantity' && goal.kind === 'quantity') {
    if (value.amount === null || !value.unit || !goal.unit) return null;
    const c = comparable(goal.unit, value.unit, dataset);
    return c ? (value.amount * c.fb) / c.fa : null;
  }
  return null;
}

export interface ObservedPoint extends Point {
  obs: Observation;
}

export interface TargetStanding extends StandingResult<ObservedPoint> {
  id: string | null;
  comparator: Comparator;
  goal: Measured | null;
  level: number | null;
  deadline: DeadlineInterval;
  /** The baseline in the goal's terms, with its `at` as written. */
  baseline: (Point & { atText: string }) | null;
  /** `<plan>#<item>` of another plan's item that revises this target. */
  revisedBy: string | null;
}

/** `<plan>#<item>` of the first item of another plan that says it revises `<planId>#<itemId>`. */
export function revisedBy(planId: string | null, itemId: string | null, dataset: DatasetContext): string | null {
  if (!planId || !itemId || !dataset.plans) return null;
  // the dataset's revises links, indexed once per dataset by the item they name
  for (const r of dataset.revisions.get(`${planId}#${itemId}`) ?? [])
    if (r.plan !== planId) return `${r.plan}#${r.item}`;
  return null;
}

/** Where a target stands; null without a valid deadline. */
export function targetStanding(target: YNode, plan: PlanModel, dataset: DatasetContext): TargetStanding | null {
  const deadline = deadlineOf(get(target, 'deadline'));
  if (!deadline) return null;
  const c = str(get(target, 'comparator'));
  const comparator: Comparator = isComparator(c) ? c : 'at-least';
  const goal = measuredOf(target, plan);
  const level = goal && goal.kind !== 'outcome' ? goal.amount : null;
  const today = dataset.referenceDate;
  const observations: ObservedPoint[] = [];
  for (const obs of observationsOf(target, plan)) {
    if (!obs.at || obs.at.end > today || !obs.measured || !goal) continue;
    if (goal.kind === 'outcome') {
      if (obs.measured.kind === 'outcome') observations.push({ value: 0, date: obs.at.end, obs });
      continue;
    }
    const v = inGoalTerms(obs.measured, goal, dataset);
    if (v !== null) observations.push({ value: v, date: obs.at.end, obs, ...(obs.bound ? { bound: obs.bound } : {}) });
  }
  let baseline: TargetStanding['baseline'] = null;
  const bNode = get(target, 'baseline');
  const bAt = get(bNode, 'at');
  const bDate = deadlineOf(bAt);
  const b = measuredOf(bNode, plan);
  if (goal && b && bDate && bAt) {
    const v = inGoalTerms(b, goal, dataset);
    if (v !== null) baseline = { value: v, date: bDate.end, atText: scalar(bAt)?.source ?? bDate.end };
  }
  const r = standingOf({ comparator, level, deadline: deadline.end, baseline, observations, referenceDate: today });
  return {
    ...r,
    id: str(get(target, 'id')),
    comparator,
    goal,
    level,
    deadline,
    baseline,
    revisedBy: revisedBy(plan.id, str(get(target, 'id')), dataset),
  };
}

/** 1600 → "1,600"; 1929.7445 → "1,929.74"; 300e9 → "300 billion" (in Chinese "3000亿"). */
export function figure(n: number, locale: Locale = localeOf('en')): string {
  return Math.abs(n) >= 1e6
    ? locale.scaled(n)
    : n.toLocaleString(intlTag(locale.language), { maximumFractionDigits: 2 });
}

function unitOf(goal: Measured | null): string {
  if (!goal || goal.kind === 'outcome') return '';
  return (goal.kind === 'money' ? goal.currency : goal.unit) ?? '';
}

const WORDS: Record<Comparator, string> = {
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'less-than': 'less than',
  exactly: 'exactly',
  about: 'about',
};

/**
 * One line for people: "behind: 1,600 of more than 2,000 enterprises on 2025-10-22 (gd-dit-2025);
 * 2022 baseline 900".
 */
export function describeStanding(s: TargetStanding): string {
  const unit = unitOf(s.goal);
  const tail = unit ? ` ${unit}` : '';
  const parts: string[] = [];
  const l = s.latest;
  if (l && s.level !== null) {
    parts.push(
      `${s.standing}: ${l.bound ? `${WORDS[l.bound]} ` : ''}${figure(l.value)} of ${WORDS[s.comparator]} ${figure(s.level)}${tail} on ${l.obs.at?.kind === 'date' ? l.date : (scalar(l.obs.atNode)?.source ?? l.date)}${l.obs.source ? ` (${l.obs.source})` : ''}${l.obs.estimate ? ', estimated' : ''}`,
    );
  } else if (l && l.obs.measured?.kind === 'outcome') {
    parts.push(
      `${s.standing}: "${str(l.obs.measured.node) ?? ''}" on ${l.date}${l.obs.source ? ` (${l.obs.source})` : ''}`,
    );
  } else {
    parts.push(
      `${s.standing}: no observation${s.standing === 'not-yet-due' ? `, due ${s.deadline.end}` : ` since the deadline ${s.deadline.end}`}`,
    );
  }
  if (s.expected !== null) parts.push(`the straight line is at ${figure(s.expected)} then`);
  if (s.baseline) parts.push(`${s.baseline.atText} baseline ${figure(s.baseline.value)}`);
  if (s.revisedBy) parts.push(`revised by ${s.revisedBy}`);
  return parts.join('; ');
}
