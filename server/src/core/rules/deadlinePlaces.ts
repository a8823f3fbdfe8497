/** Every deadline value in a plan, with its owner. */
import { perPlan, type PlanModel } from '../model';
import { get, scalar, type YNode, type YScalar } from '../yaml/tree';

export interface DeadlinePlace {
  node: YScalar;
  owner: YNode | null;
  role: 'period-start' | 'period-end' | 'target' | 'measure' | 'baseline';
}

export const deadlinePlaces = perPlan(function deadlinePlaces(plan: PlanModel): readonly DeadlinePlace[] {
  const out: DeadlinePlace[] = [];
  const add = (n: YNode | null, owner: YNode | null, role: DeadlinePlace['role']) => {
    const s = scalar(n);
    if (s && s.value !== null) out.push({ node: s, owner, role });
  };
  add(get(plan.period.node, 'start'), null, 'period-start');
  add(get(plan.period.node, 'end'), null, 'period-end');
  for (const t of plan.targets) {
    add(get(t, 'deadline'), t, 'target');
    add(get(get(t, 'baseline'), 'at'), t, 'baseline');
  }
  for (const m of plan.measures) add(get(m, 'deadline'), m, 'measure');
  return out;
});
