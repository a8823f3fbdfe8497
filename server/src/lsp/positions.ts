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

export class Positions {
  private readonly lineIndexes = new Map<string, { text: string; index: LineIndex }>();

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

  toDiagnostics(file: string, findings: Finding[]): Diagnostic[] {
    const open = this.documents.get(uriOf(file));
    const positions = open ?? {
      uri: uriOf(file),
      version: 0,
      positionAt: (o: number) => this.rangeIn(file, { start: o, end: o }).start,
    };
    const options = { locale: this.sessions.locale() };
    return findings.map((f) => toDiagnostic(positions, f, (other, r) => this.rangeIn(other, r), options));
  }
}
