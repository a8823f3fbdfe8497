/** The config/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const config = {
  'config/bad-glob.description': {
    en: 'A glob in the dataset config (exclude, plan-files, region-files, schemas[].files) is malformed, such as an unclosed brace; it matches nothing.',
    zh: '',
  },
  'config/*.description': {
    en: 'The dataset config cannot be used: config/unreadable when policy-plans.config.yaml is a FIFO, a folder or a file without read permission (the dataset gets every default); config/bad-glob is a rule of its own.',
    zh: '',
  },
} as const satisfies CataloguePart;
