/**
 * At most 1,000 findings per file: a file with 50,000 unknown keys must not send 50,000 diagnostics to
 * the editor (or print them). The first findings by position are kept; one `document/too-many-findings`
 * finding, where the first left-out one was, says how many more there are, with the severity of the
 * worst of them (so an error left out still fails the command line).
 */
import { localeOf, type Locale } from './i18n';
import type { Finding, Severity } from './types';

export const MAX_FINDINGS_PER_FILE = 1000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The findings (sorted by position) cut to `limit`, plus one summary of the rest. */
export function capFindings(findings: Finding[], options: { limit?: number; locale?: Locale } = {}): Finding[] {
  const limit = options.limit ?? MAX_FINDINGS_PER_FILE;
  const locale = options.locale ?? localeOf('en');
  if (findings.length <= limit) return findings;
  const rest = findings.slice(limit);
  let worst: Severity = 'hint';
  const errors = rest.filter((f) => f.severity === 'error').length;
  for (const f of rest) if (RANK[f.severity] < RANK[worst]) worst = f.severity;
  return [
    ...findings.slice(0, limit),
    {
      code: 'document/too-many-findings',
      severity: worst,
      message: locale.t(errors ? 'document/too-many-findings.with-errors' : 'document/too-many-findings', {
        count: rest.length,
        errors,
        limit,
      }),
      range: rest[0]!.range,
    },
  ];
}
