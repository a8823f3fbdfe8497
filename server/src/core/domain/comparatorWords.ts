/**
 * The words of a quote that say how a level is meant, and the comparator each stands for. Only
 * unambiguous words are listed; longer phrases are matched first, so 不超过 is at-most, not 超过.
 * docs/plan-format.md shows this table with examples.
 */
export type Comparator = 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'about';

export const COMPARATOR_WORDS: Array<{ word: string; comparator: Comparator; example: string }> = [
  { word: '不超过', comparator: 'at-most', example: '能耗不超过1.3' },
  { word: '不高于', comparator: 'at-most', example: 'PUE不高于1.25' },
  { word: '控制在', comparator: 'at-most', example: 'PUE控制在1.3以内' },
  { word: '以内', comparator: 'at-most', example: '1.3以内' },
  { word: 'no more than', comparator: 'at-most', example: 'no more than 1.3' },
  { word: 'not exceed', comparator: 'at-most', example: 'shall not exceed 1.3' },
  { word: 'at most', comparator: 'at-most', example: 'at most 1.3' },
  { word: '不低于', comparator: 'at-least', example: '占比不低于20%' },
  { word: '不少于', comparator: 'at-least', example: '不少于100个' },
  { word: '达到', comparator: 'at-least', example: '规模达到3000亿元' },
  { word: '以上', comparator: 'at-least', example: '100家以上' },
  { word: '至少', comparator: 'at-least', example: '至少100个' },
  { word: 'no less than', comparator: 'at-least', example: 'no less than 20%' },
  { word: 'at least', comparator: 'at-least', example: 'at least 20%' },
  { word: 'reach', comparator: 'at-least', example: 'reach 300 billion' },
  { word: '超过', comparator: 'more-than', example: '规模超过3000亿元' },
  { word: '突破', comparator: 'more-than', example: '规模突破3000亿元' },
  { word: '超', comparator: 'more-than', example: '企业超2000家 (only right before a figure)' },
  { word: 'more than', comparator: 'more-than', example: 'more than 2,000 enterprises' },
  { word: 'exceed', comparator: 'more-than', example: 'exceed 300 billion' },
  { word: '低于', comparator: 'less-than', example: '低于1.3' },
  { word: 'less than', comparator: 'less-than', example: 'less than 1.3' },
  { word: 'fewer than', comparator: 'less-than', example: 'fewer than 10' },
  { word: '左右', comparator: 'about', example: '3000亿元左右' },
  { word: 'approximately', comparator: 'about', example: 'approximately 300 billion' },
];

/** The table longest word first, each word with whether it is English (matched on word boundaries): made once. */
const BY_LENGTH: ReadonlyArray<{ word: string; comparator: Comparator; ascii: boolean }> = Object.freeze(
  [...COMPARATOR_WORDS]
    .sort((a, b) => b.word.length - a.word.length)
    .map((w) => Object.freeze({ word: w.word, comparator: w.comparator, ascii: /^[a-z ]+$/.test(w.word) })),
);

/** Words that must be followed by a figure to count (超 is also in 超算, 超大规模). */
const BEFORE_FIGURE = new Set(['超']);

export interface ComparatorWord {
  word: string;
  comparator: Comparator;
  start: number;
  end: number;
}

/** The comparator words of a quote, longest first, without overlaps; English matched case-insensitively on word boundaries. */
export function comparatorWords(quote: string): ComparatorWord[] {
  const taken: boolean[] = new Array(quote.length).fill(false);
  const out: ComparatorWord[] = [];
  const lower = quote.toLowerCase();
  for (let i = 0; i < BY_LENGTH.length; i++) {
    const w = BY_LENGTH[i]!;
    const ascii = w.ascii;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(w.word, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + w.word.length;
      if (overlaps(taken, at, end)) continue;
      if (ascii && (/[a-z]/.test(lower[at - 1] ?? '') || !/^(?:s|es|ed|ing)?(?![a-z])/.test(lower.slice(end))))
        continue;
      if (BEFORE_FIGURE.has(w.word) && !/^\d/.test(quote.slice(end))) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      out.push({ word: quote.slice(at, end), comparator: w.comparator, start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function overlaps(taken: readonly boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** The one comparator all the quote's words agree on, or null (no word, or words that disagree). */
export function quotedComparator(quote: string): { comparator: Comparator; words: ComparatorWord[] } | null {
  const words = comparatorWords(quote);
  const first = words[0];
  if (first === undefined || words.some((w) => w.comparator !== first.comparator)) return null;
  return { comparator: first.comparator, words };
}
