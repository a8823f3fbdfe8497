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
  const locale = dataset.locale;
  const parts: string[] = [];
  if (dataset.plans) parts.push(locale.t('editor.lens.referenced-by', { count: referencedBy.length }));
  parts.push(locale.t('editor.lens.targets', { count: doc.plan.targets.length }));
  if (doc.plan.measures.length) parts.push(locale.t('editor.lens.measures', { count: doc.plan.measures.length }));
  return [{ range: id.range, title: parts.join(' · '), referencedBy }];
}
