/**
 * A dataset's regions, indicators and plans by id, as its dataset context shows them: made from its members' facts
 * in path order, where the first file that defines a region or indicator id wins and a plan id lists every plan
 * that has it. The workspace keeps one per dataset root and adds a member to it when the member comes after every
 * other in path order (how a folder is indexed: a hover while 10,000 plans were read made these maps again from
 * every member at each slice, ~9 ms); any other change makes them again, so that they are always what a build
 * from scratch gives, in the same iteration order.
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

/** Whether a file's facts add nothing to the maps (a plan that failed to parse, an empty registry). */
export function addsNothing(f: FileFacts): boolean {
  return f.plan === null && f.regions.length === 0 && f.indicators.length === 0;
}
