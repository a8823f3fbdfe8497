/**
 * Map: China's provinces and the world's countries shaded by the number of targets, the money of the
 * targets or the funding of the measures (USD), within each region; the dataset's own regions (cities,
 * groups) as points at the centre of their province, which is where a region without shape is placed.
 */
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { iso31661Alpha2ToNumeric } from 'iso-3166/1-a2-to-1-n.js';
import cnProvinces from '../data/cn-provinces.topo.json';
import type { Data, Target, ViewState } from './model';
import { wordsOf, type ReportKey, type Words } from './words';

type Props = { name: string; nameZh?: string };
type Shapes = FeatureCollection<Geometry, Props>;

const world = feature(
  countries110m as unknown as Topology,
  (countries110m as unknown as Topology).objects.countries as GeometryCollection<Props>,
) as Shapes;
const china = feature(
  cnProvinces as unknown as Topology,
  (cnProvinces as unknown as Topology).objects.provinces as GeometryCollection<Props>,
) as Shapes;
const numericToAlpha2 = new Map(
  Object.entries(iso31661Alpha2ToNumeric as Record<string, string>).map(([a2, n]) => [n, a2]),
);

interface Totals {
  targets: number;
  money: number;
  funding: number;
  /** Groups (EU, a dataset group) whose targets are counted here because the region is a member. */
  via: Set<string>;
}

/** What lies in or below each region, from the filtered targets (a group's targets count in each member). */
export function totals(data: Data, targets: Target[], jurisdiction: string): Map<string, Totals> {
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const out = new Map<string, Totals>();
  const add = (code: string, k: 'targets' | 'money' | 'funding', v: number, via?: string) => {
    let t = out.get(code);
    if (!t) out.set(code, (t = { targets: 0, money: 0, funding: 0, via: new Set() }));
    t[k] += v;
    if (via) t.via.add(via);
  };
  const spread = (code: string, k: 'targets' | 'money' | 'funding', v: number) => {
    for (const c of regions.get(code)?.chain ?? [code]) {
      add(c, k, v);
      for (const m of regions.get(c)?.members ?? []) add(m, k, v, c);
    }
  };
  for (const t of targets) {
    spread(t.region, 'targets', 1);
    if (t.level.money?.usd) spread(t.region, 'money', t.level.money.usd);
  }
  for (const m of data.measures) {
    if (!m.funding?.usd) continue;
    for (const r of m.regions)
      if (!jurisdiction || (regions.get(r)?.chain ?? [r]).includes(jurisdiction))
        spread(r, 'funding', m.funding.usd / m.regions.length);
  }
  return out;
}

const METRIC_LABEL = {
  targets: 'report.map.targets',
  money: 'report.metric.money',
  funding: 'report.metric.funding',
} as const satisfies Record<ViewState['mapMetric'], ReportKey>;

export function map(data: Data, targets: Target[], state: ViewState, words: Words = wordsOf('en')): Element {
  const metric = state.mapMetric;
  const metricLabel = words.t(METRIC_LABEL[metric]);
  const sums = totals(data, targets, state.filters.jurisdiction);
  const value = (code: string) => sums.get(code)?.[metric] ?? 0;
  const show = (code: string, name: string) => {
    const t = sums.get(code);
    const params = {
      code,
      name,
      targets: String(t?.targets ?? 0),
      money: words.usd(t?.money ?? 0),
      funding: words.usd(t?.funding ?? 0),
    };
    return t && t.via.size
      ? words.t('report.map.tooltip-via', { ...params, via: [...t.via].join(words.language === 'zh-cn' ? '、' : ', ') })
      : words.t('report.map.tooltip', params);
  };
  const fill = (code: string) => (value(code) > 0 ? value(code) : null);
  const color = {
    type: 'sqrt' as const,
    scheme: 'blues' as const,
    zero: true,
    legend: true,
    label: words.t('report.map.by-province', { metric: metricLabel }),
    tickFormat: metric === 'targets' ? undefined : (v: number) => words.amount(v, ''),
  };

  const provinceOf = new Map(china.features.map((f) => [String(f.id), f]));
  const points = data.regions.filter(
    (r) => (r.level === 'city' || r.level === 'group') && r.chain.some((c) => provinceOf.has(c)),
  );
  const province = (r: Data['regions'][number]) =>
    provinceOf.get([...r.chain].reverse().find((c) => provinceOf.has(c))!)!;

  const chinaMap = Plot.plot({
    width: 620,
    height: 480,
    projection: { type: 'conic-equal-area', rotate: [-105, 0], parallels: [25, 47], domain: china },
    color,
    style: { background: 'transparent', fontSize: '12px' },
    marks: [
      // every province outlined (Plot leaves out a shape whose fill is null), the ones with data shaded
      Plot.geo(china, {
        fill: 'var(--pp-bg, white)',
        stroke: 'currentColor',
        strokeOpacity: 0.25,
        title: (f) => show(String(f.id), `${f.properties.name} ${f.properties.nameZh ?? ''}`.trim()),
      }),
      Plot.geo(china, {
        fill: (f) => fill(String(f.id)),
        stroke: 'currentColor',
        strokeOpacity: 0.4,
        title: (f) => show(String(f.id), `${f.properties.name} ${f.properties.nameZh ?? ''}`.trim()),
        className: 'pp-province',
      }),
      Plot.dot(
        points,
        Plot.geoCentroid({
          geometry: province,
          r: (r) => 3 + Math.sqrt(value(r.code)),
          fill: '#fb8c00',
          stroke: 'white',
          title: (r) =>
            words.t('report.map.placed-at', { tooltip: show(r.code, r.name), province: province(r).properties.name }),
          className: 'pp-city',
        }),
      ),
      Plot.text(
        points,
        Plot.geoCentroid({
          geometry: province,
          text: 'name',
          dy: -12,
          fontSize: 10,
          title: (r) => show(r.code, r.name),
        }),
      ),
    ],
  });
  chinaMap.setAttribute('data-view', 'map-china');

  const countryCode = (f: Shapes['features'][number]) => numericToAlpha2.get(String(f.id)) ?? '';
  const worldMap = Plot.plot({
    width: 620,
    height: 340,
    projection: 'equal-earth',
    // its own scale (a country holds all its provinces' targets), so its own legend
    color: { ...color, label: words.t('report.map.by-country', { metric: metricLabel }) },
    style: { background: 'transparent', fontSize: '12px' },
    marks: [
      Plot.sphere({ stroke: 'currentColor', strokeOpacity: 0.3 }),
      Plot.geo(world, {
        fill: 'var(--pp-bg, white)',
        stroke: 'currentColor',
        strokeOpacity: 0.2,
        strokeWidth: 0.5,
        title: (f) => show(countryCode(f), f.properties.name),
      }),
      Plot.geo(world, {
        fill: (f) => fill(countryCode(f)),
        stroke: 'currentColor',
        strokeOpacity: 0.25,
        strokeWidth: 0.5,
        title: (f) => show(countryCode(f), f.properties.name),
        className: 'pp-country',
      }),
    ],
  });
  worldMap.setAttribute('data-view', 'map-world');
  const wrap = document.createElement('div');
  wrap.className = 'pp-maps';
  wrap.append(chinaMap, worldMap);
  return wrap;
}
