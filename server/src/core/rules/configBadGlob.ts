import { globIssue, type GlobIssue } from '../glob';
import { get, items, scalar, type YNode } from '../yaml/tree';
import type { Rule, RuleContext } from './rule';

/** The config keys that hold globs; a malformed one matches nothing, so the files it meant are silently left out or in. */
const GLOB_LISTS = ['exclude', 'plan-files', 'region-files'];

function checkList(ctx: RuleContext, list: YNode | null, where: string): void {
  for (const item of items(list)) {
    const s = scalar(item);
    if (!s || typeof s.value !== 'string') continue;
    const issue = globIssue(s.value);
    if (issue) ctx.report({ range: s.range, message: messageOf(ctx, issue, { glob: s.value, where }) });
  }
}

function messageOf(ctx: RuleContext, issue: GlobIssue, params: { glob: string; where: string }): string {
  switch (issue.kind) {
    case 'unclosed':
      return ctx.t('config/bad-glob', params);
    case 'unopened':
      return ctx.t('config/bad-glob.unopened', params);
    case 'nested':
      return ctx.t('config/bad-glob.nested', params);
    case 'other':
      return ctx.t('config/bad-glob.other', { ...params, problem: issue.message });
  }
}

export const configBadGlob: Rule = {
  id: 'config/bad-glob',
  severity: 'error',
  kinds: ['config'],
  check(ctx) {
    for (const key of GLOB_LISTS) checkList(ctx, get(ctx.root, key), key);
    for (const s of items(get(ctx.root, 'schemas'))) checkList(ctx, get(s, 'files'), 'schemas[].files');
  },
};
