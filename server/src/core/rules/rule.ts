/** What a rule is: data (id, severity; its description is the catalogue's `<id>.description`) plus a check over one document. */
import type { DatasetContext } from '../dataset';
import type { Locale, MessageKey, Params } from '../i18n';
import type { DocumentKind, PlanModel } from '../model';
import type { Range, RelatedPlace, Severity, Suggestion } from '../types';
import type { YNode } from '../yaml/tree';

export interface RuleReport {
  range: Range;
  message: string;
  /**
   * The quick fixes, or a function that makes them: then they are made only for a workspace that wants them
   * (`WorkspaceOptions.fixes`; the CLI prints none).
   */
  suggestions?: Suggestion[] | (() => Suggestion[]);
  related?: RelatedPlace[];
}

export interface RuleContext {
  text: string;
  /** The document's file name or uri, as the dataset index names it. */
  file: string | undefined;
  root: YNode | null;
  kind: DocumentKind;
  plan: PlanModel;
  dataset: DatasetContext;
  /** The dataset's locale (`dataset.locale`): messages, numbers, amounts and lists in the user's language. */
  locale: Locale;
  /** A catalogue message in the dataset's language: `ctx.t('region/unknown', { code })`. */
  t(key: MessageKey, params?: Params): string;
  report(r: RuleReport): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** The kinds of document the rule checks. */
  kinds: DocumentKind[];
  /**
   * Top-level lists of a plan (`targets`, `measures`, `sources`) over whose items the rule is local: what it
   * finds inside an item depends on that item and on nothing else of the same list, and what it finds outside
   * the list's items does not depend on them. After an edit inside one item of such a list, the rule runs on
   * that item alone and keeps its other findings (the engine's `checkKeeping`). A rule that compares items with
   * each other (duplicate ids, parts against totals) leaves the list out. test/incremental-check.test.ts checks
   * the result against a whole check after random edits.
   */
  itemLocal?: readonly string[];
  check(ctx: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/policy-plans/policy-plans/blob/main/docs/rules.md';

export function ruleAnchor(id: string): string {
  return `${DOCS_BASE}#${id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

/** A quick fix that replaces one range with text. */
export function replaceWith(range: Range, newText: string, title = `Change to ${newText}`): Suggestion {
  return { title, edits: [{ range, newText }] };
}
