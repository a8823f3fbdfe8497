/** The languages of the message catalogue. */
export type Language = 'en' | 'zh-cn';

export const LANGUAGES: readonly Language[] = ['en', 'zh-cn'];

/**
 * The catalogue language for a locale tag from anywhere: the LSP `initialize` locale (`zh-cn`, `en-us`),
 * a setting (`auto` is the caller's business), BCP 47 (`zh-Hans-CN`) or POSIX (`zh_CN.UTF-8`). Every
 * Chinese tag reads Simplified Chinese, the one Chinese catalogue; everything else reads English.
 */
export function languageOf(tag: string | null | undefined): Language {
  const t = (tag ?? '').trim().toLowerCase();
  return /^zh(?:$|[-_.@])/.test(t) ? 'zh-cn' : 'en';
}

/** Whether a setting's value names a catalogue language exactly ('en', 'zh-cn'). */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh-cn';
}
