/** A plan's parts, found once in the tree so that every rule and feature reads the same thing. */
import { parseDate, parseDeadline, type DeadlineInterval } from './domain/deadline';
import { get, items, resolved, scalar, str, type YNode } from './yaml/tree';

export type DocumentKind = 'plan' | 'regions' | 'indicators' | 'config' | 'other';

export interface PlanModel {
  root: YNode | null;
  id: string | null;
  jurisdiction: YNode | null;
  currency: string | null;
  published: string | null;
  period: { start: DeadlineInterval | null; end: DeadlineInterval | null; node: YNode | null };
  status: string | null;
  targets: YNode[];
  measures: YNode[];
  sources: YNode[];
  /** Source id → the node of the id value. */
  sourceIds: Map<string, YNode>;
  relations: YNode[];
}

/**
 * Makes a function of a plan model compute once per model: several rules and features walk the same
 * places (regions, money, deadlines) of one version. Models are never changed after they are built.
 */
export function perPlan<T>(fn: (plan: PlanModel) => T): (plan: PlanModel) => T {
  const cache = new WeakMap<PlanModel, T>();
  return (plan) => {
    let v = cache.get(plan);
    if (v === undefined) {
      v = fn(plan);
      cache.set(plan, v);
    }
    return v;
  };
}

export function deadlineOf(node: YNode | null | undefined): DeadlineInterval | null {
  const s = scalar(node);
  if (!s) return null;
  const r = parseDeadline(s.value);
  return r && r.ok ? r.value : null;
}

/** The mapping items of a list: a string or empty item is a schema error, not a target to check. */
function mapItems(node: YNode | null): YNode[] {
  return items(node).filter((n) => resolved(n)?.kind === 'map');
}

export function buildPlanModel(root: YNode | null): PlanModel {
  const r = resolved(root);
  const map = r && r.kind === 'map' ? r : null;
  const periodNode = get(map, 'period');
  const sources = mapItems(get(map, 'sources'));
  const sourceIds = new Map<string, YNode>();
  for (const s of sources) {
    const idNode = get(s, 'id');
    const id = str(idNode);
    if (id !== null && idNode && !sourceIds.has(id)) sourceIds.set(id, idNode);
  }
  return {
    root: map,
    id: str(get(map, 'id')),
    jurisdiction: get(map, 'jurisdiction'),
    currency: str(get(map, 'currency')),
    published: parseDate(scalar(get(map, 'published'))?.value),
    period: { start: deadlineOf(get(periodNode, 'start')), end: deadlineOf(get(periodNode, 'end')), node: periodNode },
    status: str(get(map, 'status')),
    targets: mapItems(get(map, 'targets')),
    measures: mapItems(get(map, 'measures')),
    sources,
    sourceIds,
    relations: items(get(map, 'relations')),
  };
}
