/**
 * The engine: text → parsed document (once per version) → schema findings + rule findings.
 * Pure: the dataset (other files, config, reference date) is passed in.
 */
import type { DatasetContext } from './dataset';
import { regionsOf } from './datasetBuild';
import { capFindings } from './findingsCap';
import { buildPlanModel, type DocumentKind, type PlanModel } from './model';
import { rules } from './rules';
import type { Rule, RuleContext, RuleReport } from './rules/rule';
import { builtinSchemas, schemaIds } from './schema/store';
import { Validators } from './schema/validate';
import type { Finding, Range, Severity, Suggestion } from './types';
import { localizeYamlFinding } from './yaml/messages';
import { parseYaml, type ParsedYaml } from './yaml/parse';
import { mapNode, seqNode, type YMap, type YNode } from './yaml/tree';

export interface ParsedDocument {
  text: string;
  kind: DocumentKind;
  yaml: ParsedYaml;
  plan: PlanModel;
  /** Set when this version was re-parsed from the previous one by re-parsing one item of a top-level list. */
  edited?: ItemEdit;
}

/**
 * The one item an incremental re-parse changed: item `item` of the top-level list `list`, whose lines spanned
 * [from, oldTo) in the previous text and span [from, oldTo + delta) in this one. Everything before `from` is
 * unchanged; everything from `oldTo` on moved by `delta`.
 */
export interface ItemEdit {
  list: string;
  item: number;
  from: number;
  oldTo: number;
  delta: number;
}

/** What one check found, per rule (the index of the rule in `rules`; null when it did not run or failed). */
export interface RuleFindings {
  readonly byRule: ReadonlyArray<readonly Finding[] | null>;
}

/** The previous version's findings and the one item edited since: what an item-local rule can keep. */
export interface CheckReuse {
  previous: RuleFindings;
  edited: ItemEdit;
}

/** Which kind a file is by its name. */
export function kindOfFile(name: string): DocumentKind {
  if (/\.plan\.ya?ml$/i.test(name)) return 'plan';
  if (/\.regions\.ya?ml$/i.test(name)) return 'regions';
  if (/\.indicators\.ya?ml$/i.test(name)) return 'indicators';
  if (/(^|[\\/])policy-plans\.config\.ya?ml$/i.test(name)) return 'config';
  return 'other';
}

export function parseDocument(text: string, kind: DocumentKind): ParsedDocument {
  const yaml = parseYaml(text);
  return { text, kind, yaml, plan: buildPlanModel(kind === 'plan' ? yaml.root : null) };
}

/** The built-in schema of each kind of document: the one map of kind to schema. */
export const SCHEMA_OF: Partial<Record<DocumentKind, string>> = {
  plan: schemaIds.plan,
  regions: schemaIds.regions,
  indicators: schemaIds.indicators,
  config: schemaIds.config,
};

export interface ExtraCheck {
  /** Extra checks for a document (cross-file rules, custom schemas) that produce findings with codes. */
  (doc: ParsedDocument, dataset: DatasetContext, file: string | undefined): Finding[];
}

/**
 * Validators of the built-in schemas, added without ajv's check against the 2020-12 meta-schema: compiling
 * the meta-schema took most of the language server's start-up (about 60 ms of 150), and the built-in schemas
 * are checked against it by test/incremental.test.ts instead. Everything else is as `new Validators()`.
 */
function builtinValidators(): Validators {
  const v = new Validators([]);
  for (const s of builtinSchemas) v.ajv.addSchema(s, undefined, undefined, false);
  return v;
}

export class Engine {
  readonly validators: Validators;
  private readonly extra: ExtraCheck[];

  constructor(options: { validators?: Validators; extraChecks?: ExtraCheck[] } = {}) {
    this.validators = options.validators ?? builtinValidators();
    this.extra = options.extraChecks ?? [];
  }

  /** All findings for a parsed document, sorted by position, with the dataset's severities applied. */
  check(doc: ParsedDocument, dataset: DatasetContext, file?: string): Finding[] {
    return this.checkKeeping(doc, dataset, file).findings;
  }

