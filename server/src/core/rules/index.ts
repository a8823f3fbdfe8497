/** The rule catalogue: every named rule, as data. */
import { localeOf, type Locale } from '../i18n';
import { baselineAfterDeadline } from './baselineAfterDeadline';
import { baselineAlreadyMet } from './baselineAlreadyMet';
import { currencyPrecision } from './currencyPrecision';
import { currencyUnknown } from './currencyUnknown';
import { currencyMissing } from './currencyMissing';
import { deadlineBeforePublished } from './deadlineBeforePublished';
import { deadlineInvalid } from './deadlineInvalid';
import { deadlineOutsidePeriod } from './deadlineOutsidePeriod';
import { deadlinePassed } from './deadlinePassed';
import { idDuplicate } from './idDuplicate';
import { moneyImplausibleEquivalent } from './moneyImplausibleEquivalent';
import { numberYaml11Style } from './numberYaml11Style';
import { numberNotFinite } from './numberNotFinite';
import { periodOrder } from './periodOrder';
import { progressBeforeBaseline } from './progressBeforeBaseline';
import { progressDuplicateDate } from './progressDuplicateDate';
import { progressInFuture } from './progressInFuture';
import { progressUnitMismatch } from './progressUnitMismatch';
import { progressUnknownSource } from './progressUnknownSource';
import { refUnknownPlan } from './refUnknownPlan';
import { refUnknownSource } from './refUnknownSource';
import { regionDeprecated } from './regionDeprecated';
import { regionOutsideJurisdiction } from './regionOutsideJurisdiction';
import { regionUnknown } from './regionUnknown';
import { ruleAnchor, type Rule } from './rule';
import { regionCycle } from './regionCycle';
import { regionBadCode } from './regionBadCode';
import { regionDuplicate } from './regionDuplicate';
import { planSupersededInForce } from './planSupersededInForce';
import { relationInconsistent } from './relationInconsistent';
import { sourceAccessedBeforePublished } from './sourceAccessedBeforePublished';
import { sourceMissing } from './sourceMissing';
import { statusContradictsProgress } from './statusContradictsProgress';
import { statusPeriodEnded } from './statusPeriodEnded';
import { configBadGlob } from './configBadGlob';
import { targetValueCount } from './targetValueCount';
import { unitMismatch } from './unitMismatch';
import { unitUnknown } from './unitUnknown';
import { quoteAmountMismatch } from './quoteAmountMismatch';
import { quoteComparatorMismatch } from './quoteComparatorMismatch';
import { refUnknownIndicator } from './refUnknownIndicator';
import { targetConflict } from './targetConflict';
import { rollupExceedsParent } from './rollupExceedsParent';
import { moneyPartExceedsTotal } from './moneyPartExceedsTotal';
import { moneyPartsExceedTotal } from './moneyPartsExceedTotal';
import { regionCodeMismatch } from './regionCodeMismatch';
import { regionDuplicateCode } from './regionDuplicateCode';
import { planPublishedAfterSource } from './planPublishedAfterSource';
import { sourceHomepageUrl } from './sourceHomepageUrl';
import type { Severity } from '../types';

export const rules: Rule[] = [
  regionUnknown,
  regionDeprecated,
  regionOutsideJurisdiction,
  currencyUnknown,
  currencyMissing,
  currencyPrecision,
  moneyImplausibleEquivalent,
  deadlineInvalid,
  deadlineOutsidePeriod,
  deadlineBeforePublished,
  deadlinePassed,
  periodOrder,
  baselineAfterDeadline,
  baselineAlreadyMet,
  unitMismatch,
  unitUnknown,
  targetValueCount,
  idDuplicate,
  refUnknownSource,
  refUnknownPlan,
  sourceMissing,
  sourceAccessedBeforePublished,
  numberYaml11Style,
  numberNotFinite,
  planSupersededInForce,
  relationInconsistent,
  regionCycle,
  regionBadCode,
  regionDuplicate,
  progressUnitMismatch,
  progressInFuture,
  progressBeforeBaseline,
  progressUnknownSource,
  progressDuplicateDate,
  statusContradictsProgress,
  statusPeriodEnded,
  quoteAmountMismatch,
  quoteComparatorMismatch,
  refUnknownIndicator,
  targetConflict,
  rollupExceedsParent,
  moneyPartExceedsTotal,
  moneyPartsExceedTotal,
  regionCodeMismatch,
  regionDuplicateCode,
  planPublishedAfterSource,
  sourceHomepageUrl,
  configBadGlob,
];

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** The rule's description in the locale's language (the catalogue's `<id>.description`). */
  description: string;
}

/** Families of codes that are not single rules: the yaml library's errors and the schema keywords. */
export const codeFamilies: ReadonlyArray<{ id: string; severity: Severity }> = [
  { id: 'yaml/*', severity: 'error' },
  { id: 'schema/*', severity: 'error' },
  { id: 'document/*', severity: 'warning' },
  { id: 'config/*', severity: 'error' },
];

/** The family a code such as schema/required or yaml/DUPLICATE_KEY belongs to, if it is not a single rule. */
function familyOf(code: string): { id: string; severity: Severity } | undefined {
  return codeFamilies.find((f) => code.startsWith(f.id.slice(0, -1)));
}

/** A code's rule (or family) with its description in the locale's language (English by default). */
export function ruleInfo(code: string, locale: Locale = localeOf('en')): RuleInfo {
  const r = rules.find((x) => x.id === code);
  if (r) return { id: r.id, severity: r.severity, description: locale.tKey(`${r.id}.description`) };
  const family = familyOf(code);
  return family
    ? { id: code, severity: family.severity, description: locale.tKey(`${family.id}.description`) }
    : { id: code, severity: 'error', description: code };
}

/**
 * The documentation link of a code: its rule's section of docs/rules.md, or its family's (#schema, #document);
 * in Chinese the same section of docs/rules.zh-CN.md (generated with the same anchors).
 */
export function docsUrlOf(code: string, locale: Locale = localeOf('en')): string {
  const family = rules.some((r) => r.id === code) ? undefined : familyOf(code);
  const url = ruleAnchor(family ? family.id.slice(0, -2) : code);
  return locale.language === 'zh-cn' ? url.replace(/\/rules\.md#/, '/rules.zh-CN.md#') : url;
}
