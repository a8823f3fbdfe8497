/** Hover: what a key means, what a code names, what an amount or deadline amounts to. */
import { findIndicator, type DatasetContext } from '../dataset';
import { currencyByCode, isoRegions, regionDisplayName } from '../domain/codes';
import { describeDeadlineIssue, describeDistance, parseDeadline } from '../domain/deadline';
import { referenceRate } from '../domain/fx';
import { amountExact, amountInChinese, parseAmount } from '../domain/money';
import { findUnit } from '../domain/units';
import { lookupRegion } from '../domain/regions';
import type { ParsedDocument } from '../engine';
import type { Locale, MessageKey } from '../i18n';
import { fmt } from '../rules/moneyImplausibleEquivalent';
import type { Range } from '../types';
import { get, scalar, str, type YNode } from '../yaml/tree';
import { locate } from './locate';
import { standingMarkdown, targetAtPath } from './standing';
import { isoRegionNames, localNames, unitDescription } from './names';
import { applicable, conceptAt, enumValues, pick, schemaText } from './schemaInfo';

export interface HoverResult {
  range: Range;
  markdown: string;
}

/** ISO codes often taken for another place: CN-GZ reads like Guangzhou (a city without an ISO code) but is Guizhou. */
const CONFUSED_WITH: Record<string, { en: string; zh: string }> = {
  'CN-GZ': { en: 'Guangzhou', zh: '广州' },
  'CN-HA': { en: 'Hainan (CN-HI)', zh: '海南（CN-HI）' },
  'CN-HI': { en: 'Henan (CN-HA)', zh: '河南（CN-HA）' },
  'CN-SN': { en: 'Shanxi (CN-SX)', zh: '山西（CN-SX）' },
  'CN-SX': { en: 'Shaanxi (CN-SN)', zh: '陕西（CN-SN）' },
};

const PLAN_STATUS: Readonly<Record<string, MessageKey>> = {
  draft: 'hover.plan-status.draft',
  proposed: 'hover.plan-status.proposed',
  'in-force': 'hover.plan-status.in-force',
  ended: 'hover.plan-status.ended',
  superseded: 'hover.plan-status.superseded',
  repealed: 'hover.plan-status.repealed',
};

/** A plan's status as the reader says it ("superseded" / "已被取代"); an unknown one as written. */
function planStatusName(status: string, locale: Locale): string {
  const key = PLAN_STATUS[status];
  return key ? locale.t(key) : status;
}

/** "Guangdong (广东省)"; without an original name, the name alone. */
export function named(locale: Locale, name: string, original: string | undefined | null): string {
  return original ? locale.t('hover.named', { name, original }) : name;
}

/** "**CN-GD** — Guangdong (广东省)", "— not Guangzhou" after a code often taken for another place. */
function titleLine(locale: Locale, code: string, name: string, confused?: string): string {
  return confused
    ? locale.t('hover.title.confused', { code, name, other: confused })
    : locale.t('hover.title', { code, name });
}

export function regionHover(code: string, dataset: DatasetContext): string | null {
  const locale = dataset.locale;
  const l = lookupRegion(code, dataset);
  if (l.kind === 'iso') {
    const r = l.iso;
    const confused = CONFUSED_WITH[code];
    const n = isoRegionNames(r, dataset, locale);
    const lines = [
      titleLine(
        locale,
        code,
        named(locale, n.name, n.original),
        confused && confused[locale.language === 'zh-cn' ? 'zh' : 'en'],
      ),
    ];
    const level =
      r.level === 'subdivision'
        ? r.name !== regionDisplayName(r)
          ? locale.t('hover.region.subdivision.named', { name: r.name })
          : locale.t('hover.region.subdivision')
        : r.level === 'country'
          ? locale.t('hover.region.country')
          : locale.t('hover.region.supranational');
    lines.push('', level);
    if (r.parent) {
      const p = isoRegions.get(r.parent);
      lines.push(
        '',
        p
          ? locale.t('hover.region.part-of.named', { parent: r.parent, name: isoRegionNames(p, dataset, locale).name })
          : locale.t('hover.region.part-of', { parent: r.parent }),
      );
    }
    return lines.join('\n');
  }
  if (l.kind === 'withdrawn') {
    const w = l.withdrawn;
    const n = localNames(locale, w.name, w.nameOriginal);
    return locale.t('hover.region.withdrawn', {
      title: titleLine(locale, code, named(locale, n.name, n.original)),
      successor: w.successor,
    });
  }
  if (l.kind === 'dataset') {
    const r = l.region;
    const n = localNames(locale, r.name, r.nameOriginal);
    const lines = [titleLine(locale, code, named(locale, n.name, n.original)), '', locale.t('hover.region.dataset')];
    if (r.parent) lines.push('', locale.t('hover.region.part-of', { parent: r.parent }));
    if (r.includes.length)
      lines.push('', locale.t('hover.region.includes', { regions: locale.list(r.includes, 'comma') }));
    const codes = Object.entries(r.codes ?? {});
    if (codes.length) lines.push('', codes.map(([k, v]) => `${k}: ${v}`).join(' · '));
    return lines.join('\n');
  }
  return null;
}

