import { get, scalar, str } from '../yaml/tree';
import type { Rule } from './rule';

/** A URL with nothing after the host but `/`, an index page or a language folder: https://www.gd.gov.cn/, https://example.org/en/index.html */
export function isHomePage(url: string): boolean {
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)?(\?[^#]*)?(#.*)?$/i.exec(url.trim());
  if (!m || m[2]) return false;
  const path = (m[1] ?? '/').replace(/\/(?:index|default|home)\.(?:s?html?|php|aspx?|jsp)$/i, '/');
  return /^\/(?:(?:en|zh|cn|zh-cn|zh-hans|english)\/?)?$/i.test(path);
}

export const sourceHomepageUrl: Rule = {
  id: 'source/homepage-url',
  severity: 'information',
  kinds: ['plan'],
  check(ctx) {
    for (const s of ctx.plan.sources) {
      const urlNode = scalar(get(s, 'url'));
      const url = str(urlNode);
      if (!url || !urlNode || str(get(s, 'type')) !== 'official-text' || !isHomePage(url)) continue;
      const id = str(get(s, 'id'));
      ctx.report({
        range: urlNode.range,
        message: id ? ctx.t('source/homepage-url', { id, url }) : ctx.t('source/homepage-url.anonymous', { url }),
      });
    }
  },
};
