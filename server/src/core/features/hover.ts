/** Hover: what a key means, what a code names, what an amount or deadline amounts to. */
import { findIndicator, type DatasetContext } from '../dataset';
import { currencyByCode, isoRegions, regionDisplayName } from '../domain/codes';
import { describeDistance, parseDeadline } from '../domain/deadline';
import { referenceRate } from '../domain/fx';
import { amountExact, amountInChinese, amountInWords, parseAmount } from '../domain/money';
import { findUnit } from '../domain/units';
import { lookupRegion } from '../domain/regions';
import type { ParsedDocument } from '../engine';
import { fmt } from '../rules/moneyImplausibleEquivalent';
import type { Range } from '../types';
import { get, scalar, str, type YNode } from '../yaml/tree';
import { locate } from './locate';
import { standingMarkdown, targetAtPath } from './standing';
import { applicable, conceptAt, enumValues, pick } from './schemaInfo';

export interface HoverResult {
  range: Range;
  markdown: string;
}

/** ISO codes often taken for another place: CN-GZ reads like Guangzhou (a city without an ISO code) but is Guizhou. */
const CONFUSED_WITH: Record<string, string> = {
  'CN-GZ': 'Guangzhou',
  'CN-HA': 'Hainan (CN-HI)',
  'CN-HI': 'Henan (CN-HA)',
  'CN-SN': 'Shanxi (CN-SX)',
  'CN-SX': 'Shaanxi (CN-SN)',
};

export function regionHover(code: string, dataset: DatasetContext): string | null {
  const l = lookupRegion(code, dataset);
  if (l.kind === 'iso') {
    const r = l.iso;
    const confused = CONFUSED_WITH[code];
    const lines = [
      `**${code}** — ${regionDisplayName(r)}${r.nameOriginal ? ` (${r.nameOriginal})` : ''}${confused ? ` — not ${confused}` : ''}`,
    ];
    const level =
      r.level === 'subdivision'
        ? `ISO 3166-2 subdivision${r.name !== regionDisplayName(r) ? ` (${r.name})` : ''}`
        : r.level === 'country'
          ? 'ISO 3166-1 country'
          : 'reserved ISO 3166-1 code (supranational)';
    lines.push('', level);
    if (r.parent) {
      const p = isoRegions.get(r.parent);
      lines.push('', `Part of ${r.parent}${p ? ` (${regionDisplayName(p)})` : ''}`);
    }
    return lines.join('\n');
  }
  if (l.kind === 'withdrawn') {
    const w = l.withdrawn;
    return `**${code}** — ${w.name} (${w.nameOriginal})\n\nwithdrawn, now **${w.successor}** (China's numeric codes were replaced in 2017)`;
  }
  if (l.kind === 'dataset') {
    const r = l.region;
    const lines = [
      `**${code}** — ${r.name}${r.nameOriginal ? ` (${r.nameOriginal})` : ''}`,
      '',
      'Region defined by the dataset',
    ];
    if (r.parent) lines.push('', `Part of ${r.parent}`);
    if (r.includes.length) lines.push('', `Includes ${r.includes.join(', ')}`);
    const codes = Object.entries(r.codes ?? {});
    if (codes.length) lines.push('', codes.map(([k, v]) => `${k}: ${v}`).join(' · '));
    return lines.join('\n');
  }
  return null;
}

/** "**ai-core-industry-scale** — Core AI industry scale (人工智能核心产业规模), in CNY" */
export function indicatorHover(id: string, dataset: DatasetContext): string | null {
  const i = findIndicator(id, dataset);
  if (!i) return null;
  const lines = [
    `**${id}** — ${i.name}${i.nameOriginal ? ` (${i.nameOriginal})` : ''}`,
    '',
    `Indicator${i.unit ? `, in ${i.unit}` : i.currency ? `, in ${i.currency}` : ''}${i.file ? ` · ${i.file}` : ' · dataset config'}`,
  ];
  if (i.description) lines.push('', i.description);
  return lines.join('\n');
}

