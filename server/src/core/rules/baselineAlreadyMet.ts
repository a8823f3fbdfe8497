import { comparable } from '../domain/units';
import { get, str } from '../yaml/tree';
import type { Rule } from './rule';
import { measuredOf } from './targetValue';
import { amountInWords } from '../domain/money';

const fmtNumber = (n: number) => amountInWords(n);

export const baselineAlreadyMet: Rule = {
  id: 'baseline/already-met',
  severity: 'warning',
  kinds: ['plan'],
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
        const unit = target.kind === 'money' ? (target.currency ?? '') : (target.unit ?? '');
        const words = comparator === 'at-least' ? 'at least' : 'more than';
        ctx.report({
          range: base.node.range,
          message:
            `the baseline (${fmtNumber(base.amount)} ${base.kind === 'money' ? (base.currency ?? '') : (base.unit ?? '')}) already meets the target of ${words} ${fmtNumber(target.amount)} ${unit}`
              .replace(/ +\)/g, ')')
              .replace(/ +$/, ''),
        });
      }
    }
  },
};
