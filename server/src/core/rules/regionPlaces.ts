/** Every place in a plan that holds a region code. */
import type { PlanModel } from '../model';
import { get, items, scalar, type YScalar } from '../yaml/tree';

export interface RegionPlace {
  node: YScalar;
  code: string;
  /** 'jurisdiction' for the plan's own; others must lie inside it. */
  role: 'jurisdiction' | 'target' | 'measure';
}

export function regionPlaces(plan: PlanModel): RegionPlace[] {
  const out: RegionPlace[] = [];
  const add = (n: ReturnType<typeof scalar>, role: RegionPlace['role']) => {
    if (n && typeof n.value === 'string' && n.value !== '') out.push({ node: n, code: n.value, role });
  };
  add(scalar(plan.jurisdiction), 'jurisdiction');
  for (const t of plan.targets) add(scalar(get(t, 'region')), 'target');
  for (const m of plan.measures) for (const r of items(get(m, 'regions'))) add(scalar(r), 'measure');
  return out;
}
