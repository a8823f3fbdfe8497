/**
 * A message kept without a language: its catalogue key and parameters. Made where the language is not yet
 * known (the YAML parse, once per document version; a compiled custom schema) and rendered by whoever has
 * the locale, so that a change of language renders again without parsing or compiling again.
 */
import type { MessageKey } from './catalogue';
import type { Params } from './format';
import type { Locale } from './locale';

export interface Message {
  readonly key: MessageKey;
  readonly params: Params;
}

/** A message in a locale's language. */
export function render(locale: Locale, message: Message): string {
  return locale.t(message.key, message.params);
}
