/** The standing of a target in the editor: the hover line and the inlay hint. */
import type { DatasetContext } from '../dataset';
import type { ParsedDocument } from '../engine';
import { describeStanding, standingWord, targetStanding, type TargetStanding } from '../rules/targetProgress';
import { targetAt } from '../model';
import { get, resolved, type YNode } from '../yaml/tree';

/** The target a hover at this path is about: the target mapping itself, or its id or metric value. */
export function targetAtPath(doc: ParsedDocument, path: string[]): YNode | null {
  if (doc.kind !== 'plan' || path[0] !== 'targets' || !/^\d+$/.test(path[1] ?? '')) return null;
  if (path.length > 3 || (path.length === 3 && path[2] !== 'id' && path[2] !== 'metric')) return null;
  return targetAt(doc.plan, path[1]!);
}

/** "**enterprises-2025** · behind: 1,600 of more than 2,000 enterprises on 2025-10-22 (gd-dit-2025); 2022 baseline 900" */
export function standingMarkdown(doc: ParsedDocument, target: YNode, dataset: DatasetContext): string | null {
  const s = targetStanding(target, doc.plan, dataset);
  if (!s) return null;
  const line = describeStanding(s, dataset.locale);
  const today = dataset.referenceDate;
  return s.id
    ? dataset.locale.t('hover.standing', { id: s.id, line, today })
    : dataset.locale.t('hover.standing.no-id', { line, today });
}

export interface StandingHint {
  /** Where the hint goes: after the target's id value. */
  offset: number;
  label: string;
  standing: TargetStanding;
}

/** One hint per target with a deadline: its standing, after its id. */
export function standingHints(doc: ParsedDocument, dataset: DatasetContext): StandingHint[] {
  if (doc.kind !== 'plan') return [];
  const out: StandingHint[] = [];
  for (const t of doc.plan.targets) {
    const id = get(t, 'id');
    const s = targetStanding(t, doc.plan, dataset);
    if (!id || !s || !resolved(id)) continue;
    out.push({
      offset: id.range.end,
      label: s.revisedBy
        ? dataset.locale.t('editor.inlay.revised-by', {
            standing: standingWord(s.standing, dataset.locale),
            by: s.revisedBy,
          })
        : standingWord(s.standing, dataset.locale),
      standing: s,
    });
  }
  return out;
}
