import { describeDeadlineIssue, parseDeadline } from '../domain/deadline';
import { deadlinePlaces } from './deadlinePlaces';
import type { Rule } from './rule';

export const deadlineInvalid: Rule = {
  id: 'deadline/invalid',
  severity: 'error',
  kinds: ['plan'],
  itemLocal: ['targets', 'measures'],
  check(ctx) {
    for (const p of deadlinePlaces(ctx.plan)) {
      const r = parseDeadline(p.node.value);
      if (r && !r.ok)
        ctx.report({
          range: p.node.range,
          message: ctx.t('deadline/invalid', { problem: describeDeadlineIssue(r.issue, ctx.locale) }),
        });
    }
  },
};
