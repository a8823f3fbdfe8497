/**
 * The two properties of formatting, for one text with both option sets: formatting twice gives the text of
 * formatting once, and the parsed value never changes (a text the formatter skips comes back unchanged).
 */
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { formatText, type FormatOptions } from '../../server/src/core/features/format';
import { parseYamlStream } from '../../server/src/core/yaml/parse';

/** Asserts both properties of `text` (`where` names it in a failure); returns whether it was formatted. */
export function formatProperties(text: string, where: string): boolean {
  let formatted = false;
  const options: FormatOptions[] = [
    { canonicalKeyOrder: false, quotes: 'keep' },
    { canonicalKeyOrder: true, quotes: 'double' },
  ];
  for (const o of options) {
    const once = formatText(text, 'plan', o);
    const twice = formatText(once.text, 'plan', o);
    assert.equal(twice.text, once.text, `${where}: formatting twice differs from once`);
    if (once.skipped === null)
      assert.ok(
        isDeepStrictEqual(
          parseYamlStream(once.text).map((d) => d.value),
          parseYamlStream(text).map((d) => d.value),
        ),
        `${where}: the value changed`,
      );
    else assert.equal(once.text, text, `${where}: a skipped text must come back unchanged`);
    if (once.skipped === null && once.text !== text) formatted = true;
  }
  return formatted;
}
