/** Inlay hints: the normalised date after a year, quarter or month (a period's start: its first day); an amount in words; a target's standing. */
import type { DatasetContext } from '../dataset';
import { parseAmount } from '../domain/money';
import { localeOf } from '../i18n';
import type { ParsedDocument } from '../engine';
import { deadlineOf } from '../model';
import { deadlinePlaces } from '../rules/deadlinePlaces';
import { moneyPlaces } from '../rules/moneyPlaces';
import { standingHints } from './standing';

export interface InlayHint {
  offset: number;
  label: string;
}

export interface InlayHintOptions {
  /**
   * The dataset (reference date, units, other plans, the reader's language): with it, each target gets a hint
   * with its standing. Without it, the hints are in English.
   */
  dataset?: DatasetContext;
}

export function inlayHints(
  doc: ParsedDocument,
  range: { start: number; end: number },
  options: InlayHintOptions = {},
): InlayHint[] {
  if (doc.kind !== 'plan') return [];
  const out: InlayHint[] = [];
  const locale = options.dataset?.locale ?? localeOf('en');
  const inside = (o: number) => o >= range.start && o <= range.end;
  for (const p of deadlinePlaces(doc.plan)) {
    const d = deadlineOf(p.node);
    // a period's start is its first day ("from 2023" is from 2023-01-01); every other place its last
    if (d && d.kind !== 'date' && inside(p.node.range.end))
      out.push({
        offset: p.node.range.end,
        label: p.role === 'period-start' ? locale.t('editor.inlay.from', { date: d.start }) : `→ ${d.end}`,
      });
  }
  for (const m of moneyPlaces(doc.plan)) {
    if (!m.amount || !inside(m.amount.range.end)) continue;
    const a = parseAmount(m.amount.value, m.amount.source);
    if (a && Math.abs(a.value) >= 1e6)
      out.push({
        offset: m.amount.range.end,
        label: `= ${m.effectiveCurrency ? locale.money(a.value, m.effectiveCurrency) : locale.scaled(a.value)}`,
      });
  }
  if (options.dataset)
    for (const h of standingHints(doc, options.dataset))
      if (inside(h.offset)) out.push({ offset: h.offset, label: h.label });
  return out.sort((a, b) => a.offset - b.offset);
}
