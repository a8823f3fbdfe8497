/**
 * Offsets of any workspace file as line/character: an open document's through its TextDocument, a closed
 * file's through a LineIndex of the text the workspace holds (kept per file while that text stays the same).
 */
import type { Diagnostic, Range as LspRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding, type Range } from '../core';
import { toDiagnostic, toRange } from './convert';
import type { SessionHolder } from './session';
import { uriOf } from './uris';

/** An open document's diagnostics of its last conversion, by the finding each was made from. */
interface Converted {
  version: number;
  language: string;
  byFinding: Map<Finding, Diagnostic>;
}

export class Positions {
  private readonly lineIndexes = new Map<string, { text: string; index: LineIndex }>();
  private readonly converted = new Map<string, Converted>();

  constructor(
    private readonly documents: ReadonlyMap<string, TextDocument>,
    private readonly sessions: SessionHolder,
  ) {}

  /** A range of any workspace file (open or not) as line/character, from the text the workspace holds. */
  rangeIn(file: string, r: Range): LspRange {
    const open = this.documents.get(uriOf(file));
    if (open) return toRange(open, r);
    const text = this.sessions.active?.workspace.textOf(file) ?? '';
    let li = this.lineIndexes.get(file);
    if (!li || li.text !== text) this.lineIndexes.set(file, (li = { text, index: new LineIndex(text) }));
    const lr = li.index.range(r);
    return { start: lr.start, end: lr.end };
  }

  /**
   * Findings as LSP diagnostics. An open document's are remembered per finding: after an incremental check the
   * findings before the edit are the very objects of the version before, at the same places, so their diagnostics
   * are not converted again (a finding with a related place in another file is, since that file may have moved).
   */
  toDiagnostics(file: string, findings: Finding[]): Diagnostic[] {
    const uri = uriOf(file);
    const open = this.documents.get(uri);
    const locale = this.sessions.locale();
    const options = { locale };
    const related = (other: string, r: Range) => this.rangeIn(other, r);
    if (!open) {
      const positions = {
        uri,
        version: 0,
        positionAt: (o: number) => this.rangeIn(file, { start: o, end: o }).start,
      };
      return findings.map((f) => toDiagnostic(positions, f, related, options));
    }
    const last = this.converted.get(uri);
    const before = last && last.language === locale.language ? last : null;
    const now: Converted =
      before && before.version === open.version
        ? before
        : { version: open.version, language: locale.language, byFinding: new Map() };
    const out = findings.map((f) => {
      let d = now.byFinding.get(f);
      if (!d && before !== now && !f.related?.some((r) => r.file)) d = before?.byFinding.get(f);
      d ??= toDiagnostic(open, f, related, options);
      now.byFinding.set(f, d);
      return d;
    });
    this.converted.set(uri, now);
    for (const u of this.converted.keys()) if (!this.documents.has(u)) this.converted.delete(u);
    return out;
  }
}
