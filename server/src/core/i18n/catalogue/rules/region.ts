/** The region/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const region = {
  'region/unknown': {
    en: 'unknown region {code}',
    zh: '未知的行政区划代码 {code}',
  },
  'region/unknown.suggest': {
    en: 'unknown region {code}; did you mean {suggestions}?',
    zh: '未知的行政区划代码 {code}；是否应为 {suggestions}？',
  },
  'region/unknown.fix': {
    en: 'Change to {named}',
    zh: '改为 {named}',
  },
  'region/unknown.description': {
    en: 'A region code is not an ISO 3166 code, a withdrawn code or a region the dataset defines.',
    zh: '',
  },
  'region/deprecated.description': {
    en: "A withdrawn region code such as China's pre-2017 numeric CN-44; use its successor.",
    zh: '',
  },
  'region/outside-jurisdiction.description': {
    en: "A target's or measure's region is not inside the plan's jurisdiction.",
    zh: '',
  },
  'region/cycle.description': {
    en: 'A dataset region is its own ancestor through parent links, or its own member through includes links.',
    zh: '',
  },
  'region/bad-code.description': {
    en: "A dataset region's code in another system (GB/T 2260, UN/LOCODE, NUTS, FIPS) is not in that system's form.",
    zh: '',
  },
  'region/code-mismatch.description': {
    en: "A dataset region's GB/T 2260 code does not start with its parent's province prefix (Shenzhen 440300 in CN-GD, 44), or its UN/LOCODE names another country than the region's.",
    zh: '',
  },
  'region/duplicate-code.description': {
    en: 'Two dataset regions (in one registry or across registries) have the same GB/T 2260 or UN/LOCODE code.',
    zh: '',
  },
} as const satisfies CataloguePart;
