/**
 * The dataset overview (the VS Code webview and the HTML report, report/src): headings, filters, table
 * columns, chart labels and tooltips. The overview carries these templates in its language
 * (core/overview/words.ts); the renderer fills them in.
 */
import type { CataloguePart } from './entry';

export const overview = {
  'overview.title': { en: 'Policy Plans — dataset overview', zh: 'Policy Plans — 数据集概览' },
  'overview.summary': {
    en: '{plans} plans · {targets} targets · {measures} measures · reference date {date}',
    zh: '{plans} 个规划 · {targets} 个目标 · {measures} 项措施 · 参照日期 {date}',
  },
  'overview.rates': {
    en: 'USD amounts at the reference annual-average rates: {rates}.',
    zh: '美元金额按参考年平均汇率折算：{rates}。',
  },
  'overview.no-rates': { en: 'No amount needed an exchange rate.', zh: '没有金额需要汇率换算。' },
  'overview.match': { en: '{shown} of {total} targets match', zh: '{total} 个目标中有 {shown} 个符合' },
  'overview.hint.open': {
    en: 'Click a mark or a row to open the file at the target.',
    zh: '点击图中标记或表格行，可打开文件并定位到该目标。',
  },
  'overview.hint.label': {
    en: 'Each mark and row names its file:line.',
    zh: '每个标记和表格行都注明了所在的 文件:行。',
  },
  'overview.section.timeline': { en: 'Timeline', zh: '时间线' },
  'overview.section.progress': { en: 'Progress', zh: '进展' },
  'overview.section.map': { en: 'Map', zh: '地图' },
  'overview.section.targets': { en: 'Targets', zh: '目标' },
  'overview.group.plan': { en: 'by plan', zh: '按规划' },
  'overview.group.indicator': { en: 'by indicator', zh: '按指标' },
  'overview.metric.targets': { en: 'number of targets', zh: '目标数' },
  'overview.metric.money': { en: 'money targets (USD)', zh: '金额目标（美元）' },
  'overview.metric.funding': { en: 'measure funding (USD)', zh: '措施资金（美元）' },
  'overview.filter.all': { en: 'all', zh: '全部' },
  'overview.filter.jurisdiction': { en: 'Jurisdiction', zh: '管辖范围' },
  'overview.filter.standing': { en: 'Standing', zh: '进展状态' },
  'overview.filter.indicator': { en: 'Indicator', zh: '指标' },
  'overview.filter.indicator.placeholder': { en: 'words of the indicator', zh: '指标中的词语' },
  'overview.filter.from': { en: 'Deadline from', zh: '截止日期 从' },
  'overview.filter.to': { en: 'to', zh: '到' },
  'overview.filter.date.placeholder': { en: 'YYYY or date', zh: '年份或日期' },
  'overview.filter.clear': { en: 'Clear filters', zh: '清除筛选' },
  'overview.column.plan': { en: 'Plan', zh: '规划' },
  'overview.column.target': { en: 'Target', zh: '目标' },
  'overview.column.indicator': { en: 'Indicator', zh: '指标' },
  'overview.column.region': { en: 'Region', zh: '行政区划' },
  'overview.column.level': { en: 'Level', zh: '目标值' },
  'overview.column.deadline': { en: 'Deadline', zh: '截止日期' },
  'overview.column.standing': { en: 'Standing', zh: '进展状态' },
  'overview.column.findings': { en: 'Plan findings', zh: '规划的问题' },
  'overview.level.usd': {
    en: '{level} ({usd} at {rate} {currency}/USD, {year})',
    zh: '{level}（按 {rate} {currency}/USD 折合 {usd}，{year} 年）',
  },
  'overview.column.file': { en: 'File', zh: '文件' },
  'overview.table.sort': { en: 'Sort by {column}', zh: '按{column}排序' },
  'overview.table.more': {
    en: 'Show {count} more of {remaining} remaining',
    zh: '再显示 {count} 个（还剩 {remaining} 个）',
  },
  'overview.standing.achieved': { en: 'achieved', zh: '已实现' },
  'overview.standing.active': { en: 'active', zh: '进行中' },
  'overview.standing.revised': { en: 'revised', zh: '已修订' },
  'overview.standing.withdrawn': { en: 'withdrawn', zh: '已撤销' },
  'overview.timeline.period': { en: 'period {start} – {end}', zh: '规划期 {start} – {end}' },
  'overview.timeline.open': { en: 'open', zh: '不设期限' },
  'overview.timeline.plans': {
    en: '{count} plans, {period}\n{list}\nclick: the first, {place}',
    zh: '{count} 个规划，{period}\n{list}\n点击：打开第一个，{place}',
  },
  'overview.timeline.plan': {
    en: '{id}: {title}\n{period}\nstatus: {status} · {targets} targets, {measures} measures\n{place}',
    zh: '{id}：{title}\n{period}\n状态：{status} · {targets} 个目标，{measures} 项措施\n{place}',
  },
  'overview.timeline.target': {
    en: '{name}\n{metric}: {level}\ndeadline {deadline} ({end})\nstanding: {standing}\nregion: {region}\n{place}',
    zh: '{name}\n{metric}：{level}\n截止日期 {deadline}（{end}）\n进展状态：{standing}\n行政区划：{region}\n{place}',
  },
  'overview.list.more': { en: '{list}\n… and {more} more', zh: '{list}\n……另有 {more} 个' },
  'overview.timeline.plans.aria': { en: '{count} plans', zh: '{count} 个规划' },
  'overview.timeline.plan.aria': { en: 'plan {id}', zh: '规划 {id}' },
  'overview.timeline.today': { en: 'today {date}', zh: '今天 {date}' },
  'overview.timeline.today.title': { en: 'today (reference date) {date}', zh: '今天（参照日期）{date}' },
  'overview.timeline.due': {
    en: '{count} targets due {end}, {standing}\n{list}\nclick: the first, {place}',
    zh: '{count} 个目标于 {end} 到期，{standing}\n{list}\n点击：打开第一个，{place}',
  },
  'overview.timeline.due.more': {
    en: '{count} targets due {end}, {standing}\n{list}\n… and {more} more (the table lists them)\nclick: the first, {place}',
    zh: '{count} 个目标于 {end} 到期，{standing}\n{list}\n……另有 {more} 个（见表格）\n点击：打开第一个，{place}',
  },
  'overview.timeline.due.aria': {
    en: '{count} targets due {end} {standing}',
    zh: '{count} 个目标于 {end} 到期 {standing}',
  },
  'overview.progress.showing': {
    en: 'Showing {shown} of {total} targets with a figure; narrow the filters to see the rest.',
    zh: '显示 {total} 个有数值的目标中的 {shown} 个；缩小筛选范围可查看其余目标。',
  },
  'overview.progress.none': {
    en: 'No target with a figure (money or quantity) matches the filters.',
    zh: '没有符合筛选条件的有数值目标（金额或数量）。',
  },
  'overview.progress.no-baseline': { en: 'none (0)', zh: '无（0）' },
  'overview.progress.no-observation': { en: 'no observation yet', zh: '尚无进展记录' },
  'overview.progress.title': {
    en: '{name}\n{metric}\nbaseline: {baseline}\nlatest: {latest}\ntarget: {level} by {deadline}\nstanding: {standing}\n{place}',
    zh: '{name}\n{metric}\n基准值：{baseline}\n最新：{latest}\n目标：{deadline} 前达到 {level}\n进展状态：{standing}\n{place}',
  },
  'overview.progress.title.done': {
    en: '{name}\n{metric}\nbaseline: {baseline}\nlatest: {latest}\ntarget: {level} by {deadline}\n{done}% of the way\nstanding: {standing}\n{place}',
    zh: '{name}\n{metric}\n基准值：{baseline}\n最新：{latest}\n目标：{deadline} 前达到 {level}\n已完成 {done}%\n进展状态：{standing}\n{place}',
  },
  'overview.progress.axis': {
    en: 'baseline (0) → target (100), % of the way',
    zh: '基准值（0）→ 目标（100），完成百分比',
  },
  'overview.map.by-province': { en: '{metric}, by province', zh: '{metric}，按省份' },
  'overview.map.by-country': { en: '{metric}, by country', zh: '{metric}，按国家' },
  'overview.map.metric.targets': { en: 'targets', zh: '目标数' },
  'overview.map.region': {
    en: '{code} {name}\ntargets: {targets}\nmoney targets: {money}\nfunding: {funding}',
    zh: '{code} {name}\n目标：{targets}\n金额目标：{money}\n资金：{funding}',
  },
  'overview.map.region.via': {
    en: '{code} {name}\ntargets: {targets}\nmoney targets: {money}\nfunding: {funding}\n(including {via})',
    zh: '{code} {name}\n目标：{targets}\n金额目标：{money}\n资金：{funding}\n（含 {via}）',
  },
  'overview.map.placed-at': { en: '{region}\nplaced at {province}', zh: '{region}\n标注于 {province}' },
  'overview.findings': { en: '{count} ({errors} E, {warnings} W)', zh: '{count}（{errors} 错误，{warnings} 警告）' },
} as const satisfies CataloguePart;
