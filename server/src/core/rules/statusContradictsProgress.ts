import { entry, get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { figure, targetStanding } from './targetProgress';
import { markStatus } from './targetEdits';

export const statusContradictsProgress: Rule = {
  id: 'status/contradicts-progress',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const status = str(get(t, 'status'));
      if (status !== 'achieved' && status !== 'missed') continue;
      const s = targetStanding(t, ctx.plan, ctx.dataset);
      if (!s || !s.latest || s.level === null) continue;
      const wrong = (status === 'achieved' && s.standing === 'missed') || (status === 'missed' && s.standing === 'met');
      if (!wrong) continue;
      const e = entry(t, 'status')!;
      // marked achieved, so it did not meet the level (and the fix marks it missed), or the other way round
      const fix =
        status === 'achieved'
          ? markStatus(ctx.text, t, 'missed', ctx.t('status/contradicts-progress.fix-missed'))
          : markStatus(ctx.text, t, 'achieved', ctx.t('status/contradicts-progress.fix-achieved'));
      const params = {
        value: figure(s.latest.value, ctx.locale),
        date: s.latest.date,
        level: figure(s.level, ctx.locale),
      };
      let message: string;
      if (s.id !== null)
        message =
          status === 'achieved'
            ? ctx.t('status/contradicts-progress', { ...params, target: s.id })
            : ctx.t('status/contradicts-progress.missed', { ...params, target: s.id });
      else
        message =
          status === 'achieved'
            ? ctx.t('status/contradicts-progress.anonymous', params)
            : ctx.t('status/contradicts-progress.anonymous-missed', params);
      ctx.report({
        range: e.value.range,
        message,
        related: [{ range: s.latest.obs.node.range, message: ctx.t('status/contradicts-progress.latest') }],
        ...(fix ? { suggestions: [fix] } : {}),
      });
    }
  },
};
