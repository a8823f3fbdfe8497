/** Plain types of the core. Offsets are UTF-16 string offsets into the document text. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

const SEVERITY_SETTINGS: ReadonlySet<string> = new Set<SeveritySetting>([
  'error',
  'warning',
  'information',
  'hint',
  'off',
]);

/** Whether a value from a config or a setting names a severity (or off). */
export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && SEVERITY_SETTINGS.has(v);
}

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
