import { agrees, readQuoteNumbers, yamlNumber, type QuotedNumber } from '../domain/quoteNumbers';
import { amountExact } from '../domain/money';
import { comparable, findUnit } from '../domain/units';
import type { DatasetContext } from '../dataset';
import type { PlanModel } from '../model';
import { get, items, scalar, str, type YNode } from '../yaml/tree';
import { replaceWith, type Rule, type RuleContext } from './rule';
import { measuredOf, type Measured } from './targetValue';

/** The one figure of a quote that can stand for this value, or null when there is none or several. */
export function quotedFigure(quote: string, m: Measured, dataset: DatasetContext): QuotedNumber | null {
  let list = readQuoteNumbers(quote);
  if (m.kind === 'money') {
    list = list.filter((n) => !n.unit);
    if (list.some((n) => n.currency)) list = list.filter((n) => n.currency);
  } else if (m.kind === 'quantity') {
    const unit = m.unit ? findUnit(m.unit, dataset) : undefined;
    if (unit?.id === 'percent' || unit?.id === 'percentage-points') list = list.filter((n) => n.unit === 'percent');
    else if (unit?.dimension === 'compute') list = list.filter((n) => n.unit && n.unit !== 'percent');
    else list = list.filter((n) => !n.unit && !n.currency);
  } else return null;
  return list.length === 1 ? list[0]! : null;
}

/** The quoted figure in the value's own terms (its unit), or null when the two do not compare. */
function inOwnTerms(q: QuotedNumber, m: Measured, dataset: DatasetContext): QuotedNumber | null {
  if (m.kind === 'money') return q.currency && m.currency && q.currency !== m.currency ? null : q;
  if (m.kind !== 'quantity' || !q.unit || q.unit === 'percent' || !m.unit) return q;
  const c = comparable(q.unit, m.unit, dataset);
  return c ? { ...q, value: (q.value * c.fa) / c.fb } : null;
}

function checkHolder(
  ctx: RuleContext,
  holder: YNode,
  /** Whose value it is, for the message: "target x" / "x progress" (made only for a finding). */
  owner: () => string,
  plan: PlanModel,
  fallbackCurrency: string | null = null,
): void {
  const quoteNode = scalar(get(holder, 'quote'));
  const quote = str(quoteNode);
  const measured = measuredOf(holder, plan);
  const m =
    measured?.kind === 'money' && fallbackCurrency && !str(get(measured.node, 'currency'))
      ? { ...measured, currency: fallbackCurrency }
      : measured;
  if (!quote || !quoteNode || !m || m.kind === 'outcome' || m.amount === null) return;
  const amount = m.amount;
  const found = quotedFigure(quote, m, ctx.dataset);
  const q = found && inOwnTerms(found, m, ctx.dataset);
  if (!q || agrees(amount, q)) return;
  const valueNode = scalar(get(m.node, m.kind === 'money' ? 'amount' : 'value'));
  if (!valueNode) return;
  const unit = m.kind === 'money' ? (m.currency ? ` ${m.currency}` : '') : m.unit ? ` ${m.unit}` : '';
  const said = q.magnitude
    ? ctx.t('quote/amount-mismatch.range', { text: q.text, low: amountExact(q.value), high: amountExact(q.value * 10) })
    : /^[\d,.]+$/.test(q.text)
      ? q.text
      : `${q.text} = ${amountExact(q.value)}${unit}`;
  const params = { owner: owner(), said, amount: amountExact(amount) };
  const quoted = yamlNumber(q.value);
  ctx.report({
    range: valueNode.range,
    message: m.kind === 'money' ? ctx.t('quote/amount-mismatch', params) : ctx.t('quote/amount-mismatch.value', params),
    related: [{ range: quoteNode.range, message: ctx.t('quote/amount-mismatch.related', { text: q.text }) }],
    ...(q.magnitude
      ? {}
      : {
          suggestions: [replaceWith(valueNode.range, quoted, ctx.t('quote/amount-mismatch.fix', { value: quoted }))],
        }),
  });
}

export const quoteAmountMismatch: Rule = {
  id: 'quote/amount-mismatch',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const id = str(get(t, 'id')) ?? 'target';
      checkHolder(ctx, t, () => ctx.t('quote/amount-mismatch.target', { id }), ctx.plan);
      // an observation's money without a currency is in the target's
      const own = measuredOf(t, ctx.plan);
      const currency = own?.kind === 'money' ? own.currency : null;
      for (const o of items(get(t, 'progress')))
        checkHolder(ctx, o, () => ctx.t('quote/amount-mismatch.progress', { id }), ctx.plan, currency);
    }
  },
};
