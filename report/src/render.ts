/**
 * The one renderer of the dataset overview, used by both hosts (the HTML report and the VS Code webview):
 * filters on top, then the timeline, progress, map and table of the targets the filters keep.
 */
import { chainsOf, defaultState, filterTargets, type Data, type Filters, type Host, type ViewState } from './model';
import { map } from './map';
import { progress } from './progress';
import { CSS } from './style';
import { table } from './table';
import { timeline } from './timeline';
import { languageOfPage, wordsOf, type Words } from './words';

export interface Rendered {
  /** Shows new data (a file changed), keeping the filters and the sort. */
  update(data: Data): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function select(options: Array<[string, string]>, value: string, name: string): HTMLSelectElement {
  const s = el('select', { name });
  for (const [v, label] of options) s.append(el('option', { value: v, textContent: label }));
  s.value = options.some(([v]) => v === value) ? value : '';
  return s;
}

export function render(root: HTMLElement, first: Data, host: Host): Rendered {
  let data = first;
  let words: Words = wordsOf(languageOfPage(first, document));
  const state: ViewState = { ...defaultState(), ...host.getState() };
  state.filters = { ...defaultState().filters, ...state.filters };
  const style = el('style', { textContent: CSS });
  root.classList.add('pp-root');

  const save = () => host.setState(JSON.parse(JSON.stringify(state)) as ViewState);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (fn: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(fn, 200);
  };

  const draw = () => {
    const chains = chainsOf(data);
    const targets = filterTargets(data, state.filters, chains);
    const header = el(
      'header',
      {},
      el('h1', { textContent: words.t('report.title') }),
      el('p', {
        className: 'pp-meta',
        textContent: words.t('report.meta', {
          plans: String(data.plans.length),
          targets: String(data.targets.length),
          measures: String(data.measures.length),
          date: data.referenceDate,
        }),
      }),
      el('p', {
        className: 'pp-meta',
        textContent: data.rates.length
          ? words.t('report.rates', {
              rates: data.rates
                .map((r) => `${r.currency} ${r.perUsd.toPrecision(4)}/USD (${r.year})`)
                .join(words.language === 'zh-cn' ? '，' : ', '),
            })
          : words.t('report.no-rates'),
      }),
    );
    const filters = filterForm(data, chains, state.filters, words, (f, now) => {
      state.filters = f;
      save();
      if (now) draw();
      else later(draw);
    });
    const count = el('p', {
      className: 'pp-count',
      textContent: words.t('report.count', { shown: String(targets.length), total: String(data.targets.length) }),
    });
    count.setAttribute('data-count', String(targets.length));

    const groupSelect = select(
      [
        ['plan', words.t('report.group.plan')],
        ['indicator', words.t('report.group.indicator')],
      ],
      state.progressGroup,
      'progress-group',
    );
    groupSelect.addEventListener('change', () => {
      state.progressGroup = groupSelect.value as ViewState['progressGroup'];
      save();
      draw();
    });
    const metricSelect = select(
      [
        ['targets', words.t('report.metric.targets')],
        ['money', words.t('report.metric.money')],
        ['funding', words.t('report.metric.funding')],
      ],
      state.mapMetric,
      'map-metric',
    );
    metricSelect.addEventListener('change', () => {
      state.mapMetric = metricSelect.value as ViewState['mapMetric'];
      save();
      draw();
    });
    const onSort = (column: string) => {
      state.sort = { column, descending: state.sort.column === column ? !state.sort.descending : false };
      save();
      draw();
    };
    const section = (id: string, title: string, body: Element, extra?: Element) => {
      const h = el('h2', { id: `pp-${id}`, textContent: title });
      if (extra) h.append(el('label', { className: 'pp-inline' }, extra));
      return el('section', {}, h, body);
    };
    const hint = el('p', {
      className: 'pp-note',
      textContent: host.open ? words.t('report.hint.open') : words.t('report.hint.places'),
    });
    root.replaceChildren(
      style,
      header,
      filters,
      count,
      hint,
      section(
        'timeline',
        words.t('report.section.timeline'),
        timed('timeline', () => timeline(data, targets, host, words)),
      ),
      section(
        'progress',
        words.t('report.section.progress'),
        timed('progress', () => progress(data, targets, state, host, words)),
        groupSelect,
      ),
      section(
        'map',
        words.t('report.section.map'),
        timed('map', () => map(data, targets, state, words)),
        metricSelect,
      ),
      section(
        'table',
        words.t('report.section.table'),
        timed('table', () => table(data, targets, state, host, onSort, words)),
      ),
    );
  };
  draw();
  return {
    update(next: Data) {
      data = next;
      words = wordsOf(languageOfPage(next, document));
      draw();
    },
  };
}

/** Draws a view between two User Timing marks (pp:view), which the report bench reads. */
function timed<T>(name: string, fn: () => T): T {
  performance.mark(`pp:${name}:start`);
  const out = fn();
  performance.measure(`pp:${name}`, `pp:${name}:start`);
  return out;
}

function filterForm(
  data: Data,
  chains: Map<string, string[]>,
  current: Filters,
  words: Words,
  change: (f: Filters, now: boolean) => void,
): HTMLElement {
  const used = new Set<string>();
  for (const t of data.targets) for (const c of chains.get(t.region) ?? [t.region]) used.add(c);
  for (const p of data.plans) used.add(p.jurisdiction);
  const regions = data.regions.filter((r) => used.has(r.code));
  const jurisdiction = select(
    [
      ['', words.t('report.filter.all')],
      ...regions.map((r): [string, string] => [
        r.code,
        `${'\u00a0\u00a0'.repeat(r.chain.length - 1)}${r.code}${r.name !== r.code ? ` ${r.name}` : ''}`,
      ]),
    ],
    current.jurisdiction,
    'jurisdiction',
  );
  const standings = [...new Set(data.targets.map((t) => t.standing))].sort();
  const standing = select(
    [['', words.t('report.filter.all')], ...standings.map((s): [string, string] => [s, words.standing(s)])],
    current.standing,
    'standing',
  );
  const indicator = el('input', {
    type: 'search',
    name: 'indicator',
    value: current.indicator,
    placeholder: words.t('report.filter.indicator-placeholder'),
  });
  const metrics = el('datalist', { id: 'pp-metrics' });
  for (const m of [...new Set(data.targets.map((t) => t.metric))].sort()) metrics.append(el('option', { value: m }));
  indicator.setAttribute('list', 'pp-metrics');
  const dates = words.t('report.filter.date-placeholder');
  const from = el('input', { type: 'text', name: 'from', value: current.from, placeholder: dates, size: 10 });
  const to = el('input', { type: 'text', name: 'to', value: current.to, placeholder: dates, size: 10 });
  const read = (): Filters => ({
    jurisdiction: jurisdiction.value,
    standing: standing.value,
    indicator: indicator.value,
    from: from.value,
    to: to.value,
  });
  for (const s of [jurisdiction, standing]) s.addEventListener('change', () => change(read(), true));
  for (const i of [indicator, from, to]) i.addEventListener('input', () => change(read(), false));
  const reset = el('button', { type: 'button', textContent: words.t('report.filter.clear') });
  reset.addEventListener('click', () =>
    change({ jurisdiction: '', standing: '', indicator: '', from: '', to: '' }, true),
  );
  const label = (text: string, input: Element) => el('label', {}, text, input);
  const form = el(
    'form',
    { className: 'pp-filters' },
    label(words.t('report.filter.jurisdiction'), jurisdiction),
    label(words.t('report.filter.standing'), standing),
    label(words.t('report.filter.indicator'), indicator),
    metrics,
    label(words.t('report.filter.from'), from),
    label(words.t('report.filter.to'), to),
    reset,
  );
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}
