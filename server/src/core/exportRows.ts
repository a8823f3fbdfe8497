/** One row per target, for analysts who continue in a spreadsheet or pandas. */
import type { DatasetContext } from './dataset';
import type { ParsedDocument } from './engine';
import { deadlineOf } from './model';
import { parseAmount } from './domain/money';
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
];

/** A number as written: 300e9 becomes 300000000000, "1250.50" stays 1250.50. */
function numberText(value: unknown, source: string): string {
  if (typeof value === 'string') {
    const t = value.trim();
    if (/^[-+]?\d+(?:\.\d+)?$/.test(t)) return t.replace(/^\+/, '');
  }
  const a = parseAmount(value, source);
  if (!a) return '';
  return Number.isSafeInteger(a.value) || Math.abs(a.value) < 1e21 ? a.value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(a.value);
}

function amountOf(holder: ReturnType<typeof get>, plan: ParsedDocument['plan']): { kind: string; amount: string; unit: string } {
  const money = get(holder, 'money');
  if (money) {
    const a = scalar(get(money, 'amount'));
    return { kind: 'money', amount: a ? numberText(a.value, a.source) : '', unit: str(get(money, 'currency')) ?? plan.currency ?? '' };
  }
  const q = get(holder, 'quantity');
  if (q) {
    const v = scalar(get(q, 'value'));
    return { kind: 'quantity', amount: v ? numberText(v.value, v.source) : '', unit: str(get(q, 'unit')) ?? '' };
  }
  if (get(holder, 'outcome')) return { kind: 'outcome', amount: '', unit: '' };
  return { kind: '', amount: '', unit: '' };
}

export interface ExportRowOptions {
  /** The dataset (reference date, units, other plans) for the standing columns; without it they are empty. */
  dataset?: DatasetContext;
}

function plainNumber(n: number): string {
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
}

export function exportRows(doc: ParsedDocument, options: ExportRowOptions = {}): TargetRow[] {
  const plan = doc.plan;
  const urls = new Map<string, string>();
  for (const s of plan.sources) {
    const id = str(get(s, 'id'));
    const url = str(get(s, 'url'));
    if (id && url) urls.set(id, url);
  }
  const jurisdiction = str(plan.jurisdiction) ?? '';
  return plan.targets.map((t) => {
    const value = amountOf(t, plan);
    const baseline = get(t, 'baseline');
    const b = amountOf(baseline, plan);
    const sources = items(get(t, 'sources')).map(str).filter((x): x is string => !!x);
    const s = options.dataset ? targetStanding(t, plan, options.dataset) : null;
    const latest = s?.latest ?? null;
    return {
      plan: plan.id ?? '',
      jurisdiction,
      region: str(get(t, 'region')) ?? jurisdiction,
      target: str(get(t, 'id')) ?? '',
      metric: str(get(t, 'metric')) ?? '',
      kind: value.kind,
      comparator: value.kind === 'outcome' ? '' : str(get(t, 'comparator')) ?? 'at-least',
      amount: value.amount,
      currency_or_unit: value.unit,
      outcome: str(get(t, 'outcome')) ?? '',
      deadline: deadlineOf(get(t, 'deadline'))?.end ?? '',
      baseline_amount: b.amount,
      baseline_currency_or_unit: b.unit,
      baseline_at: deadlineOf(get(baseline, 'at'))?.end ?? '',
      status: str(get(t, 'status')) ?? 'active',
      source_urls: [...new Set(sources.map((x) => urls.get(x) ?? '').filter(Boolean))].join(' '),
      latest_amount: latest && s && s.level !== null ? plainNumber(latest.value) : '',
      latest_at: latest?.date ?? '',
      latest_source: latest?.obs.source ?? '',
      standing: s?.standing ?? '',
    };
  });
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: TargetRow[]): string {
  const lines = [ROW_COLUMNS.join(',')];
  for (const r of rows) lines.push(ROW_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}
