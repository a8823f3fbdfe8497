/** The source/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const source = {
  'source/missing': {
    en: 'target {id} names no source',
    zh: '目标 {id} 未注明来源',
  },
  'source/missing.anonymous': {
    en: 'this target names no source',
    zh: '此目标未注明来源',
  },
  'source/missing.fix': {
    en: 'Add sources: {value}',
    zh: '添加来源：{value}',
  },
  'source/missing.description': {
    en: 'A target names no source.',
    zh: '目标未注明来源。',
  },
  'source/accessed-before-published': {
    en: 'accessed {accessed}, before the source was published ({published})',
    zh: '访问日期 {accessed} 早于来源的发布日期（{published}）',
  },
  'source/accessed-before-published.future': {
    en: 'accessed {accessed} is in the future (today is {today})',
    zh: '访问日期 {accessed} 晚于今天（{today}）',
  },
  'source/accessed-before-published.description': {
    en: 'A source was accessed before it was published, or on a date after the reference date.',
    zh: '来源的访问日期早于其发布日期，或晚于参照日期。',
  },
  'source/homepage-url': {
    en: "{id}: {url} is the site's home page, not the official text; link the document itself",
    zh: '{id}：{url} 是网站首页，不是正式文本；请链接到文件本身',
  },
  'source/homepage-url.anonymous': {
    en: "this source: {url} is the site's home page, not the official text; link the document itself",
    zh: '此来源：{url} 是网站首页，不是正式文本；请链接到文件本身',
  },
  'source/homepage-url.description': {
    en: "An official text's url is a site's home page rather than the document: a reader cannot find the text from it.",
    zh: '正式文本的 url 是网站首页而不是文件本身：读者无法据此找到原文。',
  },
} as const satisfies CataloguePart;
