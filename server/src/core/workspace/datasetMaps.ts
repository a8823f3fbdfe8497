/**
 * A dataset's regions, indicators and plans by id, as its dataset context shows them: made from its members' facts
 * in path order, where the first file that defines a region or indicator id wins and a plan id lists every plan
 * that has it. The workspace keeps one per dataset root and adds a member to it when the member comes after every
 * other in path order (how a folder is indexed: a hover while 10,000 plans were read made these maps again from
 * every member at each slice, ~9 ms), and puts a member's new facts in the places of its old ones when they define
 * the same ids (an edited plan that kept its id); any other change makes them again, so that they are always what
 * a build from scratch gives, in the same iteration order.
 */
import type { DatasetIndicator, DatasetRegion, PlanSummary } from '../dataset';
import type { FileFacts } from './facts';

export class DatasetMaps {
  readonly regions = new Map<string, DatasetRegion>();
  readonly indicators = new Map<string, DatasetIndicator>();
  readonly plans = new Map<string, PlanSummary[]>();

  /** The maps of these members' facts, in path order. */
  static of(facts: Iterable<FileFacts>): DatasetMaps {
    const maps = new DatasetMaps();
    for (const f of facts) maps.add(f);
    return maps;
  }

  /** Adds the facts of a member that comes after every member added so far. */
  add(f: FileFacts): void {
    for (const r of f.regions) if (!this.regions.has(r.id)) this.regions.set(r.id, r);
    for (const i of f.indicators) if (!this.indicators.has(i.id)) this.indicators.set(i.id, i);
    if (f.plan) {
      const list = this.plans.get(f.plan.id);
      if (list) list.push(f.plan);
      else this.plans.set(f.plan.id, [f.plan]);
    }
  }
}

/** The first item of each id, in order (a file's later items with an id already seen add nothing to the maps). */
function firsts<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && !!seen.add(i.id));
}

/** Whether two lists define the same ids in the same order (their first items of each id). */
function sameIds(before: readonly { id: string }[], after: readonly { id: string }[]): boolean {
  const b = firsts(before);
  const a = firsts(after);
  return a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
}

/** Puts `after`'s first items in the places of `before`'s where `before`'s won (the same ids, in order). */
function swap<T extends { id: string }>(map: Map<string, T>, before: readonly T[], after: readonly T[]): void {
  const a = firsts(after);
  // Map.set of a key it has keeps the key's place in the iteration order
  firsts(before).forEach((x, i) => map.get(x.id) === x && map.set(x.id, a[i]!));
}

/**
 * Puts a member's new facts in the places of its old ones, when they define the same ids (an edited plan that kept
 * its id, a registry that kept its regions): what a build from scratch gives. False (nothing changed) otherwise.
 */
export function replaceIn(maps: DatasetMaps, before: FileFacts, after: FileFacts): boolean {
  if ((before.plan?.id ?? null) !== (after.plan?.id ?? null)) return false;
  if (!sameIds(before.regions, after.regions) || !sameIds(before.indicators, after.indicators)) return false;
  const list = before.plan ? maps.plans.get(before.plan.id) : undefined;
  const at = list && before.plan ? list.indexOf(before.plan) : -1;
  if (before.plan && at < 0) return false;
  if (list && after.plan) list[at] = after.plan;
  swap(maps.regions, before.regions, after.regions);
  swap(maps.indicators, before.indicators, after.indicators);
  return true;
}

/** Whether a file's facts add nothing to the maps (a plan that failed to parse, an empty registry). */
export function addsNothing(f: FileFacts): boolean {
  return f.plan === null && f.regions.length === 0 && f.indicators.length === 0;
}
