/** Plain types of the core. Offsets are UTF-16 string offsets into the document text. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Range {
  start: number;
  end: number;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A machine-readable fix: a quick fix applies `edits` to the same document. */
export interface Suggestion {
  title: string;
  edits: TextEdit[];
}

/** Another place involved in a finding; `file` is absent for the same document. */
export interface RelatedPlace {
  file?: string;
  range: Range;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedPlace[];
  suggestions?: Suggestion[];
}

export interface Position {
  /** 0-based line */
  line: number;
  /** 0-based UTF-16 column */
  character: number;
}

export interface LineRange {
  start: Position;
  end: Position;
}