/** "**ai-core-industry-scale** — Core AI industry scale (人工智能核心产业规模)", then "Indicator, in CNY · file" */
export function indicatorHover(id: string, dataset: DatasetContext): string | null {
  const locale = dataset.locale;
  const i = findIndicator(id, dataset);
  if (!i) return null;
  const n = localNames(locale, i.name, i.nameOriginal);
  const where = i.file
    ? i.unit
      ? locale.t('hover.indicator.unit.file', { unit: i.unit, file: i.file })
      : i.currency
        ? locale.t('hover.indicator.currency.file', { currency: i.currency, file: i.file })
        : locale.t('hover.indicator.file', { file: i.file })
    : i.unit
      ? locale.t('hover.indicator.unit.config', { unit: i.unit })
      : i.currency
        ? locale.t('hover.indicator.currency.config', { currency: i.currency })
        : locale.t('hover.indicator.config');
  const lines = [titleLine(locale, id, named(locale, n.name, n.original)), '', where];
  if (i.description) lines.push('', i.description);
  return lines.join('\n');
}

export function currencyHover(code: string, locale: Locale): string | null {
  const c = currencyByCode.get(code);
  if (!c) return null;
  const minor =
    c.minorUnits === null
      ? locale.t('hover.currency.undefined')
      : c.minorUnits === 0
        ? locale.t('hover.currency.whole')
        : locale.t('hover.currency.minor', { count: c.minorUnits });
  return `${titleLine(locale, c.code, locale.currencyName(c.code, c.name))}\n\n${minor}`;
}

function moneyText(holder: YNode | null, plan: ParsedDocument['plan']): { value: number; currency: string } | null {
  const a = scalar(get(holder, 'amount'));
  if (!a) return null;
  const amount = parseAmount(a.value, a.source);
  const currency = str(get(holder, 'currency')) ?? plan.currency;
  return amount && currency ? { value: amount.value, currency } : null;
}

/** "300 billion CNY; stated as 41.12 billion USD, implying 7.30 CNY per USD; reference 2023: 7.08" */
export function moneyHover(moneyNode: YNode, doc: ParsedDocument, dataset: DatasetContext): string | null {
  const locale = dataset.locale;
  const m = moneyText(moneyNode, doc.plan);
  if (!m) return null;
  let text = locale.money(m.value, m.currency);
  const zh = amountInChinese(m.value);
  // the exact number, and the 亿/万亿 form the Chinese sources print (the Chinese text has it already)
  const exact = `${amountExact(m.value)} ${m.currency}${zh && locale.language === 'en' ? ` · ${zh}` : ''}`;
  const owner = moneyNode.parent;
  const isMain = moneyNode.segment === 'money' && owner && owner.segment !== 'baseline';
  const eq = isMain ? get(owner, 'stated-equivalent') : moneyNode.segment === 'stated-equivalent' ? moneyNode : null;
  const main = moneyNode.segment === 'stated-equivalent' ? moneyText(get(owner, 'money'), doc.plan) : m;
  const e = eq ? moneyText(eq, doc.plan) : null;
  if (e && main && e.currency !== main.currency && e.value > 0) {
    const implied = main.value / e.value;
    const params = {
      money: locale.money(main.value, main.currency),
      equivalent: locale.money(e.value, e.currency),
      rate: fmt(implied),
      currency: main.currency,
      other: e.currency,
    };
    const ref = referenceRate(doc.plan, owner, main.currency, e.currency, dataset);
    text = ref
      ? locale.t('hover.money.stated.reference', { ...params, year: String(ref.year), reference: fmt(ref.rate) })
      : locale.t('hover.money.stated', params);
  }
  return exact === text ? text : `${text}\n\n${exact}`;
}

function deadlineHover(value: unknown, dataset: DatasetContext, path: string[]): string | null {
  const locale = dataset.locale;
  const r = parseDeadline(value);
  if (!r) return null;
  const start = path.length === 2 && path[0] === 'period' && path[1] === 'start';
  const end = path.length === 2 && path[0] === 'period' && path[1] === 'end';
  if (!r.ok)
    return start || end
      ? locale.t('hover.deadline.invalid-bound', { problem: describeDeadlineIssue(r.issue, locale) })
      : locale.t('hover.deadline.invalid', { problem: describeDeadlineIssue(r.issue, locale) });
  const d = r.value;
  const interval = { value: String(value), start: d.start, end: d.end };
  const what =
    d.kind === 'date'
      ? d.end
      : d.kind === 'year'
        ? locale.t('hover.deadline.year', interval)
        : d.kind === 'quarter'
          ? locale.t('hover.deadline.quarter', interval)
          : locale.t('hover.deadline.month', interval);
  const today = dataset.referenceDate;
  // the plan's period runs from the first day of its start to the last day of its end
  if (start)
    return locale.t('hover.deadline.period-start', {
      what,
      start: d.start,
      distance: describeDistance(today, d.start, locale),
      today,
    });
  const params = { what, end: d.end, distance: describeDistance(today, d.end, locale), today };
  if (end) return locale.t('hover.deadline.period-end', params);
  return path[path.length - 1] === 'at'
    ? locale.t('hover.deadline.baseline', params)
    : locale.t('hover.deadline.deadline', params);
}

