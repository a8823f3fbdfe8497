/** Inlay hints: the normalised date after a year, quarter or month (a period's start: its first day); an amount in words. */
import { parseAmount, amountInWords } from '../domain/money';
import type { ParsedDocument } from '../engine';
import { deadlineOf } from '../model';
import { deadlinePlaces } from '../rules/deadlinePlaces';
import { moneyPlaces } from '../rules/moneyPlaces';

export interface InlayHint {
  offset: number;
  label: string;
}

export function inlayHints(doc: ParsedDocument, range: { start: number; end: number }): InlayHint[] {
  if (doc.kind !== 'plan') return [];
  const out: InlayHint[] = [];
  const inside = (o: number) => o >= range.start && o <= range.end;
  for (const p of deadlinePlaces(doc.plan)) {
    const d = deadlineOf(p.node);
    // a period's start is its first day ("from 2023" is from 2023-01-01); every other place its last
    if (d && d.kind !== 'date' && inside(p.node.range.end)) out.push({ offset: p.node.range.end, label: p.role === 'period-start' ? `from ${d.start}` : `→ ${d.end}` });
  }
  for (const m of moneyPlaces(doc.plan)) {
    if (!m.amount || !inside(m.amount.range.end)) continue;
    const a = parseAmount(m.amount.value, m.amount.source);
    if (a && Math.abs(a.value) >= 1e6) out.push({ offset: m.amount.range.end, label: `= ${amountInWords(a.value)}${m.effectiveCurrency ? ` ${m.effectiveCurrency}` : ''}` });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