export function currencyHover(code: string): string | null {
  const c = currencyByCode.get(code);
  if (!c) return null;
  return `**${c.code}** — ${c.name}\n\n${c.minorUnits === null ? 'no minor units defined' : c.minorUnits === 0 ? 'no minor units (whole amounts only)' : `${c.minorUnits} minor units (decimals)`}`;
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
  const m = moneyText(moneyNode, doc.plan);
  if (!m) return null;
  let text = `${amountInWords(m.value)} ${m.currency}`;
  const zh = amountInChinese(m.value);
  // the exact number, and the 亿/万亿 form the Chinese sources print
  const exact = `${amountExact(m.value)} ${m.currency}${zh ? ` · ${zh}` : ''}`;
  const owner = moneyNode.parent;
  const isMain = moneyNode.segment === 'money' && owner && owner.segment !== 'baseline';
  const eq = isMain ? get(owner, 'stated-equivalent') : moneyNode.segment === 'stated-equivalent' ? moneyNode : null;
  const main = moneyNode.segment === 'stated-equivalent' ? moneyText(get(owner, 'money'), doc.plan) : m;
  const e = eq ? moneyText(eq, doc.plan) : null;
  if (e && main && e.currency !== main.currency && e.value > 0) {
    const implied = main.value / e.value;
    text = `${amountInWords(main.value)} ${main.currency}; stated as ${amountInWords(e.value)} ${e.currency}, implying ${fmt(implied)} ${main.currency} per ${e.currency}`;
    const ref = referenceRate(doc.plan, owner, main.currency, e.currency, dataset);
    if (ref) text += `; reference ${ref.year}: ${fmt(ref.rate)}`;
  }
  return exact === text ? text : `${text}\n\n${exact}`;
}

function deadlineHover(value: unknown, dataset: DatasetContext, path: string[]): string | null {
  const r = parseDeadline(value);
  if (!r) return null;
  const start = path.length === 2 && path[0] === 'period' && path[1] === 'start';
  const end = path.length === 2 && path[0] === 'period' && path[1] === 'end';
  if (!r.ok) return `**Invalid ${start || end ? 'period bound' : 'deadline'}**: ${r.problem}`;
  const d = r.value;
  const what = d.kind === 'date' ? d.end : `${d.kind} ${String(value)}: ${d.start} – ${d.end}`;
  // the plan's period runs from the first day of its start to the last day of its end
  if (start)
    return `**Period start** ${what}\n\nthe plan applies from ${d.start}, ${describeDistance(dataset.referenceDate, d.start)} (reference date ${dataset.referenceDate})`;
  const label = end ? 'Period end' : path[path.length - 1] === 'at' ? 'Baseline' : 'Deadline';
  return `**${label}** ${what}\n\nends ${d.end}, ${describeDistance(dataset.referenceDate, d.end)} (reference date ${dataset.referenceDate})`;
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
  const schemas = applicable(rootSchemaId, path);
  if (at.onKey && node.keyRange) {
    const title = pick<string>(schemas, 'title');
    const description = pick<string>(schemas, 'description');
    if (!title && !description) return null;
    const examples = pick<unknown[]>(schemas, 'examples');
    const ex =
      examples && examples.length && typeof examples[0] !== 'object' ? `\n\nExample: \`${String(examples[0])}\`` : '';
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
      md = regionHover(s.value, dataset) ?? `**${s.value}**: unknown region`;
    else if (concept === 'currency' && typeof s.value === 'string')
      md = currencyHover(s.value) ?? `**${s.value}**: not an ISO 4217 currency code`;
    else if (concept === 'deadline') md = deadlineHover(s.value, dataset, path);
    else if (concept === 'indicator' && typeof s.value === 'string')
      md = indicatorHover(s.value, dataset) ?? `**${s.value}**: unknown indicator`;
    else if (concept === 'source-id' && typeof s.value === 'string') {
      const src = doc.plan.sources.find((x) => str(get(x, 'id')) === s.value);
      if (src)
        md = [`**${str(get(src, 'title')) ?? s.value}**`, str(get(src, 'publisher')), str(get(src, 'url'))]
          .filter(Boolean)
          .join('\n\n');
    } else if (concept === 'plan-id' && typeof s.value === 'string') {
      const p = dataset.plans?.get(s.value)?.[0];
      if (p) md = `**${p.title ?? p.id}**\n\n${p.file}${p.status ? ` · ${p.status}` : ''}`;
    } else if (concept === 'unit' && typeof s.value === 'string') {
      const u = findUnit(s.value, dataset);
      md = u
        ? [
            `**${u.id}**${u.description ? ` — ${u.description}` : ''}`,
            u.dimension ? `dimension: ${u.dimension}${u.factor && u.factor !== 1 ? ` (× ${u.factor})` : ''}` : '',
            u.aliases?.length ? `also written: ${u.aliases.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('\n\n')
        : `**${s.value}**: not in the unit list (docs/plan-format.md#units) or the dataset config's units`;
    } else if (node.segment === 'amount' && node.parent) md = moneyHover(node.parent, doc, dataset);
    if (!md) {
      const en = enumValues(schemas).find((e) => e.value === s.value);
      if (en?.description) md = `**${String(s.value)}** — ${en.description}`;
    }
    if (!md) {
      const title = pick<string>(schemas, 'title');
      const description = pick<string>(schemas, 'description');
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
