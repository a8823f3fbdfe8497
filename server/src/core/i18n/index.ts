/** Languages, the message catalogue and the locale that renders it. */
export { isLanguage, languageOf, LANGUAGES, type Language } from './language';
export { createLocale, localeOf, type Locale } from './locale';
export { catalogue, PARTS, type MessageKey, type Entry } from './catalogue';
export { checkTemplate, formatTemplate, placeholdersOf, type Param, type Params } from './format';
