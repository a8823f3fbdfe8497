/** Quick fixes: every finding's suggestions, preferred when there is exactly one. */
import type { ParsedDocument } from '../engine';
import type { Finding, Range, TextEdit } from '../types';
import { nodeAt, pathOf } from '../yaml/tree';
import { applicable, pick } from './schemaInfo';

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /**
   * The same edits with a snippet placeholder for a value to fill in (`deadline: ${1:2025}`), for clients
   * that can insert snippets: adding a property no longer leaves an empty value that is a second error.
   */
  snippetEdits?: TextEdit[];
  preferred: boolean;
  /** The finding it fixes. */
  finding: Finding;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}

const ROOT_SCHEMAS: Record<string, string> & { plan: string } = {
  plan: 'https://policy-plans.dev/schemas/plan.schema.json',
  regions: 'https://policy-plans.dev/schemas/regions.schema.json',
  config: 'https://policy-plans.dev/schemas/config.schema.json',
};

/** A snippet escape: `$`, `}` and `\` are syntax. */
function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** `key: ` → `key: ${1:example}` (the schema's first example, or the key's name as a hint). */
function withPlaceholder(doc: ParsedDocument, finding: Finding, edit: TextEdit): TextEdit | null {
  const m = /^([\s\S]*?)([^\s,{]+): $/.exec(edit.newText) ?? /^([\s\S]*?)([^\s,{]+): ( ?)$/.exec(edit.newText);
  if (!m) return null;
  const key = m[2]!;
  // the mapping that gets the key: the node whose key the finding underlines, or the parent of its first entry
  const n = nodeAt(doc.yaml.root, finding.range.start);
  const map = n && n.kind === 'map' ? n : (n?.parent ?? null);
  const path = map ? [...pathOf(map), key] : [key];
  const examples = pick<unknown[]>(applicable(ROOT_SCHEMAS[doc.kind] ?? ROOT_SCHEMAS.plan, path), 'examples');
  const example = examples?.find((e) => typeof e === 'string' || typeof e === 'number');
  const hint = example !== undefined ? String(example) : key;
  return {
    range: edit.range,
    newText: `${escapeSnippet(m[1]!)}${escapeSnippet(key)}: \${1:${escapeSnippet(hint)}}${m[3] ?? ''}`,
  };
}

export function quickFixes(findings: Finding[], range: Range, doc?: ParsedDocument): QuickFix[] {
  const out: QuickFix[] = [];
  for (const f of findings) {
    if (!f.suggestions?.length || !overlaps(f.range, range)) continue;
    for (const s of f.suggestions) {
      const fix: QuickFix = { title: s.title, edits: s.edits, preferred: f.suggestions.length === 1, finding: f };
      if (doc && f.code === 'schema/required' && s.edits.length === 1) {
        const snippet = withPlaceholder(doc, f, s.edits[0]!);
        if (snippet) fix.snippetEdits = [snippet];
      }
      out.push(fix);
    }
  }
  return out;
}