  /**
   * The findings, and what each rule found (for the next version). With `reuse` — the previous version's rule
   * findings and the one item edited since, in the same dataset — a rule that is local to the items of the
   * edited list (`Rule.itemLocal`) runs on that item alone and keeps its other findings, moved by the edit.
   */
  checkKeeping(
    doc: ParsedDocument,
    dataset: DatasetContext,
    file?: string,
    options: { reuse?: CheckReuse } = {},
  ): { findings: Finding[]; rules: RuleFindings; reused: number } {
    // the parse kept its messages without a language: they are rendered here, in the dataset's
    const out: Finding[] = doc.yaml.findings.map((f) => localizeYamlFinding(f, dataset.locale));
    const schemaId = SCHEMA_OF[doc.kind];
    const broken = doc.yaml.findings.some((f) => f.severity === 'error' && f.code !== 'yaml/DUPLICATE_KEY');
    // an empty config file is a config with every default; an empty plan is a plan with nothing in it
    if (schemaId && (doc.yaml.root || doc.kind !== 'config'))
      out.push(...this.validators.validate(schemaId, doc.yaml.value, doc.yaml.root, doc.text, dataset.locale));
    const byRule: Array<Finding[] | null> = rules.map(() => null);
    let reused = 0;
    // rules run on plans, registries and configs (a rule names its kinds: config/bad-glob is the config's)
    if ((doc.kind === 'plan' || doc.kind === 'regions' || doc.kind === 'config') && !broken) {
      const ds = doc.kind === 'regions' ? withOwnRegions(doc, dataset, file) : dataset;
      const reuse = doc.kind === 'plan' ? options.reuse : undefined;
      let alone: { root: YMap; plan: PlanModel } | null | undefined;
      rules.forEach((rule, index) => {
        if (!rule.kinds.includes(doc.kind) || dataset.config.rules[rule.id] === 'off') return;
        const before = reuse && rule.itemLocal?.includes(reuse.edited.list) ? reuse.previous.byRule[index] : null;
        if (reuse && before) {
          if (alone === undefined) alone = editedItemAlone(doc, reuse.edited);
          const kept = alone && keptFindings(before, reuse.edited);
          if (alone && kept) {
            const found = runRule(rule, doc, ds, file, alone);
            if (Array.isArray(found)) {
              const { from, oldTo, delta } = reuse.edited;
              const inItem = found.filter((f) => f.range.start >= from && f.range.start < oldTo + delta);
              const list = [...kept.before, ...inItem, ...kept.after];
              byRule[index] = list;
              out.push(...list);
              reused++;
              return;
            }
          }
        }
        const found = runRule(rule, doc, ds, file, { root: doc.yaml.root, plan: doc.plan });
        if (Array.isArray(found)) {
          byRule[index] = found;
          out.push(...found);
        } else {
          out.push({
            code: 'internal/rule-failed',
            severity: 'error',
            message: ds.locale.t('engine.rule-failed', { rule: rule.id, error: found.error }),
            range: { start: 0, end: 0 },
          });
        }
      });
    }
    for (const x of this.extra) out.push(...x(doc, dataset, file));
    const findings = capFindings(
      applySeverities(dedupe(out), dataset.config.rules).sort(
        (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.code < b.code ? -1 : 1),
      ),
      { locale: dataset.locale },
    );
    return { findings, rules: { byRule }, reused };
  }
}

