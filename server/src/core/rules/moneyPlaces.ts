/** Every money value and currency code in a plan. */
import { perPlan, remembered, type PlanModel } from '../model';
import { get, scalar, type YNode, type YScalar } from '../yaml/tree';

export interface MoneyPlace {
  /** The money mapping. */
  node: YNode;
  amount: YScalar | null;
  /** The currency written on this money, if any. */
  currency: YScalar | null;
  /** The currency that applies: written, else the plan's. */
  effectiveCurrency: string | null;
  /** The target or measure that holds it. */
  owner: YNode;
  role: 'money' | 'stated-equivalent' | 'baseline' | 'funding';
}

export const moneyPlaces = perPlan(function moneyPlaces(plan: PlanModel): readonly MoneyPlace[] {
  const out: MoneyPlace[] = [];
  // each item's places read once per item node and kept across versions (PlanModel.memo)
  const memo = plan.memo.moneyPlaces;
  for (const t of plan.targets) out.push(...remembered(memo, t, plan, targetPlaces));
  for (const m of plan.measures) out.push(...remembered(memo, m, plan, measurePlaces));
  return out;
});

function place(node: YNode | null, owner: YNode, role: MoneyPlace['role'], plan: PlanModel): MoneyPlace[] {
  if (!node) return [];
  const currency = scalar(get(node, 'currency'));
  const written = currency && typeof currency.value === 'string' ? currency.value : null;
  return [
    { node, amount: scalar(get(node, 'amount')), currency, effectiveCurrency: written ?? plan.currency, owner, role },
  ];
}

function targetPlaces(t: YNode, plan: PlanModel): MoneyPlace[] {
  return [
    ...place(get(t, 'money'), t, 'money', plan),
    ...place(get(t, 'stated-equivalent'), t, 'stated-equivalent', plan),
    ...place(get(get(t, 'baseline'), 'money'), t, 'baseline', plan),
  ];
}

function measurePlaces(m: YNode, plan: PlanModel): MoneyPlace[] {
  return place(get(m, 'funding'), m, 'funding', plan);
}

/** Every currency code written in the plan: its `currency` and each money's. */
export function currencyPlaces(plan: PlanModel): YScalar[] {
  const out: YScalar[] = [];
  const top = scalar(get(plan.root, 'currency'));
  if (top && typeof top.value === 'string') out.push(top);
  for (const m of moneyPlaces(plan)) if (m.currency && typeof m.currency.value === 'string') out.push(m.currency);
  return out;
}
