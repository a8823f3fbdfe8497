/** The overview with line/character places, for the hosts (LSP request, CLI report): converted once, at the edge. */
import { LineIndex } from '../text';
import type { LinePlace, Overview, Place } from './types';

/** Replaces every offset place by a line/character one; `textOf` gives a file's text (null: line 0). */
export function withLines(o: Overview<Place>, textOf: (file: string) => string | null): Overview<LinePlace> {
  const indexes = new Map<string, LineIndex | null>();
  const conv = (p: Place): LinePlace => {
    let ix = indexes.get(p.file);
    if (ix === undefined) {
      const text = textOf(p.file);
      ix = text === null ? null : new LineIndex(text);
      indexes.set(p.file, ix);
    }
    const r = ix ? ix.range(p.range) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return {
      file: p.file,
      line: r.start.line,
      character: r.start.character,
      endLine: r.end.line,
      endCharacter: r.end.character,
    };
  };
  return {
    ...o,
    plans: o.plans.map((x) => ({ ...x, place: conv(x.place) })),
    targets: o.targets.map((x) => ({ ...x, place: conv(x.place) })),
    measures: o.measures.map((x) => ({ ...x, place: conv(x.place) })),
    relations: o.relations.map((x) => ({ ...x, place: conv(x.place) })),
  };
}

/** Renames every place's file (e.g. to a path relative to the dataset, or a URI). */
export function withFiles<P extends { file: string }>(o: Overview<P>, rename: (file: string) => string): Overview<P> {
  const conv = (p: P): P => ({ ...p, file: rename(p.file) });
  return {
    ...o,
    plans: o.plans.map((x) => ({ ...x, place: conv(x.place) })),
    targets: o.targets.map((x) => ({ ...x, place: conv(x.place) })),
    measures: o.measures.map((x) => ({ ...x, place: conv(x.place) })),
    relations: o.relations.map((x) => ({ ...x, place: conv(x.place) })),
  };
}
