import { entry, get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { figure, targetStanding } from './targetProgress';
import { markStatus } from './targetEdits';

export const statusContradictsProgress: Rule = {
  id: 'status/contradicts-progress',
  severity: 'warning',
  kinds: ['plan'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const status = str(get(t, 'status'));
      if (status !== 'achieved' && status !== 'missed') continue;
      const s = targetStanding(t, ctx.plan, ctx.dataset);
      if (!s || !s.latest || s.level === null) continue;
      const wrong = (status === 'achieved' && s.standing === 'missed') || (status === 'missed' && s.standing === 'met');
      if (!wrong) continue;
      const e = entry(t, 'status')!;
      const other = status === 'achieved' ? 'missed' : 'achieved';
      const fix = markStatus(ctx.text, t, other);
      ctx.report({
        range: e.value.range,
        message: `${s.id ?? 'the target'} is marked ${status} but the latest observation (${figure(s.latest.value)} on ${s.latest.date}) ${s.standing === 'met' ? 'meets' : 'does not meet'} the level ${figure(s.level)}`,
        related: [{ range: s.latest.obs.node.range, message: 'the latest observation' }],
        ...(fix ? { suggestions: [fix] } : {}),
      });
    }
  },
};
