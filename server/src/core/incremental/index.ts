/**
 * The document of a new version from the cached one and the edits between them: incremental where that is
 * sure to equal a full parse (see reparse.ts), a full parse otherwise.
 */
import { parseDocument, type ParsedDocument } from '../engine';
import type { FoldedEdit } from './edits';
import { reparse } from './reparse';

export { EditLog, type FoldedEdit, type TextEdit } from './edits';

export interface Update {
  doc: ParsedDocument;
  /** null when the update was incremental; otherwise why it was a full parse. */
  fallback: string | null;
}

/** The parsed document of `text`, the text that `edit` (null: not known) made of `prev.text`. */
export function updateDocument(
  prev: ParsedDocument | null,
  text: string,
  kind: ParsedDocument['kind'],
  edit: FoldedEdit | null,
): Update {
  let why = 'no previous version or edit';
  if (prev && edit && prev.kind === kind) {
    const r = reparse(prev, text, edit);
    if (typeof r !== 'string') return { doc: r, fallback: null };
    why = r;
  } else if (prev && edit) why = 'the kind of document changed';
  return { doc: parseDocument(text, kind), fallback: why };
}