/** One rule's findings on a document (or on its edited item alone), or why it threw. */
function runRule(
  rule: Rule,
  doc: ParsedDocument,
  ds: DatasetContext,
  file: string | undefined,
  on: { root: YNode | null; plan: PlanModel },
): Finding[] | { error: string } {
  const found: Finding[] = [];
  const ctx: RuleContext = {
    text: doc.text,
    file,
    kind: doc.kind,
    root: on.root,
    plan: on.plan,
    dataset: ds,
    locale: ds.locale,
    t: (key, params) => ds.locale.t(key, params),
    report: (r: RuleReport) =>
      found.push({
        code: rule.id,
        severity: rule.severity,
        message: r.message,
        range: r.range,
        ...(r.related ? { related: r.related } : {}),
        ...(r.suggestions?.length ? { suggestions: r.suggestions } : {}),
      }),
  };
  try {
    rule.check(ctx);
    return found;
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The document as an item-local rule sees the edited item: the same root entries, except the edited list, which
 * holds that item alone. Null when the tree is not the shape the re-parse left (then every rule runs whole).
 */
function editedItemAlone(doc: ParsedDocument, edited: ItemEdit): { root: YMap; plan: PlanModel } | null {
  const root = doc.yaml.root;
  if (!root || root.kind !== 'map') return null;
  const alone = mapNode(root.pointer, null, root.keyRange, root.segment, root.range, root.flow);
  let found = false;
  for (const e of root.entries) {
    const v = e.value;
    if (e.key !== edited.list || found || v.kind !== 'seq' || !v.items[edited.item]) {
      alone.entries.push(e);
      continue;
    }
    const seq = seqNode(v.pointer, alone, v.keyRange, v.segment, v.range, v.flow);
    seq.items.push(v.items[edited.item]!);
    alone.entries.push({ key: e.key, keyRange: e.keyRange, value: seq });
    found = true;
  }
  return found ? { root: alone, plan: buildPlanModel(alone) } : null;
}

/**
 * A rule's previous findings outside the edited item, in the new text: those before it as they were, those
 * after it moved by the edit; findings inside it are dropped (the item is checked again). Null when a finding,
 * a related place or a fix touches the item's lines from outside (then the rule runs whole).
 */
function keptFindings(previous: readonly Finding[], edited: ItemEdit): { before: Finding[]; after: Finding[] } | null {
  const { from, oldTo, delta } = edited;
  const move = (r: Range): Range | null => {
    if (r.end <= from) return r;
    if (r.start >= oldTo) return delta === 0 ? r : { start: r.start + delta, end: r.end + delta };
    if (r.start < from && r.end >= oldTo) return { start: r.start, end: r.end + delta };
    return null;
  };
  const before: Finding[] = [];
  const after: Finding[] = [];
  for (const f of previous) {
    if (f.range.start >= from && f.range.start < oldTo) continue;
    const range = move(f.range);
    if (!range) return null;
    let related = f.related;
    if (related && delta !== 0) {
      const moved: NonNullable<Finding['related']> = [];
      for (const r of related) {
        if (r.file !== undefined && r.file !== null) {
          moved.push(r);
          continue;
        }
        const m = move(r.range);
        if (!m) return null;
        moved.push(m === r.range ? r : { ...r, range: m });
      }
      related = moved;
    } else if (related && related.some((r) => (r.file === undefined || r.file === null) && !move(r.range))) return null;
    let suggestions = f.suggestions;
    if (suggestions) {
      const moved: Suggestion[] = [];
      for (const s of suggestions) {
        const edits = [];
        for (const e of s.edits) {
          const m = move(e.range);
          if (!m) return null;
          edits.push(m === e.range ? e : { ...e, range: m });
        }
        moved.push({ ...s, edits });
      }
      suggestions = moved;
    }
    const same = range === f.range && related === f.related && suggestions === f.suggestions;
    const g: Finding = same
      ? f
      : { ...f, range, ...(related ? { related } : {}), ...(suggestions ? { suggestions } : {}) };
    (f.range.start < from ? before : after).push(g);
  }
  return { before, after };
}

/** One finding per code, range and message (rules can reach one node twice through aliases); messages stay short. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const k = `${f.code}|${f.range.start}|${f.range.end}|${f.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f.message.length < 200 ? f : { ...f, message: `${f.message.slice(0, 198)}…` });
  }
  return out;
}

/** A registry's own regions are known while it is checked, even before the dataset index has it. */
function withOwnRegions(doc: ParsedDocument, dataset: DatasetContext, file: string | undefined): DatasetContext {
  const own = regionsOf(doc, file ?? '');
  if (own.length === 0) return dataset;
  const regions = new Map(dataset.regions);
  for (const r of own) if (!regions.has(r.id) || regions.get(r.id)!.file === file) regions.set(r.id, r);
  return { ...dataset, regions };
}

export function applySeverities(findings: Finding[], settings: Record<string, Severity | 'off'>): Finding[] {
  if (Object.keys(settings).length === 0) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    // an exact code wins over its family (schema/*)
    const s = settings[f.code] ?? settings[`${f.code.slice(0, f.code.indexOf('/'))}/*`];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}
