/** One row per target, for analysts who continue in a spreadsheet or pandas. */
import type { ParsedDocument } from './engine';
import { deadlineOf } from './model';
import { exactDecimal, notFinite } from './domain/decimalText';
import { yaml11Number } from './domain/money';
import { get, items, scalar, str } from './yaml/tree';

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
];

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

export function exportRows(doc: ParsedDocument): TargetRow[] {
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
      source_urls: [...new Set(sources.map((s) => urls.get(s) ?? '').filter(Boolean))].join(' '),
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