export function hover(
  doc: ParsedDocument,
  offset: number,
  dataset: DatasetContext,
  rootSchemaId: string,
): HoverResult | null {
  const at = locate(doc, offset);
  if (!at) return null;
  const { node, path } = at;
  const locale = dataset.locale;
  const schemas = applicable(rootSchemaId, path);
  if (at.onKey && node.keyRange) {
    const title = schemaText(schemas, 'title', locale);
    const description = schemaText(schemas, 'description', locale);
    if (!title && !description) return null;
    const examples = pick<unknown[]>(schemas, 'examples');
    const ex =
      examples && examples.length && typeof examples[0] !== 'object'
        ? `\n\n${locale.t('hover.example', { example: String(examples[0]) })}`
        : '';
    return { range: node.keyRange, markdown: `**${title ?? node.segment}**\n\n${description ?? ''}${ex}` };
  }
  const target = targetAtPath(doc, path);
  const standing = target ? standingMarkdown(doc, target, dataset) : null;
  if (standing && node === target) return { range: node.range, markdown: standing };
  const concept = conceptAt(schemas, path);
  const s = scalar(node);
  if (s && s === node && s.value !== null) {
    let md: string | null = null;
    if (concept === 'region' && typeof s.value === 'string')
      md = regionHover(s.value, dataset) ?? locale.t('hover.region.unknown', { code: s.value });
    else if (concept === 'currency' && typeof s.value === 'string')
      md = currencyHover(s.value, locale) ?? locale.t('hover.currency.unknown', { code: s.value });
    else if (concept === 'deadline') md = deadlineHover(s.value, dataset, path);
    else if (concept === 'indicator' && typeof s.value === 'string')
      md = indicatorHover(s.value, dataset) ?? locale.t('hover.indicator.unknown', { id: s.value });
    else if (concept === 'source-id' && typeof s.value === 'string') {
      const src = doc.plan.sources.find((x) => str(get(x, 'id')) === s.value);
      if (src)
        md = [`**${str(get(src, 'title')) ?? s.value}**`, str(get(src, 'publisher')), str(get(src, 'url'))]
          .filter(Boolean)
          .join('\n\n');
    } else if (concept === 'plan-id' && typeof s.value === 'string') {
      const p = dataset.plans?.get(s.value)?.[0];
      if (p) md = `**${p.title ?? p.id}**\n\n${p.file}${p.status ? ` · ${planStatusName(p.status, locale)}` : ''}`;
    } else if (concept === 'unit' && typeof s.value === 'string') {
      const u = findUnit(s.value, dataset);
      const description = u && unitDescription(u, locale);
      md = u
        ? [
            `**${u.id}**${description ? ` — ${description}` : ''}`,
            u.dimension
              ? u.factor && u.factor !== 1
                ? locale.t('hover.unit.dimension.factor', { dimension: u.dimension, factor: String(u.factor) })
                : locale.t('hover.unit.dimension', { dimension: u.dimension })
              : '',
            u.aliases?.length ? locale.t('hover.unit.aliases', { aliases: locale.list(u.aliases, 'comma') }) : '',
          ]
            .filter(Boolean)
            .join('\n\n')
        : locale.t('hover.unit.unknown', { unit: s.value });
    } else if (node.segment === 'amount' && node.parent) md = moneyHover(node.parent, doc, dataset);
    if (!md) {
      const en = enumValues(schemas, locale).find((e) => e.value === s.value);
      if (en?.description) md = `**${String(s.value)}** — ${en.description}`;
    }
    if (!md) {
      const title = schemaText(schemas, 'title', locale);
      const description = schemaText(schemas, 'description', locale);
      if (title || description) md = `**${title ?? ''}**\n\n${description ?? ''}`;
    }
    if (standing) md = md ? `${standing}\n\n---\n\n${md}` : standing;
    return md ? { range: s.range, markdown: md } : null;
  }
  if (
    node.kind === 'map' &&
    (node.segment === 'money' || node.segment === 'stated-equivalent' || node.segment === 'funding')
  ) {
    const md = moneyHover(node, doc, dataset);
    if (md) return { range: node.range, markdown: md };
  }
  return null;
}
