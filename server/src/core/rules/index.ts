/** The rule catalogue: every named rule, as data. */
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
  description: string;
}

/** Families of codes that are not single rules: the yaml library's errors and the schema keywords. */
export const codeFamilies: RuleInfo[] = [
  {
    id: 'yaml/*',
    severity: 'error',
    description: "The YAML does not parse (the yaml library's own error code), including duplicate keys.",
  },
  {
    id: 'schema/*',
    severity: 'error',
    description:
      'A JSON Schema keyword fails (schema/required, schema/enum, schema/type, …), or a custom schema cannot be used (schema/remote-ref, schema/unreadable, schema/ref-cycle, schema/unsafe-pattern, …).',
  },
  {
    id: 'document/*',
    severity: 'warning',
    description:
      'Limits on one document: document/too-large, a file over 2 MB that the editor does not analyse (the CLI still checks it); document/too-many-findings, the findings after the first 1,000 of a file (with their worst severity).',
  },
  {
    id: 'config/*',
    severity: 'error',
    description:
      'The dataset config cannot be used: config/unreadable when policy-plans.config.yaml is a FIFO, a folder or a file without read permission (the dataset gets every default); config/bad-glob is a rule of its own.',
  },
];

/** The family a code such as schema/required or yaml/DUPLICATE_KEY belongs to, if it is not a single rule. */
function familyOf(code: string): RuleInfo | undefined {
  return codeFamilies.find((f) => code.startsWith(f.id.slice(0, -1)));
}

export function ruleInfo(code: string): RuleInfo {
  const r = rules.find((x) => x.id === code);
  if (r) return { id: r.id, severity: r.severity, description: r.description };
  const family = familyOf(code);
  return family ? { ...family, id: code } : { id: code, severity: 'error', description: code };
}

/** The documentation link of a code: its rule's section of docs/rules.md, or its family's (#schema, #document). */
export function docsUrlOf(code: string): string {
  const family = rules.some((r) => r.id === code) ? undefined : familyOf(code);
  return ruleAnchor(family ? family.id.slice(0, -2) : code);
}
