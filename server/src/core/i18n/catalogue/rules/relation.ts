/** The relation/… codes: rule descriptions and messages. */
import type { CataloguePart } from '../entry';

export const relation = {
  'relation/inconsistent': {
    en: '{id} (from {start}) supersedes {other}, whose period starts later ({otherStart})',
    zh: '{id}（自 {start} 起）取代了 {other}，而后者的规划期开始得更晚（{otherStart}）',
  },
  'relation/inconsistent.related': {
    en: '{other} starts {otherStart}',
    zh: '{other} 自 {otherStart} 开始',
  },
  'relation/inconsistent.mutual': {
    en: '{id} and {other} supersede each other',
    zh: '{id} 与 {other} 互相取代',
  },
  'relation/inconsistent.mutual-related': {
    en: '{other} supersedes {id}',
    zh: '{other} 取代了 {id}',
  },
  'relation/inconsistent.description': {
    en: 'A relation disagrees with the other plan: a plan supersedes one whose period starts later, or two plans supersede each other.',
    zh: '规划关系与另一规划相矛盾：一个规划取代了规划期开始得更晚的规划，或两个规划互相取代。',
  },
} as const satisfies CataloguePart;
