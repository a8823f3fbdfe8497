import { get, items, resolved, scalar } from '../yaml/tree';
import type { Rule } from './rule';

/** Known code systems and the form of their codes. */
export const CODE_SYSTEMS: Record<string, { pattern: RegExp; form: string }> = {
  'GB/T-2260': { pattern: /^\d{6}$/, form: 'six digits, e.g. 440300' },
  'UN/LOCODE': { pattern: /^[A-Z]{2} [A-Z2-9]{3}$/, form: 'country code, space, three letters, e.g. CN SZX' },
  NUTS: { pattern: /^[A-Z]{2}[A-Z0-9]{0,3}$/, form: 'e.g. DE21 or FR101' },
  FIPS: { pattern: /^\d{2}(\d{3})?$/, form: 'two (state) or five (county) digits' },
};

export const regionBadCode: Rule = {
  id: 'region/bad-code',
  severity: 'warning',
  kinds: ['regions'],
  check(ctx) {
    for (const r of items(get(ctx.root, 'regions'))) {
      const codes = resolved(get(r, 'codes'));
      if (!codes || codes.kind !== 'map') continue;
      for (const e of codes.entries) {
        const sys = CODE_SYSTEMS[e.key];
        const v = scalar(e.value);
        if (!sys || !v) continue;
        const text = String(v.value ?? '');
        if (!sys.pattern.test(text))
          ctx.report({ range: v.range, message: `${e.key} code ${text || '(empty)'} is not in the form ${sys.form}` });
      }
    }
  },
};
