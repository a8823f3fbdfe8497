/** One row per target, for analysts who continue in a spreadsheet or pandas. */
import type { ParsedDocument } from './engine';
import { deadlineOf } from './model';
import { parseAmount } from './domain/money';
import { get, items, scalar, str } from './yaml/tree';

export interface TargetRow {
  plan: string;
  jurisdiction: string;
  target: string;
  metric: string;
  comparator: string;
  amount: number | null;
  currency_or_unit: string;
  outcome: string;
  deadline: string;
  baseline_amount: number | null;
  baseline_at: string;
  status: string;
  source_urls: string;
}

export const ROW_COLUMNS: Array<keyof TargetRow> = ['plan', 'jurisdiction', 'target', 'metric', 'comparator', 'amount', 'currency_or_unit', 'outcome', 'deadline', 'baseline_amount', 'baseline_at', 'status', 'source_urls'];

function amountOf(holder: ReturnType<typeof get>, plan: ParsedDocument['plan']): { amount: number | null; unit: string } {
  const money = get(holder, 'money');
  if (money) {
    const a = scalar(get(money, 'amount'));
    return { amount: a ? parseAmount(a.value, a.source)?.value ?? null : null, unit: str(get(money, 'currency')) ?? plan.currency ?? '' };
  }
  const q = get(holder, 'quantity');
  if (q) {
    const v = scalar(get(q, 'value'));
    return { amount: v ? parseAmount(v.value, v.source)?.value ?? null : null, unit: str(get(q, 'unit')) ?? '' };
  }
  return { amount: null, unit: '' };
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
    const { amount, unit } = amountOf(t, plan);
    const baseline = get(t, 'baseline');
    const b = amountOf(baseline, plan);
    const sources = items(get(t, 'sources')).map(str).filter((x): x is string => !!x);
    return {
      plan: plan.id ?? '',
      jurisdiction: str(get(t, 'region')) ?? jurisdiction,
      target: str(get(t, 'id')) ?? '',
      metric: str(get(t, 'metric')) ?? '',
      comparator: str(get(t, 'comparator')) ?? 'at-least',
      amount,
      currency_or_unit: unit,
      outcome: str(get(t, 'outcome')) ?? '',
      deadline: deadlineOf(get(t, 'deadline'))?.end ?? '',
      baseline_amount: b.amount,
      baseline_at: deadlineOf(get(baseline, 'at'))?.end ?? '',
      status: str(get(t, 'status')) ?? 'active',
      source_urls: sources.map((s) => urls.get(s) ?? '').filter(Boolean).join(' '),
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
