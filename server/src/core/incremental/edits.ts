/** Text edits between two versions of a document, folded into one replacement. */

/** One replacement in the text it applies to: [start, end) becomes a text of `length` characters. */
export interface TextEdit {
  start: number;
  end: number;
  length: number;
}

/**
 * One replacement equivalent to a sequence of edits, each in the text left by the one before: old
 * [start, oldEnd) became new [start, newEnd), everything before `start` is unchanged and everything
 * after `oldEnd` moved by `newEnd - oldEnd`.
 */
export interface FoldedEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Folds edits applied one after another into one replacement of the original text. */
export class EditLog {
  private folded: FoldedEdit | null = null;
  /** Set when an edit replaced the whole text (or could not be placed): no incremental update then. */
  whole = false;

  /** @param baseVersion the version of the text the first edit applies to */
  constructor(readonly baseVersion: number) {}

  add(edit: TextEdit): void {
    if (this.whole) return;
    if (edit.start < 0 || edit.end < edit.start || edit.length < 0) {
      this.whole = true;
      return;
    }
    const f = this.folded;
    if (!f) {
      this.folded = { start: edit.start, oldEnd: edit.end, newEnd: edit.start + edit.length };
      return;
    }
    // in the current text, [f.start, f.newEnd) is the changed region; the rest is the original shifted after it
    const shift = f.newEnd - f.oldEnd;
    const start = Math.min(f.start, edit.start);
    const oldEnd = edit.end > f.newEnd ? edit.end - shift : f.oldEnd;
    const curEnd = Math.max(f.newEnd, edit.end);
    const newEnd = curEnd + edit.length - (edit.end - edit.start);
    this.folded = { start, oldEnd: Math.max(oldEnd, start), newEnd };
  }

  /** The folded replacement, or null when there was no edit or a whole-text change. */
  get edit(): FoldedEdit | null {
    return this.whole ? null : this.folded;
  }
}
