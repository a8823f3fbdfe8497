/**
 * At most 1,000 findings per file: a file with 50,000 unknown keys must not send 50,000 diagnostics to
 * the editor (or print them). The first findings by position are kept; one `document/too-many-findings`
 * finding, where the first left-out one was, says how many more there are, with the severity of the
 * worst of them (so an error left out still fails the command line).
 */
import type { Finding, Severity } from './types';

export const MAX_FINDINGS_PER_FILE = 1000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The findings (sorted by position) cut to `limit`, plus one summary of the rest. */
export function capFindings(findings: Finding[], options: { limit?: number } = {}): Finding[] {
  const limit = options.limit ?? MAX_FINDINGS_PER_FILE;
  if (findings.length <= limit) return findings;
  const rest = findings.slice(limit);
  let worst: Severity = 'hint';
  const errors = rest.filter((f) => f.severity === 'error').length;
  for (const f of rest) if (RANK[f.severity] < RANK[worst]) worst = f.severity;
  const n = rest.length.toLocaleString('en-US');
  const detail = errors ? ` (${errors.toLocaleString('en-US')} of them errors)` : '';
  return [
    ...findings.slice(0, limit),
    {
      code: 'document/too-many-findings',
      severity: worst,
      message: `and ${n} more finding${rest.length === 1 ? '' : 's'}${detail}; only the first ${limit.toLocaleString('en-US')} of a file are listed`,
      range: rest[0]!.range,
    },
  ];
}
