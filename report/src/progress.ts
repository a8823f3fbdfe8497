/** Progress: per target, baseline → latest observation → target on one bullet bar, grouped by plan or indicator. */
import * as Plot from '@observablehq/plot';
import { clickable } from './plotHelpers';
import { placeLabel, STANDING_COLOURS, STANDINGS, type Data, type Host, type Target, type ViewState } from './model';
import { wordsOf, type Words } from './words';

/** More rows than this make a chart nobody reads: narrow the filters. */
export const PROGRESS_ROWS = 100;

interface Row {
  t: Target;
  group: string;
  label: string;
  /** Where the latest observation lies from baseline (0) to target (100), or null without one. */
  done: number | null;
}

export function progressRows(targets: Target[], group: ViewState['progressGroup']): Row[] {
  const rows: Row[] = [];
  for (const t of targets) {
    const goal = t.level.value;
    if (goal === null) continue;
    const base = t.baseline?.kind === t.level.kind ? (t.baseline.value ?? 0) : 0;
    const latest = t.latest?.value ?? null;
    const span = goal - base;
    const done = latest === null ? null : span === 0 ? 100 : ((latest - base) / span) * 100;
    const g = group === 'plan' ? t.plan : t.metric;
    rows.push({
      t,
      group: g,
      label: `${g.length > 28 ? `${g.slice(0, 27)}…` : g} · ${group === 'plan' ? t.id : `${t.plan} · ${t.id}`}`,
      done: done === null ? null : Math.max(-20, Math.min(150, done)),
    });
  }
  return rows.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.label < b.label ? -1 : 1));
}

export function progress(
  data: Data,
  targets: Target[],
  state: ViewState,
  host: Host,
  words: Words = wordsOf('en'),
): Element {
  const all = progressRows(targets, state.progressGroup);
  const rows = all.slice(0, PROGRESS_ROWS);
  const wrap = document.createElement('div');
  if (all.length > rows.length) {
    const note = document.createElement('p');
    note.className = 'pp-note';
    note.textContent = words.t('report.progress.capped', { shown: String(rows.length), total: String(all.length) });
    wrap.append(note);
  }
  if (rows.length === 0) {
    const p = document.createElement('p');
    p.className = 'pp-note';
    p.textContent = words.t('report.progress.none');
    wrap.append(p);
    return wrap;
  }
  const key = (r: Row) => `${r.t.plan}#${r.t.id}`;
  const title = (r: Row) => {
    const t = r.t;
    const params = {
      plan: t.plan,
      id: t.id,
      metric: t.metric,
      baseline: t.baseline
        ? `${words.amount(t.baseline.value, t.baseline.unit)} (${t.baseline.at ?? '—'})`
        : words.t('report.progress.no-baseline'),
      latest: t.latest
        ? `${words.amount(t.latest.value, t.latest.unit)} (${t.latest.at})`
        : words.t('report.progress.no-observation'),
      target: words.amount(t.level.value, t.level.unit),
      deadline: t.deadline?.text ?? '—',
      standing: words.standing(t.standing),
      place: placeLabel(t.place),
    };
    return r.done === null
      ? words.t('report.progress.tooltip', params)
      : words.t('report.progress.tooltip-done', { ...params, percent: String(Math.round(r.done)) });
  };
  const observed = rows.filter((r) => r.done !== null);
  const fig = Plot.plot({
    width: 1100,
    height: 50 + rows.length * 20,
    marginLeft: 320,
    x: {
      domain: [-20, 150],
      ticks: [0, 25, 50, 75, 100, 125, 150],
      label: words.t('report.progress.axis'),
      grid: true,
    },
    // rows in group order, each labelled group · target
    y: {
      domain: rows.map((r) => r.label),
      label: null,
      tickSize: 0,
      tickFormat: (l: string) => (l.length > 52 ? `${l.slice(0, 51)}…` : l),
    },
    color: { type: 'ordinal', domain: STANDINGS, range: STANDING_COLOURS },
    style: { background: 'transparent', fontSize: '12px' },
    marks: [
      Plot.barX(rows, {
        x1: 0,
        x2: 100,
        y: 'label',
        fill: 'currentColor',
        fillOpacity: 0.12,
        title,
        className: 'pp-progress-range',
        render: clickable(rows, (r) => r.t.place, key, host),
      }),
      Plot.barX(observed, {
        x1: 0,
        x2: 'done',
        y: 'label',
        fill: (r) => r.t.standing,
        insetTop: 5,
        insetBottom: 5,
        title,
        className: 'pp-progress-latest',
        render: clickable(observed, (r) => r.t.place, key, host),
      }),
      Plot.tickX(rows, {
        x: 100,
        y: 'label',
        stroke: 'currentColor',
        strokeWidth: 2,
        title,
        className: 'pp-progress-target',
      }),
      Plot.ruleX([0]),
    ],
  });
  fig.setAttribute('data-view', 'progress');
  wrap.append(fig);
  return wrap;
}
