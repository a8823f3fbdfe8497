/**
 * Code lens on a plan's id: how many other plans of the dataset refer to it and how many targets it has,
 * "referenced by 2 plans · 5 targets". (How many targets are behind comes with the standing feature.)
 */
import type { DatasetContext } from '../dataset';
import type { ParsedDocument } from '../engine';
import type { Range } from '../types';
import { get, scalar } from '../yaml/tree';

export interface CodeLens {
  range: Range;
  title: string;
  /** The plans whose relations name this one (files), for a "show references" command. */
  referencedBy: Array<{ id: string; file: string }>;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function codeLenses(doc: ParsedDocument, dataset: DatasetContext): CodeLens[] {
  if (doc.kind !== 'plan') return [];
  const id = scalar(get(doc.yaml.root, 'id'));
  if (!id || typeof id.value !== 'string') return [];
  const referencedBy: CodeLens['referencedBy'] = [];
  for (const [other, list] of dataset.plans ?? []) {
    if (other === id.value) continue;
    for (const p of list)
      if (p.relations.some((r) => r.plan === id.value)) referencedBy.push({ id: p.id, file: p.file });
  }
  const parts: string[] = [];
  if (dataset.plans)
    parts.push(
      referencedBy.length ? `referenced by ${plural(referencedBy.length, 'plan', 'plans')}` : 'referenced by no plan',
    );
  parts.push(plural(doc.plan.targets.length, 'target', 'targets'));
  if (doc.plan.measures.length) parts.push(plural(doc.plan.measures.length, 'measure', 'measures'));
  return [{ range: id.range, title: parts.join(' · '), referencedBy }];
}
