/**
 * The document of a new version from the cached one and the edits between them: incremental where that is
 * sure to equal a full parse (see reparse.ts), a full parse otherwise — in pieces for a large document (see
 * chunked.ts), whole for a small one or when the pieces do not fit.
 */
import { parseDocument, type ParsedDocument } from '../engine';
import { parseChunked } from './chunked';
import type { FoldedEdit } from './edits';
import { reparse } from './reparse';

export { EditLog, type FoldedEdit, type TextEdit } from './edits';
export { parseChunked } from './chunked';

/** From this length on, a full parse goes in pieces. */
export const CHUNKED_FROM = 32 * 1024;

export interface Update {
  doc: ParsedDocument;
  /** null when the update was incremental; otherwise why it was a full parse. */
  fallback: string | null;
}

/** A full parse: in pieces when the document is large and they fit, whole otherwise. */
export function parseFull(text: string, kind: ParsedDocument['kind']): ParsedDocument {
  if (text.length >= CHUNKED_FROM) {
    const doc = parseChunked(text, kind);
    if (typeof doc !== 'string') return doc;
  }
  return parseDocument(text, kind);
}

/** The parsed document of `text`, the text that `edit` (null: not known) made of `prev.text`. */
export function updateDocument(prev: ParsedDocument | null, text: string, kind: ParsedDocument['kind'], edit: FoldedEdit | null): Update {
  let why = 'no previous version or edit';
  if (prev && edit && prev.kind === kind) {
    const r = reparse(prev, text, edit);
    if (typeof r !== 'string') return { doc: r, fallback: null };
    why = r;
  } else if (prev && edit) why = 'the kind of document changed';
  return { doc: parseFull(text, kind), fallback: why };
}
