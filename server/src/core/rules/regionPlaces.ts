/** Every place in a plan that holds a region code. */
import { perPlan, type PlanModel } from '../model';
import { get, items, scalar, type YNode, type YScalar } from '../yaml/tree';

export interface RegionPlace {
  node: YScalar;
  code: string;
  /** 'jurisdiction' for the plan's own; others must lie inside it. 'parent' and 'member' are in region registries. */
  role: 'jurisdiction' | 'target' | 'measure' | 'parent' | 'member';
}

/** Region codes in a region registry: each region's parent and includes. */
export function registryPlaces(root: YNode | null): RegionPlace[] {
  const out: RegionPlace[] = [];
  for (const r of items(get(root, 'regions'))) {
    const p = scalar(get(r, 'parent'));
    if (p && typeof p.value === 'string' && p.value !== '') out.push({ node: p, code: p.value, role: 'parent' });
    for (const i of items(get(r, 'includes'))) {
      const s = scalar(i);
      if (s && typeof s.value === 'string' && s.value !== '') out.push({ node: s, code: s.value, role: 'member' });
    }
  }
  return out;
}

/** Every region code of a document: a plan's, or a registry's parents and members. */
export function placesOf(ctx: { plan: PlanModel; root: YNode | null; kind: string }): readonly RegionPlace[] {
  return ctx.kind === 'regions' ? registryPlaces(ctx.root) : regionPlaces(ctx.plan);
}

export const regionPlaces = perPlan(function regionPlaces(plan: PlanModel): readonly RegionPlace[] {
  const out: RegionPlace[] = [];
  const add = (n: ReturnType<typeof scalar>, role: RegionPlace['role']) => {
    if (n && typeof n.value === 'string' && n.value !== '') out.push({ node: n, code: n.value, role });
  };
  add(scalar(plan.jurisdiction), 'jurisdiction');
  for (const t of plan.targets) add(scalar(get(t, 'region')), 'target');
  for (const m of plan.measures) for (const r of items(get(m, 'regions'))) add(scalar(r), 'measure');
  return out;
});
