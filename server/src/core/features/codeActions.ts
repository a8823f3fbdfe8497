/** Quick fixes: every finding's suggestions, preferred when there is exactly one. */
import type { Finding, Range, TextEdit } from '../types';

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  preferred: boolean;
  /** The finding it fixes. */
  finding: Finding;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function quickFixes(findings: Finding[], range: Range): QuickFix[] {
  const out: QuickFix[] = [];
  for (const f of findings) {
    if (!f.suggestions?.length || !overlaps(f.range, range)) continue;
    for (const s of f.suggestions) out.push({ title: s.title, edits: s.edits, preferred: f.suggestions.length === 1, finding: f });
  }
  return out;
}
