/** Timeline: one lane per jurisdiction (country → province → city), plan periods, deadlines by standing, links, today. */
import * as Plot from '@observablehq/plot';
import { clickable, day } from './plotHelpers';
import { placeLabel, STANDING_COLOURS, STANDINGS, levelText, type Data, type Host, type Target } from './model';
import { wordsOf, type Words } from './words';

const LINK_COLOURS: Record<string, string> = {
  supersedes: '#e53935',
  amends: '#fb8c00',
  implements: '#8e8e8e',
  revises: '#8e24aa',
};
/** Targets with the same lane and deadline are spread over this many rows of the lane. */
const SPREAD = 5;
/**
 * Above this many dated targets the timeline draws one mark per lane, deadline and standing, sized by
 * the number of targets (thousands of single marks on a few lanes can't be told apart, and slow the page).
 */
export const TIMELINE_MARKS = 2000;

interface Group {
  lane: string;
  end: string;
  standing: string;
  targets: Target[];
}

export function timeline(data: Data, targets: Target[], host: Host, words: Words = wordsOf('en')): Element {
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const keep = new Set(targets.map((t) => t.plan));
  const plans = data.plans.filter((p) => keep.has(p.id) || targets.length === data.targets.length);
  const laneCodes = new Set<string>(
    [...plans.map((p) => p.jurisdiction), ...targets.map((t) => t.region)].filter(Boolean),
  );
  const chainOf = (c: string) => regions.get(c)?.chain ?? [c];
  const lanes = [...laneCodes].sort((a, b) => (chainOf(a).join('\u0000') < chainOf(b).join('\u0000') ? -1 : 1));
  const laneLabel = (c: string) => {
    const r = regions.get(c);
    const depth = lanes.filter((l) => l !== c && chainOf(c).includes(l)).length;
    return `${'\u2003'.repeat(depth)}${r && r.name !== c ? `${c} ${r.name}` : c}`;
  };
  const labels = new Map(lanes.map((c) => [c, laneLabel(c)]));
  const lane = (c: string) => labels.get(c) ?? c;

  const dated = targets.filter((t) => t.deadline);
  const times = [
    data.referenceDate,
    ...dated.map((t) => t.deadline!.end),
    ...plans.flatMap((p) => (p.period ? [p.period.start, p.period.end ?? ''] : [])),
  ]
    .filter(Boolean)
    .sort();
  const last = times.at(-1) ?? data.referenceDate;
  const planEnd = (p: Data['plans'][number]) => day(p.period?.end ?? last);
  const withPeriod = plans.filter((p) => p.period);

  // spread targets that share a lane and a deadline over a few rows, one Plot mark per row
  const seen = new Map<string, number>();
  const rows: Target[][] = Array.from({ length: SPREAD }, () => []);
  for (const t of dated) {
    const k = `${t.region} ${t.deadline!.end}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    rows[n % SPREAD]!.push(t);
  }

  const byPlan = new Map(plans.map((p) => [p.id, p]));
  const byTarget = new Map(targets.map((t) => [`${t.plan}#${t.id}`, t]));
  type Link = { r: Data['relations'][number]; x1: Date; y1: string; x2: Date; y2: string };
  const links = data.relations.flatMap((r): Link[] => {
    if (r.type === 'revises') {
      const a = byTarget.get(r.from);
      const b = byTarget.get(r.to);
      return a?.deadline && b?.deadline
        ? [{ r, x1: day(a.deadline.end), y1: lane(a.region), x2: day(b.deadline.end), y2: lane(b.region) }]
        : [];
    }
    const a = byPlan.get(r.from);
    const b = byPlan.get(r.to);
    return a?.period && b?.period
      ? [{ r, x1: day(a.period.start), y1: lane(a.jurisdiction), x2: planEnd(b), y2: lane(b.jurisdiction) }]
      : [];
  });
  // marks that would be drawn on top of each other are drawn once, naming all they stand for
  const linkGroups = groupBy(links, (l) => `${l.r.type} ${+l.x1} ${l.y1} ${+l.x2} ${l.y2}`);
  const many = (names: string[]) =>
    `${names.slice(0, 5).join('\n')}${names.length > 5 ? `\n${words.t('report.timeline.more', { count: String(names.length - 5) })}` : ''}`;

  const title = (t: Target) =>
    words.t('report.timeline.target', {
      plan: t.plan,
      id: t.id,
      metric: t.metric,
      level: levelText(t, words),
      deadline: t.deadline?.text ?? '—',
      end: t.deadline?.end ?? '',
      standing: words.standing(t.standing),
      region: t.region,
      place: placeLabel(t.place),
    });
  const marginLeft = Math.min(260, 12 + Math.max(40, ...[...labels.values()].map((l) => l.length * 6.5)));
  const marks: Plot.Markish[] = [
    // lane labels from the left edge, so that the indentation shows country → province → city
    Plot.axisY({ textAnchor: 'start', dx: -marginLeft + 4, tickSize: 0, label: null }),
    ...[true, false].map((closed) => {
      const bars = groupBy(
        withPeriod.filter((p) => (p.period!.end !== null) === closed),
        (p) => `${p.jurisdiction} ${p.period!.start} ${p.period!.end}`,
      );
      return Plot.barX(bars, {
        x1: (g) => day(g[0].period!.start),
        x2: (g) => planEnd(g[0]),
        y: (g) => lane(g[0].jurisdiction),
        fill: 'currentColor',
        fillOpacity: 0.12,
        stroke: 'currentColor',
        strokeOpacity: 0.35,
        strokeDasharray: closed ? undefined : '4,3',
        insetTop: 3,
        insetBottom: 3,
        title: (g) => {
          const p = g[0];
          const period = words.t('report.timeline.period', {
            start: String(p.period!.start),
            end: p.period!.end === null ? words.t('report.timeline.open') : String(p.period!.end),
          });
          if (g.length > 1)
            return words.t('report.timeline.plans', {
              count: String(g.length),
              period,
              names: many(g.map((x: Data['plans'][number]) => `${x.id}: ${x.title}`)),
              place: placeLabel(p.place),
            });
          return words.t('report.timeline.plan', {
            id: p.id,
            title: p.title,
            period,
            status: words.planStatus(p.status),
            targets: String(p.targets),
            measures: String(p.measures),
            place: placeLabel(p.place),
          });
        },
        className: 'pp-plan',
        ariaLabel: (g) => (g.length > 1 ? `${g.length} plans` : `plan ${g[0].id}`),
        render: clickable(
          bars,
          (g) => g[0]!.place,
          (g) => g[0]!.id,
          host,
        ),
      });
    }),
    Plot.ruleX([day(data.referenceDate)], {
      stroke: '#e53935',
      strokeDasharray: '3,3',
      title: () => words.t('report.timeline.today-title', { date: data.referenceDate }),
      className: 'pp-today',
    }),
    Plot.text([day(data.referenceDate)], {
      x: (d) => d,
      frameAnchor: 'top',
      dy: -8,
      text: () => words.t('report.timeline.today', { date: data.referenceDate }),
      fill: '#e53935',
      title: () => words.t('report.timeline.today-title', { date: data.referenceDate }),
    }),
    Plot.arrow(linkGroups, {
      x1: (g) => g[0].x1,
      y1: (g) => g[0].y1,
      x2: (g) => g[0].x2,
      y2: (g) => g[0].y2,
      bend: true,
      stroke: (g) => LINK_COLOURS[g[0].r.type] ?? '#8e8e8e',
      strokeOpacity: 0.8,
      title: (g) =>
        `${many(g.map((d: Link) => words.relation(d.r.from, d.r.type, d.r.to)))}\n${placeLabel(g[0].r.place)}`,
      className: 'pp-relation',
      ariaLabel: (g) => `${g[0].r.from} ${g[0].r.type} ${g[0].r.to}${g.length > 1 ? ` and ${g.length - 1} more` : ''}`,
      render: clickable(
        linkGroups,
        (g) => g[0]!.r.place,
        (g) => `${g[0]!.r.from} ${g[0]!.r.type} ${g[0]!.r.to}`,
        host,
      ),
    }),
    ...(dated.length > TIMELINE_MARKS ? [groupedDeadlines(dated, lane, host, words)] : []),
    ...(dated.length > TIMELINE_MARKS ? [] : rows).map((row, i) =>
      Plot.dot(row, {
        x: (t) => day(t.deadline!.end),
        y: (t) => lane(t.region),
        dy: (i - (SPREAD - 1) / 2) * 6,
        r: 4,
        fill: 'standing',
        stroke: 'var(--pp-bg, white)',
        strokeWidth: 0.8,
        title,
        className: 'pp-deadline',
        ariaLabel: (t) => `${t.plan} ${t.id} ${t.standing}`,
        render: clickable(
          row,
          (t) => t.place,
          (t) => `${t.plan}#${t.id}`,
          host,
        ),
      }),
    ),
  ];
  const fig = Plot.plot({
    width: 1100,
    height: 60 + lanes.length * 42,
    marginLeft,
    marginTop: 30,
    x: { type: 'utc', label: null, grid: true },
    y: { domain: lanes.map(lane), label: null, axis: null },
    color: { type: 'ordinal', ...present(targets), legend: true, tickFormat: (s: string) => words.standing(s) },
    r: { range: [3, 14] },
    style: { background: 'transparent', fontSize: '12px' },
    marks,
  });
  fig.setAttribute('data-view', 'timeline');
  return fig;
}

function groupedDeadlines(dated: Target[], lane: (code: string) => string, host: Host, words: Words): Plot.Markish {
  const groups = new Map<string, Group>();
  for (const t of dated) {
    const k = `${t.region}\u0000${t.deadline!.end}\u0000${t.standing}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { lane: lane(t.region), end: t.deadline!.end, standing: t.standing, targets: [] }));
    g.targets.push(t);
  }
  const list = [...groups.values()];
  const title = (g: Group) => {
    const params = {
      count: String(g.targets.length),
      end: g.end,
      standing: words.standing(g.standing),
      names: g.targets
        .slice(0, 5)
        .map((t) => `${t.plan} · ${t.id}`)
        .join('\n'),
      place: placeLabel(g.targets[0]!.place),
    };
    return g.targets.length > 5
      ? words.t('report.timeline.group-more', { ...params, more: String(g.targets.length - 5) })
      : words.t('report.timeline.group', params);
  };
  return Plot.dot(list, {
    x: (g) => day(g.end),
    y: 'lane',
    r: (g) => g.targets.length,
    fill: 'standing',
    fillOpacity: 0.8,
    stroke: 'var(--pp-bg, white)',
    title,
    className: 'pp-deadline-group',
    ariaLabel: (g) => `${g.targets.length} targets due ${g.end} ${g.standing}`,
    render: clickable(
      list,
      (g) => g.targets[0]!.place,
      (g) => `${g.lane} ${g.end} ${g.standing}`,
      host,
    ),
  });
}

/** The standings that occur, in the fixed order and colours. */
export function present(targets: Target[]): { domain: string[]; range: string[] } {
  const seen = new Set(targets.map((t) => t.standing));
  const domain = [...STANDINGS.filter((s) => seen.has(s)), ...[...seen].filter((s) => !STANDINGS.includes(s)).sort()];
  return { domain, range: domain.map((s) => STANDING_COLOURS[STANDINGS.indexOf(s)] ?? '#9e9e9e') };
}

/** Items by a key, in first-seen order. */
function groupBy<T>(items: T[], key: (d: T) => string): T[][] {
  const m = new Map<string, T[]>();
  for (const d of items) {
    const k = key(d);
    const g = m.get(k);
    if (g) g.push(d);
    else m.set(k, [d]);
  }
  return [...m.values()];
}
