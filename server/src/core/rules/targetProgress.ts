/** A target's observations (`progress`) read from the tree, and where the target stands. */
import type { DatasetContext } from '../dataset';
import type { DeadlineInterval } from '../domain/deadline';
import {
  isComparator,
  standingOf,
  type Comparator,
  type Point,
  type Standing,
  type StandingResult,
} from '../domain/standing';
import { localeOf, type Locale, type MessageKey } from '../i18n';
import { formatNumber } from '../i18n/format';
import { comparable } from '../domain/units';
import { deadlineOf, remembered, type PlanModel } from '../model';
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

export function observationsOf(target: YNode, plan: PlanModel): readonly Observation[] {
  // read once per target node (seven rules and the standing read them), kept across versions (PlanModel.memo)
  return remembered(plan.memo.observations, target, plan, readObservations);
}

function readObservations(target: YNode, plan: PlanModel): Observation[] {
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

const ENGLISH = localeOf('en');

/** 1600 → "1,600"; 1929.7445 → "1,929.74"; 300e9 → "300 billion" (in Chinese "3000亿"). */
export function figure(n: number, locale: Locale = ENGLISH): string {
  return Math.abs(n) >= 1e6 ? locale.scaled(n) : formatNumber(n, locale.language, 2);
}

/** The goal's level with its unit: "2,000 enterprises", "300 billion CNY" / "3000亿元人民币". */
function levelAmount(level: number, goal: Measured | null, locale: Locale): string {
  if (goal?.kind === 'money' && goal.currency && locale.language !== 'en') return locale.money(level, goal.currency);
  const unit = !goal || goal.kind === 'outcome' ? '' : ((goal.kind === 'money' ? goal.currency : goal.unit) ?? '');
  return unit ? `${figure(level, locale)} ${unit}` : figure(level, locale);
}

export const STANDING_KEYS: Readonly<Record<Standing, MessageKey>> = {
  met: 'standing.met',
  'on-track': 'standing.on-track',
  behind: 'standing.behind',
  missed: 'standing.missed',
  'not-yet-due': 'standing.not-yet-due',
  'no-data': 'standing.no-data',
};

export const COMPARATOR_KEYS: Readonly<Record<Comparator, MessageKey>> = {
  'at-least': 'standing.comparator.at-least',
  'more-than': 'standing.comparator.more-than',
  'at-most': 'standing.comparator.at-most',
  'less-than': 'standing.comparator.less-than',
  exactly: 'standing.comparator.exactly',
  about: 'standing.comparator.about',
};

/** A standing in the locale's words: "behind" / "进度滞后". */
export function standingWord(standing: Standing, locale: Locale): string {
  return locale.t(STANDING_KEYS[standing]);
}

/** A comparator in the locale's words: "more than" / "超过". */
export function comparatorWord(comparator: Comparator, locale: Locale): string {
  return locale.t(COMPARATOR_KEYS[comparator]);
}

function mainClause(s: TargetStanding, locale: Locale): string {
  const standing = standingWord(s.standing, locale);
  const l = s.latest;
  if (l && s.level !== null) {
    const number = figure(l.value, locale);
    const value = l.bound
      ? locale.t('standing.bounded', { comparator: comparatorWord(l.bound, locale), amount: number })
      : number;
    const level = locale.t('standing.bounded', {
      comparator: comparatorWord(s.comparator, locale),
      amount: levelAmount(s.level, s.goal, locale),
    });
    const at = l.obs.at?.kind === 'date' ? l.date : (scalar(l.obs.atNode)?.source ?? l.date);
    const source = l.obs.source;
    const params = { standing, value, level, at, ...(source ? { source } : {}) };
    if (l.obs.estimate)
      return source
        ? locale.t('standing.observed.source-estimated', params)
        : locale.t('standing.observed.estimated', params);
    return source ? locale.t('standing.observed.source', params) : locale.t('standing.observed', params);
  }
  if (l && l.obs.measured?.kind === 'outcome') {
    const params = { standing, outcome: str(l.obs.measured.node) ?? '', at: l.date };
    return l.obs.source
      ? locale.t('standing.outcome.source', { ...params, source: l.obs.source })
      : locale.t('standing.outcome', params);
  }
  const deadline = s.deadline.end;
  return s.standing === 'not-yet-due'
    ? locale.t('standing.none.due', { standing, deadline })
    : locale.t('standing.none.since', { standing, deadline });
}

/**
 * One line for people: "behind: 1,600 of more than 2,000 enterprises on 2025-10-22 (gd-dit-2025);
 * 2022 baseline 900" / "进度滞后：2025-10-22 实际 1,600，目标 超过 2,000 enterprises（来源 gd-dit-2025）；
 * 2022 基准值 900".
 */
export function describeStanding(s: TargetStanding, locale: Locale = ENGLISH): string {
  const parts = [mainClause(s, locale)];
  if (s.expected !== null) parts.push(locale.t('standing.expected', { value: figure(s.expected, locale) }));
  if (s.baseline)
    parts.push(locale.t('standing.baseline', { at: s.baseline.atText, value: figure(s.baseline.value, locale) }));
  if (s.revisedBy) parts.push(locale.t('standing.revised', { ref: s.revisedBy }));
  return parts.join(locale.t('standing.separator'));
}
