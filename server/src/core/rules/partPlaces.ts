/** Targets and measures whose money is named `part-of` another item of the same plan, grouped by the whole. */
import { amountValue } from '../domain/money';
import { perPlan, type PlanModel } from '../model';
import { get, scalar, str, type YNode, type YScalar } from '../yaml/tree';
import { moneyPlaces } from './moneyPlaces';

export interface MoneyItem {
  id: string;
  owner: YNode;
  /** The amount scalar of its money (a target's `money`, a measure's `funding`). */
  amountNode: YScalar;
  amount: number;
  currency: string | null;
}

export interface PartGroup {
  whole: MoneyItem;
  parts: Array<MoneyItem & { partOf: YScalar }>;
}

export const partGroups = perPlan(function partGroups(plan: PlanModel): readonly PartGroup[] {
  const items = new Map<string, MoneyItem>();
  for (const m of moneyPlaces(plan)) {
    if (m.role !== 'money' && m.role !== 'funding') continue;
    const id = str(get(m.owner, 'id'));
    const amount = m.amount ? amountValue(m.amount.value) : null;
    if (!id || !m.amount || amount === null || items.has(id)) continue;
    items.set(id, { id, owner: m.owner, amountNode: m.amount, amount, currency: m.effectiveCurrency });
  }
  const groups = new Map<string, PartGroup>();
  for (const item of items.values()) {
    const partOf = scalar(get(item.owner, 'part-of'));
    if (!partOf || typeof partOf.value !== 'string' || partOf.value === item.id) continue;
    const whole = items.get(partOf.value);
    // parts in another currency than the whole are not added up
    if (!whole || whole.currency !== item.currency) continue;
    if (!groups.has(whole.id)) groups.set(whole.id, { whole, parts: [] });
    groups.get(whole.id)!.parts.push({ ...item, partOf });
  }
  return [...groups.values()];
});
