/** The number/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const number = {
  'number/yaml11-style.description': {
    en: 'A number written as 300_000_000_000 or 3,000, which YAML 1.2 reads as text.',
    zh: '',
  },
  'number/not-finite.description': {
    en: 'An amount or quantity that is not a finite number: .inf, -.inf, .nan, 1e400, or a non-zero value too small to tell from 0 (1e-400).',
    zh: '',
  },
} as const satisfies CataloguePart;
