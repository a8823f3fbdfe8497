import { comparable } from '../domain/units';
import { get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { measuredOf } from './targetValue';

export const baselineAlreadyMet: Rule = {
  id: 'baseline/already-met',
  severity: 'warning',
  kinds: ['plan'],
  itemLocal: ['targets'],
  check(ctx) {
    for (const t of ctx.plan.targets) {
      const comparator = str(get(t, 'comparator')) ?? 'at-least';
      if (comparator !== 'at-least' && comparator !== 'more-than') continue;
      const baseline = get(t, 'baseline');
      const target = measuredOf(t, ctx.plan);
      const base = measuredOf(baseline, ctx.plan);
      if (
        !target ||
        !base ||
        target.kind === 'outcome' ||
        base.kind === 'outcome' ||
        target.amount === null ||
        base.amount === null
      )
        continue;
      let tv = target.amount;
      let bv = base.amount;
      if (target.kind === 'money' && base.kind === 'money') {
        if (target.currency !== base.currency) continue;
      } else if (target.kind === 'quantity' && base.kind === 'quantity') {
        if (!target.unit || !base.unit) continue;
        const c = comparable(target.unit, base.unit, ctx.dataset);
        if (!c) continue;
        tv *= c.fa;
        bv *= c.fb;
      } else continue;
      const met = comparator === 'at-least' ? bv >= tv : bv > tv;
      if (met) {
        // "300 billion CNY" / "3000亿元人民币", "1,600 t"; the figure alone when no currency or unit is named
        const shown = (amount: number, m: typeof base) => {
          const unit = m.kind === 'money' ? m.currency : m.unit;
          if (!unit) return ctx.locale.scaled(amount);
          return m.kind === 'money' ? ctx.locale.money(amount, unit) : `${ctx.locale.scaled(amount)} ${unit}`;
        };
        const params = { baseline: shown(base.amount, base), target: shown(target.amount, target) };
        ctx.report({
          range: base.node.range,
          message:
            comparator === 'at-least'
              ? ctx.t('baseline/already-met', params)
              : ctx.t('baseline/already-met.more-than', params),
        });
      }
    }
  },
};
