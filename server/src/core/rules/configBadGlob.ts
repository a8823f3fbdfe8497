import { globProblem } from '../glob';
import { get, items, scalar, type YNode } from '../yaml/tree';
import type { Rule, RuleContext } from './rule';

/** The config keys that hold globs; a malformed one matches nothing, so the files it meant are silently left out or in. */
const GLOB_LISTS = ['exclude', 'plan-files', 'region-files'];

function checkList(ctx: RuleContext, list: YNode | null, where: string): void {
  for (const item of items(list)) {
    const s = scalar(item);
    if (!s || typeof s.value !== 'string') continue;
    const problem = globProblem(s.value);
    if (problem)
      ctx.report({
        range: s.range,
        message: `"${s.value}" in ${where} is not a valid glob (${problem}); it matches nothing until it is fixed`,
      });
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
