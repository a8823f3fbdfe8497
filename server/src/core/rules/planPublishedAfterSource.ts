import { parseDate } from '../domain/deadline';
import { get, scalar, str, type YNode } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

/** Source ids that more than one source of the plan uses: rules that follow a source id say nothing about them. */
export function duplicatedSourceIds(sources: YNode[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const s of sources) {
    const id = str(get(s, 'id'));
    if (id === null) continue;
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return dup;
}

export const planPublishedAfterSource: Rule = {
  id: 'plan/published-after-source',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    const publishedNode = scalar(get(ctx.plan.root, 'published'));
    const published = ctx.plan.published;
    if (!published || !publishedNode) return;
    const dup = duplicatedSourceIds(ctx.plan.sources);
    // the earliest official text is the one the plan's date should match
    let earliest: { id: string; date: string; node: YNode } | null = null;
    for (const s of ctx.plan.sources) {
      const id = str(get(s, 'id'));
      const dateNode = scalar(get(s, 'published'));
      const date = parseDate(dateNode?.value);
      if (str(get(s, 'type')) !== 'official-text' || !id || dup.has(id) || !date || !dateNode) continue;
      if (!earliest || date < earliest.date) earliest = { id, date, node: dateNode };
    }
    if (!earliest || published <= earliest.date) return;
    ctx.report({
      range: publishedNode.range,
      message: ctx.t('plan/published-after-source', { published, source: earliest.id, date: earliest.date }),
      related: [
        {
          range: earliest.node.range,
          message: ctx.t('plan/published-after-source.related', { source: earliest.id, date: earliest.date }),
        },
      ],
      suggestions: [
        replaceWith(
          publishedNode.range,
          earliest.date,
          ctx.t('plan/published-after-source.fix', { date: earliest.date }),
        ),
      ],
    });
  },
};
