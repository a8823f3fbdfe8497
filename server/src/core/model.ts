/** A plan's parts, found once in the tree so that every rule and feature reads the same thing. */
import type { TargetSummary } from './dataset';
import { parseDate, parseDeadline, type DeadlineInterval } from './domain/deadline';
import type { MoneyPlace } from './rules/moneyPlaces';
import type { Observation } from './rules/targetProgress';
import type { Measured } from './rules/targetValue';
import { get, items, pointerOf, resolved, scalar, str, type YNode } from './yaml/tree';

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
  /** What was read of each item node, kept from version to version while it stays true (see ItemMemo). */
  memo: ItemMemo;
  /** What `perPlan` functions computed of this model, by function: it lives and goes with the model. */
  readonly derived: Map<object, unknown>;
}

/**
 * What is read once per item node (a target, a measure, a progress entry) and kept from one version of a plan to
 * the next: the incremental re-parse reuses every node outside the edited item, so what was read of them stays
 * true as long as the plan-level values the readings depend on (its currency, its jurisdiction) are the same — a
 * new memo is made when either changes. Keyed weakly by node: the nodes of a replaced item go with it. A reading
 * that holds a range holds the node's own range object, which the re-parse moves in place with the node.
 */
export class ItemMemo {
  readonly measured = new WeakMap<YNode, Measured | null>();
  readonly observations = new WeakMap<YNode, readonly Observation[]>();
  readonly targetSummaries = new WeakMap<YNode, TargetSummary | null>();
  readonly moneyPlaces = new WeakMap<YNode, readonly MoneyPlace[]>();

  constructor(
    readonly currency: string | null,
    readonly jurisdiction: string | null,
  ) {}
}

/**
 * What `memo` holds of `node`, read with `read` the first time it is asked (`plan.memo`'s maps: a reading is never
 * undefined, null where there is nothing to read).
 */
export function remembered<V>(
  memo: WeakMap<YNode, V>,
  node: YNode,
  plan: PlanModel,
  read: (node: YNode, plan: PlanModel) => V,
): V {
  let v = memo.get(node);
  if (v === undefined) memo.set(node, (v = read(node, plan)));
  return v;
}

/**
 * Makes a function of a plan model compute once per model: several rules and features walk the same
 * places (regions, money, deadlines) of one version. Models are never changed after they are built (their
 * item memo fills as items are read). The value is kept on the model (`derived`), not in a table of the module's:
 * a long-lived weak table holding each young model made V8's young-generation collections keep every model, its
 * tree and what was read of it until a full collection (10,000 generated plans parsed and summarised: 615 of the
 * 1,449 MB allocated survived a young collection; 105 MB without).
 */
export function perPlan<T>(fn: (plan: PlanModel) => T): (plan: PlanModel) => T {
  return (plan) => {
    let v = plan.derived.get(fn) as T | undefined;
    if (v === undefined) {
      v = fn(plan);
      plan.derived.set(fn, v);
    }
    return v;
  };
}

/**
 * The plan's target held at `targets/<index>` (`index` as a path segment: "3"), or null. Only the item with that
 * index has its list's pointer made (a pointer made for every target on the way cost a hover on a large plan).
 */
export function targetAt(plan: PlanModel, index: string): YNode | null {
  return (
    plan.targets.find((t) => String(t.segment) === index && t.parent !== null && pointerOf(t.parent) === '/targets') ??
    null
  );
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

/** The model of a plan; with the previous version's, its item memo carries over where it still holds (see ItemMemo). */
export function buildPlanModel(root: YNode | null, previous: PlanModel | null = null): PlanModel {
  const r = resolved(root);
  const map = r && r.kind === 'map' ? r : null;
  const currency = str(get(map, 'currency'));
  const jurisdiction = get(map, 'jurisdiction');
  const place = str(jurisdiction);
  const memo =
    previous && previous.memo.currency === currency && previous.memo.jurisdiction === place
      ? previous.memo
      : new ItemMemo(currency, place);
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
    jurisdiction,
    currency,
    published: parseDate(scalar(get(map, 'published'))?.value),
    period: { start: deadlineOf(get(periodNode, 'start')), end: deadlineOf(get(periodNode, 'end')), node: periodNode },
    status: str(get(map, 'status')),
    targets: mapItems(get(map, 'targets')),
    measures: mapItems(get(map, 'measures')),
    sources,
    sourceIds,
    relations: items(get(map, 'relations')),
    memo,
    derived: new Map(),
  };
}
