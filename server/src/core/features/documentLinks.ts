/**
 * Document links: a source's `url`, a relation's plan id (→ that plan's file), the `# $schema:` comment's
 * path and a `$schema` key, and a dataset region id (→ its entry in the registry). Targets are plain: a URL,
 * a file with an optional range there, or a path relative to the document; the LSP side makes URIs.
 */
import type { DatasetContext } from '../dataset';
import type { ParsedDocument } from '../engine';
import { placesOf } from '../rules/regionPlaces';
import { schemaComment } from '../schema/custom';
import type { Range } from '../types';
import { get, scalar, str } from '../yaml/tree';

export type LinkTarget = { url: string } | { file: string; range?: Range } | { relative: string };

export interface DocumentLink {
  range: Range;
  target: LinkTarget;
  tooltip: string;
}

export function documentLinks(doc: ParsedDocument, dataset: DatasetContext): DocumentLink[] {
  const out: DocumentLink[] = [];
  const t = dataset.locale.t;
  const comment = schemaComment(doc.text);
  if (comment && !/^[a-z][a-z0-9+.-]*:/i.test(comment.ref))
    out.push({ range: comment.range, target: { relative: comment.ref }, tooltip: t('editor.link.custom-schema') });
  const key = scalar(get(doc.yaml.root, '$schema'));
  if (key && typeof key.value === 'string' && key.value) {
    const isUrl = /^https?:\/\//.test(key.value);
    out.push({
      range: key.range,
      target: isUrl ? { url: key.value } : { relative: key.value },
      tooltip: t('editor.link.schema'),
    });
  }
  if (doc.kind === 'plan') {
    for (const s of doc.plan.sources) {
      const url = scalar(get(s, 'url'));
      const id = str(get(s, 'id'));
      if (url && typeof url.value === 'string' && /^https?:\/\/\S+$/.test(url.value))
        out.push({
          range: url.range,
          target: { url: url.value },
          tooltip: id ? t('editor.link.source', { id }) : t('editor.link.source.no-id'),
        });
    }
    for (const r of doc.plan.relations) {
      const plan = scalar(get(r, 'plan'));
      const summary = plan && typeof plan.value === 'string' ? dataset.plans?.get(plan.value)?.[0] : undefined;
      if (plan && summary)
        out.push({
          range: plan.range,
          target: { file: summary.file, range: summary.idRange },
          tooltip: summary.title
            ? t('editor.link.plan.titled', { id: summary.id, title: summary.title })
            : t('editor.link.plan', { id: summary.id }),
        });
    }
  }
  const regionLink = (code: string, range: Range) => {
    const region = dataset.regions.get(code);
    if (region?.file)
      out.push({
        range,
        target: { file: region.file, range: region.range },
        tooltip: t('editor.link.region', { code }),
      });
  };
  // a plan's regions, or a registry's parents and members (its own ids are definitions, not links)
  for (const p of placesOf({ plan: doc.plan, root: doc.yaml.root, kind: doc.kind }))
    if (p.code) regionLink(p.code, p.node.range);
  return out.sort((a, b) => a.range.start - b.range.start);
}
