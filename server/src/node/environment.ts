/** What the drivers read from their environment. */
import { languageOf, type Language } from '../core';

/** The language of the environment: the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX order). */
export function environmentLanguage(env: Record<string, string | undefined>): Language {
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}
