/** One row per target (and per measure), for analysts who continue in a spreadsheet or pandas. */
import { loneFile, type DatasetContext } from './dataset';
import type { ParsedDocument } from './engine';
import { ancestry } from './domain/regionCodes';
import { deadlineOf } from './model';
import { exactDecimal, notFinite } from './domain/decimalText';
import { yaml11Number } from './domain/money';
import { get, items, scalar, str } from './yaml/tree';
import { targetStanding } from './rules/targetProgress';

export interface TargetRow {
  plan: string;
  /** The plan's jurisdiction. */
  jurisdiction: string;
  /** The target's region (the jurisdiction unless the target names one). */
  region: string;
  target: string;
  metric: string;
  /** money, quantity or outcome */
  kind: string;
  /** Empty for an outcome. */
  comparator: string;
  /** The number as written in the file (a decimal string stays exact), or empty. */
  amount: string;
  currency_or_unit: string;
  outcome: string;
  deadline: string;
  baseline_amount: string;
  baseline_currency_or_unit: string;
  baseline_at: string;
  status: string;
  source_urls: string;
  /** The latest observation's figure in the target's currency or unit (converted when its unit differs), or empty. */
  latest_amount: string;
  /** The last day of the latest observation's `at`. */
  latest_at: string;
  /** The latest observation's source id. */
  latest_source: string;
  /** met, on-track, behind, missed, not-yet-due or no-data at the reference date; empty without a deadline. */
  standing: string;
  /** target or measure */
  row: string;
  /** The indicator id a target names, for comparing across plans. */
  indicator: string;
  /** The id of the target or measure this one's money is part of. */
  part_of: string;
  /** The region's parents, nearest first, space-separated (shenzhen → CN-GD CN), for roll-ups. */
  region_parents: string;
  plan_title: string;
  document_number: string;
  plan_status: string;
  plan_published: string;
  /** The first and last day of the plan's period. */
  period_start: string;
  period_end: string;
}

export const ROW_COLUMNS: Array<keyof TargetRow> = [
  'plan',
  'jurisdiction',
  'region',
  'target',
  'metric',
  'kind',
  'comparator',
  'amount',
  'currency_or_unit',
  'outcome',
  'deadline',
  'baseline_amount',
  'baseline_currency_or_unit',
  'baseline_at',
  'status',
  'source_urls',
  'latest_amount',
  'latest_at',
  'latest_source',
  'standing',
  'row',
  'indicator',
  'part_of',
  'region_parents',
  'plan_title',
  'document_number',
  'plan_status',
  'plan_published',
  'period_start',
  'period_end',
];

export type RowSelection = 'targets' | 'measures' | 'all';

export interface ExportRowOptions {
  /** Which rows: targets (the default), measures, or both. */
  rows?: RowSelection;
  /** The dataset: the regions' parent chains (without it, ISO parents only) and the standing columns (without it, empty). */
  dataset?: DatasetContext;
}

/**
 * A number as exact decimal digits, from the text as written: 300e9 becomes 300000000000, 1e21
 * 1000000000000000000000 (never 1e+21), an integer above 2^53 keeps every digit, "1250.50" stays 1250.50.
 * A value that is not a finite number (.inf, .nan, 1e400, "1e-400": errors of number/not-finite) is empty.
 */
function numberText(value: unknown, source: string): string {
  if (notFinite(value, source)) return '';
  if (typeof value === 'string') {
    const t = value.trim();
    return exactDecimal(t) ?? exactDecimal(yaml11Number(t) ?? '') ?? '';
  }
  if (typeof value !== 'number' && typeof value !== 'bigint') return '';
  const written = exactDecimal(source);
  // a plain number loses the zeros that only spell its form (300000000000.0 is 300000000000)
  if (written !== null) return written.includes('.') ? written.replace(/\.?0+$/, '') || '0' : written;
  // other YAML forms (0x1F, 0o17): their value, exactly
  if (typeof value === 'bigint' || Number.isSafeInteger(value)) return String(value);
  return exactDecimal(String(value)) ?? '';
}

function amountOf(
  holder: ReturnType<typeof get>,
  plan: ParsedDocument['plan'],
): { kind: string; amount: string; unit: string } {
  const money = get(holder, 'money');
  if (money) {
    const a = scalar(get(money, 'amount'));
    return {
      kind: 'money',
      amount: a ? numberText(a.value, a.source) : '',
      unit: str(get(money, 'currency')) ?? plan.currency ?? '',
    };
  }
  const q = get(holder, 'quantity');
  if (q) {
    const v = scalar(get(q, 'value'));
    return { kind: 'quantity', amount: v ? numberText(v.value, v.source) : '', unit: str(get(q, 'unit')) ?? '' };
  }
  if (get(holder, 'outcome')) return { kind: 'outcome', amount: '', unit: '' };
  return { kind: '', amount: '', unit: '' };
}

function plainNumber(n: number): string {
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
}

