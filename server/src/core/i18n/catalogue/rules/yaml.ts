/** The yaml/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const yaml = {
  'yaml/*.description': {
    en: "The YAML does not parse (the yaml library's own error code), including duplicate keys.",
    zh: '',
  },
} as const satisfies CataloguePart;
