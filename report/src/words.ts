/**
 * The overview's texts in its language: the templates come with the data (core/overview/words.ts, from the
 * message catalogue), filled in here.
 */
import { formatTemplate } from '../../server/src/core/i18n/format';
import type { OverviewWord } from '../../server/src/core/overview/words';
import type { Data } from './model';

/** A text of the overview with its parameters (strings, so that numbers show as the English always did). */
export function say(data: Data, word: OverviewWord, params: Readonly<Record<string, string>> = {}): string {
  return formatTemplate(data.words[word], params, data.language);
}

/** A standing or status in the overview's language ("behind" / "进度滞后"); an unknown one as it is. */
export function standingName(data: Data, standing: string): string {
  const word = `standing:${standing}`;
  return word in data.words ? say(data, word as OverviewWord) : standing;
}
