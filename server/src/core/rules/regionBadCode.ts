import type { MessageKey } from '../i18n';
import { get, items, resolved, scalar } from '../yaml/tree';
import type { Rule } from './rule';

/** Known code systems and the form of their codes (a catalogue key: "six digits, e.g. 440300"). */
export const CODE_SYSTEMS: Readonly<Record<string, { pattern: RegExp; form: MessageKey }>> = {
  'GB/T-2260': { pattern: /^\d{6}$/, form: 'region/bad-code.form-gb' },
  'UN/LOCODE': { pattern: /^[A-Z]{2} [A-Z2-9]{3}$/, form: 'region/bad-code.form-locode' },
  NUTS: { pattern: /^[A-Z]{2}[A-Z0-9]{0,3}$/, form: 'region/bad-code.form-nuts' },
  FIPS: { pattern: /^\d{2}(\d{3})?$/, form: 'region/bad-code.form-fips' },
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
        if (sys.pattern.test(text)) continue;
        const params = { system: e.key, code: text, form: ctx.t(sys.form) };
        ctx.report({
          range: v.range,
          message: text ? ctx.t('region/bad-code', params) : ctx.t('region/bad-code.empty', params),
        });
      }
    }
  },
};
