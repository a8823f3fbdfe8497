/**
 * The engine: text → parsed document (once per version) → schema findings + rule findings.
 * Pure: the dataset (other files, config, reference date) is passed in.
 */
import type { DatasetContext } from './dataset';
import { regionsOf } from './datasetBuild';
import { capFindings } from './findingsCap';
import { buildPlanModel, type DocumentKind, type PlanModel } from './model';
import { rules } from './rules';
import type { RuleContext, RuleReport } from './rules/rule';
import { builtinSchemas, schemaIds } from './schema/store';
import { Validators } from './schema/validate';
import type { Finding, Severity } from './types';
import { localizeYamlFinding } from './yaml/messages';
import { parseYaml, type ParsedYaml } from './yaml/parse';

export interface ParsedDocument {
  text: string;
  kind: DocumentKind;
  yaml: ParsedYaml;
  plan: PlanModel;
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
    // the parse kept its messages without a language: they are rendered here, in the dataset's
    const out: Finding[] = doc.yaml.findings.map((f) => localizeYamlFinding(f, dataset.locale));
    const schemaId = SCHEMA_OF[doc.kind];
    const broken = doc.yaml.findings.some((f) => f.severity === 'error' && f.code !== 'yaml/DUPLICATE_KEY');
    // an empty config file is a config with every default; an empty plan is a plan with nothing in it
    if (schemaId && (doc.yaml.root || doc.kind !== 'config'))
      out.push(...this.validators.validate(schemaId, doc.yaml.value, doc.yaml.root, doc.text, dataset.locale));
    // rules run on plans, registries and configs (a rule names its kinds: config/bad-glob is the config's)
    if ((doc.kind === 'plan' || doc.kind === 'regions' || doc.kind === 'config') && !broken) {
      const ds = doc.kind === 'regions' ? withOwnRegions(doc, dataset, file) : dataset;
      for (const rule of rules) {
        if (!rule.kinds.includes(doc.kind) || dataset.config.rules[rule.id] === 'off') continue;
        const ctx: RuleContext = {
          text: doc.text,
          file,
          kind: doc.kind,
          root: doc.yaml.root,
          plan: doc.plan,
          dataset: ds,
          locale: ds.locale,
          t: (key, params) => ds.locale.t(key, params),
          report: (r: RuleReport) =>
            out.push({
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
        } catch (e) {
          out.push({
            code: 'internal/rule-failed',
            severity: 'error',
            message: ds.locale.t('engine.rule-failed', {
              rule: rule.id,
              error: e instanceof Error ? e.message : String(e),
            }),
            range: { start: 0, end: 0 },
          });
        }
      }
    }
    for (const x of this.extra) out.push(...x(doc, dataset, file));
    return capFindings(
      applySeverities(dedupe(out), dataset.config.rules).sort(
        (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.code < b.code ? -1 : 1),
      ),
      { locale: dataset.locale },
    );
  }
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
