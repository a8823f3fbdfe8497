/**
 * The plan snippets: whole targets, measures and sources, offered by completion in plan files only, at a
 * list item of `targets`, `measures` or `sources` (they replaced the extension's snippets, which VS Code
 * offered in every YAML file and after any key). Bodies are the item's keys, without the dash.
 */
import { localeOf, type Locale, type MessageKey } from '../i18n';

export interface PlanSnippet {
  label: string;
  detail: string;
  /** The English label, to filter by as one types, when the label is in another language. */
  filterText?: string;
  /** LSP snippet syntax; lines after the first are relative to the item's key column. */
  body: string;
}

const COMPARATORS = '${3|at-least,more-than,at-most,less-than,exactly,about|}';

/** A snippet's label and detail in the reader's language (the body keeps the format's English). */
function named(
  locale: Locale,
  label: MessageKey,
  detail: MessageKey,
): Pick<PlanSnippet, 'label' | 'detail' | 'filterText'> {
  const en = localeOf('en').t(label);
  const text = locale.t(label);
  return { label: text, detail: locale.t(detail), ...(text !== en ? { filterText: en } : {}) };
}

/**
 * The snippets for a list of a plan (`targets`, `measures`, `sources`); dates default to the reference date.
 * Labels and details are in the reader's language; the bodies are YAML of the format, in English.
 */
export function planSnippets(list: string, referenceDate: string, locale: Locale = localeOf('en')): PlanSnippet[] {
  const year = Number(referenceDate.slice(0, 4));
  switch (list) {
    case 'targets':
      return [
        {
          ...named(locale, 'completion.snippet.target-money', 'completion.snippet.target-money.detail'),
          body: `id: \${1:industry-scale-${year + 1}}\nmetric: \${2:Core AI industry scale}\ncomparator: ${COMPARATORS}\nmoney: { amount: \${4:300e9} }\nbaseline: { money: { amount: \${5:150e9} }, at: \${6:${year - 1}} }\ndeadline: \${7:${year + 1}}\nsources: [\${8:official-text}]\nquote: \${9:verbatim text of the target}`,
        },
        {
          ...named(locale, 'completion.snippet.target-quantity', 'completion.snippet.target-quantity.detail'),
          body: `id: \${1:enterprises-${year + 1}}\nmetric: \${2:AI enterprises}\ncomparator: ${COMPARATORS}\nquantity: { value: \${4:2000}, unit: \${5|enterprises,percent,PFLOPS,EFLOPS,GW,people,projects|} }\ndeadline: \${6:${year + 1}}\nsources: [\${7:official-text}]`,
        },
        {
          ...named(locale, 'completion.snippet.target-outcome', 'completion.snippet.target-outcome.detail'),
          body: `id: \${1:computing-leadership-${year + 1}}\nmetric: \${2:Intelligent computing power}\noutcome: \${3:First in China}\ndeadline: \${4:${year + 1}}\nsources: [\${5:official-text}]`,
        },
      ];
    case 'measures':
      return [
        {
          ...named(locale, 'completion.snippet.measure', 'completion.snippet.measure.detail'),
          body: `id: \${1:computing-centre}\ntitle: \${2:Build a public intelligent-computing centre}\nregions: [\${3:CN-GD}]\ndeadline: \${4:${year}}\nfunding: { amount: \${5:10e9}, kind: \${6|appropriation,fund-size,voucher-pool,cap-per-recipient,other|} }`,
        },
      ];
    case 'sources':
      return [
        {
          ...named(locale, 'completion.snippet.source', 'completion.snippet.source.detail'),
          body: `id: \${1:official-text}\ntitle: \${2:Official text of the plan}\npublisher: \${3:Provincial People's Government}\nurl: \${4:https://}\ntype: \${5|official-text,official-translation,official-press,news,analysis|}\npublished: \${6:${referenceDate}}\naccessed: \${7:${referenceDate}}`,
        },
      ];
    default:
      return [];
  }
}

/** A snippet body indented for an item whose keys start at `indent`. */
export function indentBody(body: string, indent: number): string {
  return body.replace(/\n/g, `\n${' '.repeat(indent)}`);
}
