/** The measured value of a target or baseline: money or quantity, in comparable terms. */
import { localeOf, type Locale } from '../i18n';
import { remembered, type PlanModel } from '../model';
import { amountValue } from '../domain/money';
import { get, scalar, str, type YNode } from '../yaml/tree';

export type Measured =
  | { kind: 'money'; node: YNode; amount: number | null; currency: string | null }
  | { kind: 'quantity'; node: YNode; amount: number | null; unit: string | null }
  | { kind: 'outcome'; node: YNode };

export function measuredOf(holder: YNode | null, plan: PlanModel): Measured | null {
  if (!holder) return null;
  // read once per node (many rules ask), kept across versions while the plan's currency is the same
  return remembered(plan.memo.measured, holder, plan, readMeasured);
}

function readMeasured(holder: YNode, plan: PlanModel): Measured | null {
  const money = get(holder, 'money');
  if (money) {
    const a = scalar(get(money, 'amount'));
    return {
      kind: 'money',
      node: money,
      amount: a ? amountValue(a.value) : null,
      currency: str(get(money, 'currency')) ?? plan.currency,
    };
  }
  const q = get(holder, 'quantity');
  if (q) {
    const v = scalar(get(q, 'value'));
    return {
      kind: 'quantity',
      node: q,
      amount: v ? amountValue(v.value) : null,
      unit: str(get(q, 'unit')),
    };
  }
  const o = get(holder, 'outcome');
  if (o) return { kind: 'outcome', node: o };
  return null;
}

/** What a value measures, in the locale's words: "money in CNY", "a quantity in t", "an outcome". */
export function describeMeasure(m: Measured, locale: Locale = localeOf('en')): string {
  if (m.kind === 'money')
    return m.currency ? locale.t('measure.money-in', { currency: m.currency }) : locale.t('measure.money');
  if (m.kind === 'quantity')
    return m.unit ? locale.t('measure.quantity-in', { unit: m.unit }) : locale.t('measure.quantity');
  return locale.t('measure.outcome');
}
