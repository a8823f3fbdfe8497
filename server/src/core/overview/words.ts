/**
 * The overview's words: the templates the renderer (report/src, in the webview and the HTML report) fills in,
 * in the overview's language, taken from the catalogue (catalogue/overview.ts; the standings from
 * catalogue/standing.ts). The renderer fills them with core/i18n/format.ts formatTemplate.
 */
import { catalogue, type Language, type MessageKey } from '../i18n';

const WORDS = {
  title: 'overview.title',
  summary: 'overview.summary',
  rates: 'overview.rates',
  noRates: 'overview.no-rates',
  match: 'overview.match',
  hintOpen: 'overview.hint.open',
  hintLabel: 'overview.hint.label',
  sectionTimeline: 'overview.section.timeline',
  sectionProgress: 'overview.section.progress',
  sectionMap: 'overview.section.map',
  sectionTargets: 'overview.section.targets',
  groupPlan: 'overview.group.plan',
  groupIndicator: 'overview.group.indicator',
  metricTargets: 'overview.metric.targets',
  metricMoney: 'overview.metric.money',
  metricFunding: 'overview.metric.funding',
  filterAll: 'overview.filter.all',
  filterJurisdiction: 'overview.filter.jurisdiction',
  filterStanding: 'overview.filter.standing',
  filterIndicator: 'overview.filter.indicator',
  filterIndicatorPlaceholder: 'overview.filter.indicator.placeholder',
  filterFrom: 'overview.filter.from',
  filterTo: 'overview.filter.to',
  filterDatePlaceholder: 'overview.filter.date.placeholder',
  filterClear: 'overview.filter.clear',
  columnPlan: 'overview.column.plan',
  columnTarget: 'overview.column.target',
  columnIndicator: 'overview.column.indicator',
  columnRegion: 'overview.column.region',
  columnLevel: 'overview.column.level',
  columnDeadline: 'overview.column.deadline',
  columnStanding: 'overview.column.standing',
  columnFindings: 'overview.column.findings',
  columnFile: 'overview.column.file',
  levelUsd: 'overview.level.usd',
  findings: 'overview.findings',
  tableSort: 'overview.table.sort',
  tableMore: 'overview.table.more',
  'standing:met': 'standing.met',
  'standing:achieved': 'overview.standing.achieved',
  'standing:on-track': 'standing.on-track',
  'standing:active': 'overview.standing.active',
  'standing:not-yet-due': 'standing.not-yet-due',
  'standing:behind': 'standing.behind',
  'standing:missed': 'standing.missed',
  'standing:revised': 'overview.standing.revised',
  'standing:withdrawn': 'overview.standing.withdrawn',
  'standing:no-data': 'standing.no-data',
  timelinePeriod: 'overview.timeline.period',
  timelineOpen: 'overview.timeline.open',
  timelinePlans: 'overview.timeline.plans',
  timelinePlan: 'overview.timeline.plan',
  timelineTarget: 'overview.timeline.target',
  listMore: 'overview.list.more',
  timelinePlansAria: 'overview.timeline.plans.aria',
  timelinePlanAria: 'overview.timeline.plan.aria',
  timelineToday: 'overview.timeline.today',
  timelineTodayTitle: 'overview.timeline.today.title',
  timelineDue: 'overview.timeline.due',
  timelineDueMore: 'overview.timeline.due.more',
  timelineDueAria: 'overview.timeline.due.aria',
  progressShowing: 'overview.progress.showing',
  progressNone: 'overview.progress.none',
  progressNoBaseline: 'overview.progress.no-baseline',
  progressNoObservation: 'overview.progress.no-observation',
  progressTitle: 'overview.progress.title',
  progressTitleDone: 'overview.progress.title.done',
  progressAxis: 'overview.progress.axis',
  mapByProvince: 'overview.map.by-province',
  mapByCountry: 'overview.map.by-country',
  mapMetricTargets: 'overview.map.metric.targets',
  mapRegion: 'overview.map.region',
  mapRegionVia: 'overview.map.region.via',
  mapPlacedAt: 'overview.map.placed-at',
} as const satisfies Record<string, MessageKey>;

export type OverviewWord = keyof typeof WORDS;
export type OverviewWords = Readonly<Record<OverviewWord, string>>;

/** The overview's templates in a language. */
export function overviewWords(language: Language): OverviewWords {
  const side = language === 'zh-cn' ? 'zh' : 'en';
  const entries = catalogue as Readonly<Record<MessageKey, { en: string; zh: string }>>;
  return Object.fromEntries(Object.entries(WORDS).map(([word, key]) => [word, entries[key][side]])) as Record<
    OverviewWord,
    string
  >;
}
