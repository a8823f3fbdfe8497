/** The source/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const source = {
  'source/missing.description': {
    en: 'A target names no source.',
    zh: '',
  },
  'source/accessed-before-published.description': {
    en: 'A source was accessed before it was published, or on a date after the reference date.',
    zh: '',
  },
  'source/homepage-url.description': {
    en: "An official text's url is a site's home page rather than the document: a reader cannot find the text from it.",
    zh: '',
  },
} as const satisfies CataloguePart;
