/** The schema/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const schema = {
  'schema/*.description': {
    en: 'A JSON Schema keyword fails (schema/required, schema/enum, schema/type, …), or a custom schema cannot be used (schema/remote-ref, schema/unreadable, schema/ref-cycle, schema/unsafe-pattern, …).',
    zh: '',
  },
} as const satisfies CataloguePart;
