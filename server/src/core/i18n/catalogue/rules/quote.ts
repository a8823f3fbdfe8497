/** The quote/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const quote = {
  'quote/amount-mismatch.description': {
    en: "The one figure in a target's (or a progress observation's) quote differs from its typed amount or value, after scale words (亿, 万亿, billion) and units (PFLOPS, EFLOPS).",
    zh: '',
  },
  'quote/comparator-mismatch.description': {
    en: "A target's quote words its level one way (突破, more than → more-than; 达到, at least → at-least; 不超过 → at-most) and its comparator says another.",
    zh: '',
  },
} as const satisfies CataloguePart;