export function exportRows(doc: ParsedDocument, options: ExportRowOptions = {}): TargetRow[] {
  const plan = doc.plan;
  const rows = options.rows ?? 'targets';
  const urls = new Map<string, string>();
  for (const s of plan.sources) {
    const id = str(get(s, 'id'));
    const url = str(get(s, 'url'));
    if (id && url) urls.set(id, url);
  }
  const jurisdiction = str(plan.jurisdiction) ?? '';
  const dataset = options.dataset ?? loneFile('');
  const parents = (region: string) =>
    region
      .split(' ')
      .filter(Boolean)
      .map((r) => ancestry(r, dataset).slice(1).join(' '))
      .join(' | ');
  const common = {
    plan: plan.id ?? '',
    jurisdiction,
    plan_title: str(get(plan.root, 'title')) ?? '',
    document_number: str(get(plan.root, 'document-number')) ?? '',
    plan_status: plan.status ?? '',
    plan_published: plan.published ?? '',
    period_start: plan.period.start?.start ?? '',
    period_end: plan.period.end?.end ?? '',
  };
  const sourceUrls = (holder: ReturnType<typeof get>) => {
    const ids = items(get(holder, 'sources'))
      .map(str)
      .filter((x): x is string => !!x);
    return [...new Set(ids.map((s) => urls.get(s) ?? '').filter(Boolean))].join(' ');
  };
  const out: TargetRow[] = [];
  if (rows !== 'measures') {
    for (const t of plan.targets) {
      const value = amountOf(t, plan);
      const baseline = get(t, 'baseline');
      const b = amountOf(baseline, plan);
      const region = str(get(t, 'region')) ?? jurisdiction;
      const st = options.dataset ? targetStanding(t, plan, options.dataset) : null;
      const latest = st?.latest ?? null;
      out.push({
        ...common,
        region,
        target: str(get(t, 'id')) ?? '',
        metric: str(get(t, 'metric')) ?? '',
        kind: value.kind,
        comparator: value.kind === 'outcome' ? '' : (str(get(t, 'comparator')) ?? 'at-least'),
        amount: value.amount,
        currency_or_unit: value.unit,
        outcome: str(get(t, 'outcome')) ?? '',
        deadline: deadlineOf(get(t, 'deadline'))?.end ?? '',
        baseline_amount: b.amount,
        baseline_currency_or_unit: b.unit,
        baseline_at: deadlineOf(get(baseline, 'at'))?.end ?? '',
        status: str(get(t, 'status')) ?? 'active',
        source_urls: sourceUrls(t),
        row: 'target',
        indicator: str(get(t, 'indicator')) ?? '',
        part_of: str(get(t, 'part-of')) ?? '',
        region_parents: parents(region),
        latest_amount: latest && st && st.level !== null ? plainNumber(latest.value) : '',
        latest_at: latest?.date ?? '',
        latest_source: latest?.obs.source ?? '',
        standing: st?.standing ?? '',
      });
    }
  }
  if (rows !== 'targets') {
    for (const m of plan.measures) {
      const funding = get(m, 'funding');
      const a = scalar(get(funding, 'amount'));
      const region =
        items(get(m, 'regions'))
          .map(str)
          .filter((x): x is string => !!x)
          .join(' ') || jurisdiction;
      out.push({
        ...common,
        region,
        target: str(get(m, 'id')) ?? '',
        metric: str(get(m, 'title')) ?? '',
        kind: funding ? 'funding' : '',
        comparator: '',
        amount: a ? numberText(a.value, a.source) : '',
        currency_or_unit: funding ? (str(get(funding, 'currency')) ?? plan.currency ?? '') : '',
        outcome: '',
        deadline: deadlineOf(get(m, 'deadline'))?.end ?? '',
        baseline_amount: '',
        baseline_currency_or_unit: '',
        baseline_at: '',
        status: str(get(m, 'status')) ?? 'active',
        source_urls: sourceUrls(m),
        row: 'measure',
        indicator: '',
        part_of: str(get(m, 'part-of')) ?? '',
        region_parents: parents(region),
        latest_amount: '',
        latest_at: '',
        latest_source: '',
        standing: '',
      });
    }
  }
  return out;
}

/**
 * A cell for CSV. Text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP's "CSV Injection" page advises; numbers the export
 * itself wrote (-2000, 1.5e-3) are left alone so that they stay numbers.
 */
export function csvCell(v: unknown, options: { number?: boolean } = {}): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !(options.number && /^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(s))) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const NUMBER_COLUMNS = new Set<keyof TargetRow>(['amount', 'baseline_amount']);

/** The rows as CSV; `bom` starts it with a UTF-8 byte-order mark, which Excel needs to read Chinese text. */
export function toCsv(rows: TargetRow[], options: { bom?: boolean } = {}): string {
  const lines = [ROW_COLUMNS.join(',')];
  for (const r of rows) lines.push(ROW_COLUMNS.map((c) => csvCell(r[c], { number: NUMBER_COLUMNS.has(c) })).join(','));
  return `${options.bom ? '\ufeff' : ''}${lines.join('\n')}\n`;
}
