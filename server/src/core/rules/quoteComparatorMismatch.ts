import { quotedComparator } from '../domain/comparatorWords';
import { entry, get, resolved, scalar, str } from '../yaml/tree';
import { replaceWith, type Rule } from './rule';

export const quoteComparatorMismatch: Rule = {
  id: 'quote/comparator-mismatch',
  severity: 'information',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const quoteNode = scalar(get(t, 'quote'));
      const quote = str(quoteNode);
      if (!quote || !quoteNode || get(t, 'outcome')) continue;
      const said = quotedComparator(quote);
      const compNode = scalar(get(t, 'comparator'));
      const written = str(compNode);
      const comparator = written ?? 'at-least';
      if (!said || said.comparator === comparator) continue;
      const id = str(get(t, 'id')) ?? 'target';
      const words = ctx.locale.list([...new Set(said.words.map((w) => w.word))], 'comma');
      const related = [
        {
          range: { start: quoteNode.range.start, end: quoteNode.range.end },
          message: ctx.t('quote/comparator-mismatch.related', { words }),
        },
      ];
      if (compNode) {
        ctx.report({
          range: compNode.range,
          message: ctx.t('quote/comparator-mismatch', { id, words, said: said.comparator, comparator }),
          related,
          suggestions: [
            replaceWith(
              compNode.range,
              said.comparator,
              ctx.t('quote/comparator-mismatch.fix', { comparator: said.comparator }),
            ),
          ],
        });
        continue;
      }
      // no comparator written: report on the value key, and insert the comparator before it in a block mapping
      const valueKey = entry(t, 'money') ?? entry(t, 'quantity');
      const range = valueKey?.keyRange ?? quoteNode.range;
      const lineStart = ctx.text.lastIndexOf('\n', range.start - 1) + 1;
      const indent = ctx.text.slice(lineStart, range.start);
      const target = resolved(t);
      const block = valueKey !== null && target?.kind === 'map' && !target.flow && /^[ -]*$/.test(indent);
      const pad = ' '.repeat(indent.length);
      ctx.report({
        range,
        message: ctx.t('quote/comparator-mismatch.none', { id, words, said: said.comparator }),
        related,
        ...(block
          ? {
              suggestions: [
                {
                  title: ctx.t('quote/comparator-mismatch.fix-add', { comparator: said.comparator }),
                  edits: [
                    {
                      range: { start: range.start, end: range.start },
                      newText: `comparator: ${said.comparator}\n${pad}`,
                    },
                  ],
                },
              ],
            }
          : {}),
      });
    }
  },
};
