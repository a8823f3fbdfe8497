/** Table: every target that the filters keep, sortable by column, with the findings count of its plan. */
import { levelText, placeLabel, type Data, type Host, type Target, type ViewState } from './model';
import { wordsOf, type Words } from './words';

interface Column {
  id: string;
  label: string;
  text: (t: Target) => string;
  /** The sort key; text by default. */
  key?: (t: Target) => string | number;
}

export function columns(data: Data, words: Words = wordsOf('en')): Column[] {
  const findings = new Map(
    data.plans.map((p) => [p.id, p.findings.error + p.findings.warning + p.findings.information + p.findings.hint]),
  );
  const detail = new Map(data.plans.map((p) => [p.id, p.findings]));
  return [
    { id: 'plan', label: words.t('report.column.plan'), text: (t) => t.plan },
    { id: 'target', label: words.t('report.column.target'), text: (t) => t.id },
    { id: 'metric', label: words.t('report.column.indicator'), text: (t) => t.metric },
    { id: 'region', label: words.t('report.column.region'), text: (t) => t.region },
    {
      id: 'level',
      label: words.t('report.column.level'),
      text: (t) => levelText(t, words),
      key: (t) => t.level.value ?? -Infinity,
    },
    {
      id: 'usd',
      label: words.t('report.column.usd'),
      text: (t) => words.usd(t.level.money?.usd),
      key: (t) => t.level.money?.usd ?? -Infinity,
    },
    {
      id: 'deadline',
      label: words.t('report.column.deadline'),
      text: (t) => t.deadline?.text ?? '',
      key: (t) => t.deadline?.end ?? '',
    },
    { id: 'standing', label: words.t('report.column.standing'), text: (t) => words.standing(t.standing) },
    {
      id: 'findings',
      label: words.t('report.column.findings'),
      text: (t) => {
        const f = detail.get(t.plan);
        return f
          ? words.t('report.findings-count', {
              total: String(findings.get(t.plan)),
              errors: String(f.error),
              warnings: String(f.warning),
            })
          : '';
      },
      key: (t) => findings.get(t.plan) ?? 0,
    },
    {
      id: 'place',
      label: words.t('report.column.file'),
      text: (t) => placeLabel(t.place),
      key: (t) => `${t.place.file}\u0000${String(t.place.line).padStart(8, '0')}`,
    },
  ];
}

/** Rows drawn at first and per "show more": thousands of rows at once make the page slow to open. */
export const TABLE_PAGE = 200;

export function table(
  data: Data,
  targets: Target[],
  state: ViewState,
  host: Host,
  onSort: (column: string) => void,
  words: Words = wordsOf('en'),
): Element {
  const cols = columns(data, words);
  const col = cols.find((c) => c.id === state.sort.column) ?? cols[0]!;
  const key = col.key ?? col.text;
  const dir = state.sort.descending ? -1 : 1;
  const rows = [...targets].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * dir;
  });
  const el = document.createElement('table');
  el.className = 'pp-table';
  el.setAttribute('data-view', 'table');
  const head = el.createTHead().insertRow();
  for (const c of cols) {
    const th = document.createElement('th');
    th.textContent = c.label + (c.id === col.id ? (state.sort.descending ? ' ▼' : ' ▲') : '');
    th.setAttribute('data-column', c.id);
    th.setAttribute('aria-sort', c.id === col.id ? (state.sort.descending ? 'descending' : 'ascending') : 'none');
    th.tabIndex = 0;
    th.title = words.t('report.sort-by', { column: c.label.toLowerCase() });
    th.addEventListener('click', () => onSort(c.id));
    th.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') onSort(c.id);
    });
    head.append(th);
  }
  const body = el.createTBody();
  const wrap = document.createElement('div');
  wrap.append(el);
  let shown = 0;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'pp-more';
  const page = () => {
    body.append(rowsOf(rows.slice(shown, shown + TABLE_PAGE), cols, host, words));
    shown = Math.min(rows.length, shown + TABLE_PAGE);
    more.textContent = words.t('report.show-more', {
      count: String(Math.min(TABLE_PAGE, rows.length - shown)),
      remaining: String(rows.length - shown),
    });
    more.hidden = shown >= rows.length;
  };
  more.addEventListener('click', page);
  page();
  wrap.append(more);
  return wrap;
}

function rowsOf(rows: Target[], cols: Column[], host: Host, words: Words): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const t of rows) {
    const tr = document.createElement('tr');
    tr.setAttribute('data-key', `${t.plan}#${t.id}`);
    tr.title = `${t.plan} · ${t.id}: ${t.metric}\n${levelText(t, words)}\n${placeLabel(t.place)}`;
    if (host.open) {
      tr.classList.add('pp-link');
      tr.tabIndex = 0;
      tr.addEventListener('click', () => host.open!(t.place));
      tr.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') host.open!(t.place);
      });
    }
    for (const c of cols) {
      const td = document.createElement('td');
      td.textContent = c.text(t);
      if (c.id === 'standing') td.className = `pp-standing pp-standing-${t.standing}`;
      tr.append(td);
    }
    frag.append(tr);
  }
  return frag;
}
