import { parseDeadline } from '../domain/deadline';
import { deadlinePlaces } from './deadlinePlaces';
import type { Rule } from './rule';

export const deadlineInvalid: Rule = {
  id: 'deadline/invalid',
  severity: 'error',
  description: 'A deadline names a date that does not exist (2025-02-30) or a malformed quarter or month.',
  kinds: ['plan'],
  check(ctx) {
    for (const p of deadlinePlaces(ctx.plan)) {
      const r = parseDeadline(p.node.value);
      if (r && !r.ok) ctx.report({ range: p.node.range, message: `invalid deadline: ${r.problem}` });
    }
  },
};
