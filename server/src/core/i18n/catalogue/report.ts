/**
 * The dataset overview's renderer (report/src, in the HTML report and the VS Code webview): headings,
 * labels, notes and tooltips. The renderer bundles this part alone (not the whole catalogue).
 */
import type { CataloguePart } from './entry';

export const report = {
  'report.page-title': {
    en: 'Policy Plans overview — {plans} plans',
    zh: 'Policy Plans 数据集概览 — {plans} 个规划',
  },
  'report.title': { en: 'Policy Plans — dataset overview', zh: 'Policy Plans — 数据集概览' },
  'report.meta': {
    en: '{plans} plans · {targets} targets · {measures} measures · reference date {date}',
    zh: '{plans} 个规划 · {targets} 个目标 · {measures} 项措施 · 参照日期 {date}',
  },
  'report.rates': {
    en: 'USD amounts at the reference annual-average rates: {rates}.',
    zh: '美元金额按参考年平均汇率折算：{rates}。',
  },
  'report.no-rates': { en: 'No amount needed an exchange rate.', zh: '没有需要按汇率折算的金额。' },
  'report.count': { en: '{shown} of {total} targets match', zh: '{total} 个目标中有 {shown} 个符合筛选条件' },
  'report.hint.open': {
    en: 'Click a mark or a row to open the file at the target.',
    zh: '点击图形或表格行，即可在文件中打开该目标。',
  },
  'report.hint.places': {
    en: 'Each mark and row names its file:line.',
    zh: '每个图形和表格行都注明所在的“文件:行号”。',
  },
  'report.section.timeline': { en: 'Timeline', zh: '时间线' },
  'report.section.progress': { en: 'Progress', zh: '进展' },
  'report.section.map': { en: 'Map', zh: '地图' },
  'report.section.table': { en: 'Targets', zh: '目标' },
  'report.group.plan': { en: 'by plan', zh: '按规划' },
  'report.group.indicator': { en: 'by indicator', zh: '按指标' },
  'report.metric.targets': { en: 'number of targets', zh: '目标数量' },
  'report.metric.money': { en: 'money targets (USD)', zh: '金额目标（美元）' },
  'report.metric.funding': { en: 'measure funding (USD)', zh: '措施资金（美元）' },
  'report.filter.all': { en: 'all', zh: '全部' },
  'report.filter.jurisdiction': { en: 'Jurisdiction', zh: '管辖范围' },
  'report.filter.standing': { en: 'Standing', zh: '进展状态' },
  'report.filter.indicator': { en: 'Indicator', zh: '指标' },
  'report.filter.indicator-placeholder': { en: 'words of the indicator', zh: '指标名称中的词语' },
  'report.filter.from': { en: 'Deadline from', zh: '截止日期从' },
  'report.filter.to': { en: 'to', zh: '至' },
  'report.filter.date-placeholder': { en: 'YYYY or date', zh: 'YYYY 或日期' },
  'report.filter.clear': { en: 'Clear filters', zh: '清除筛选' },

  // standings and statuses as the views show them (the English is the code)
  'report.standing.met': { en: 'met', zh: '已达成' },
  'report.standing.achieved': { en: 'achieved', zh: '已实现' },
  'report.standing.on-track': { en: 'on-track', zh: '进度正常' },
  'report.standing.active': { en: 'active', zh: '进行中' },
  'report.standing.not-yet-due': { en: 'not-yet-due', zh: '未到期' },
  'report.standing.behind': { en: 'behind', zh: '进度滞后' },
  'report.standing.missed': { en: 'missed', zh: '未达成' },
  'report.standing.revised': { en: 'revised', zh: '已修订' },
  'report.standing.withdrawn': { en: 'withdrawn', zh: '已撤回' },
  'report.standing.no-data': { en: 'no-data', zh: '无数据' },

  // the table
  'report.column.plan': { en: 'Plan', zh: '规划' },
  'report.column.target': { en: 'Target', zh: '目标' },
  'report.column.indicator': { en: 'Indicator', zh: '指标' },
  'report.column.region': { en: 'Region', zh: '行政区划' },
  'report.column.level': { en: 'Level', zh: '目标值' },
  'report.column.usd': { en: 'USD', zh: '美元' },
  'report.column.deadline': { en: 'Deadline', zh: '截止日期' },
  'report.column.standing': { en: 'Standing', zh: '进展状态' },
  'report.column.findings': { en: 'Plan findings', zh: '规划问题数' },
  'report.column.file': { en: 'File', zh: '文件' },
  'report.findings-count': {
    en: '{total} ({errors} E, {warnings} W)',
    zh: '{total}（{errors} 个错误，{warnings} 个警告）',
  },
  'report.sort-by': { en: 'Sort by {column}', zh: '按{column}排序' },
  'report.show-more': {
    en: 'Show {count} more of {remaining} remaining',
    zh: '再显示 {count} 个（还剩 {remaining} 个）',
  },

  // progress
  'report.progress.capped': {
    en: 'Showing {shown} of {total} targets with a figure; narrow the filters to see the rest.',
    zh: '有数值的目标共 {total} 个，这里显示 {shown} 个；缩小筛选范围可查看其余目标。',
  },
  'report.progress.none': {
    en: 'No target with a figure (money or quantity) matches the filters.',
    zh: '没有符合筛选条件、且有数值（金额或数量）的目标。',
  },
  'report.progress.axis': {
    en: 'baseline (0) → target (100), % of the way',
    zh: '基准值（0）→ 目标（100），完成进度 %',
  },
  'report.progress.no-baseline': { en: 'none (0)', zh: '无（0）' },
  'report.progress.no-observation': { en: 'no observation yet', zh: '尚无进展记录' },
  'report.progress.tooltip': {
    en: '{plan} · {id}\n{metric}\nbaseline: {baseline}\nlatest: {latest}\ntarget: {target} by {deadline}\nstanding: {standing}\n{place}',
    zh: '{plan} · {id}\n{metric}\n基准值：{baseline}\n最新进展：{latest}\n目标：{deadline} 前 {target}\n进展状态：{standing}\n{place}',
  },
  'report.progress.tooltip-done': {
    en: '{plan} · {id}\n{metric}\nbaseline: {baseline}\nlatest: {latest}\ntarget: {target} by {deadline}\n{percent}% of the way\nstanding: {standing}\n{place}',
    zh: '{plan} · {id}\n{metric}\n基准值：{baseline}\n最新进展：{latest}\n目标：{deadline} 前 {target}\n已完成 {percent}%\n进展状态：{standing}\n{place}',
  },

  // timeline and map
  'report.timeline.today': { en: 'today {date}', zh: '今天 {date}' },
  'report.timeline.today-title': { en: 'today (reference date) {date}', zh: '今天（参照日期）{date}' },
  'report.timeline.target': {
    en: '{plan} · {id}\n{metric}: {level}\ndeadline {deadline} ({end})\nstanding: {standing}\nregion: {region}\n{place}',
    zh: '{plan} · {id}\n{metric}：{level}\n截止日期 {deadline}（{end}）\n进展状态：{standing}\n行政区划：{region}\n{place}',
  },
  'report.timeline.more': { en: '… and {count} more', zh: '……另有 {count} 项' },
  'report.timeline.period': { en: 'period {start} – {end}', zh: '规划期 {start} – {end}' },
  'report.timeline.open': { en: 'open', zh: '未设终止' },
  'report.timeline.plans': {
    en: '{count} plans, {period}\n{names}\nclick: the first, {place}',
    zh: '{count} 个规划，{period}\n{names}\n点击打开第一个：{place}',
  },
  'report.timeline.plan': {
    en: '{id}: {title}\n{period}\nstatus: {status} · {targets} targets, {measures} measures\n{place}',
    zh: '{id}：{title}\n{period}\n状态：{status} · {targets} 个目标，{measures} 项措施\n{place}',
  },
  'report.timeline.group': {
    en: '{count} targets due {end}, {standing}\n{names}\nclick: the first, {place}',
    zh: '{count} 个目标于 {end} 到期，{standing}\n{names}\n点击打开第一个：{place}',
  },
  'report.timeline.group-more': {
    en: '{count} targets due {end}, {standing}\n{names}\n… and {more} more (the table lists them)\nclick: the first, {place}',
    zh: '{count} 个目标于 {end} 到期，{standing}\n{names}\n……另有 {more} 个（见表格）\n点击打开第一个：{place}',
  },
  'report.map.tooltip': {
    en: '{code} {name}\ntargets: {targets}\nmoney targets: {money}\nfunding: {funding}',
    zh: '{code} {name}\n目标：{targets}\n金额目标：{money}\n措施资金：{funding}',
  },
  'report.map.tooltip-via': {
    en: '{code} {name}\ntargets: {targets}\nmoney targets: {money}\nfunding: {funding}\n(including {via})',
    zh: '{code} {name}\n目标：{targets}\n金额目标：{money}\n措施资金：{funding}\n（含 {via}）',
  },
  'report.map.placed-at': { en: '{tooltip}\nplaced at {province}', zh: '{tooltip}\n标注于 {province}' },
  'report.map.targets': { en: 'targets', zh: '目标数量' },
  'report.map.by-province': { en: '{metric}, by province', zh: '{metric}，按省份' },
  'report.map.by-country': { en: '{metric}, by country', zh: '{metric}，按国家' },

  // amounts, levels, plan statuses and relations
  'report.level.usd': {
    en: '{level} ({usd} at {rate} {currency}/USD, {year})',
    zh: '{level}（按 {year} 年汇率 {rate} {currency}/USD 折合 {usd}）',
  },
  'report.usd': { en: 'USD {amount}', zh: '{amount}美元' },
  'report.plan-status.draft': { en: 'draft', zh: '草案' },
  'report.plan-status.proposed': { en: 'proposed', zh: '拟议' },
  'report.plan-status.in-force': { en: 'in force', zh: '现行有效' },
  'report.plan-status.ended': { en: 'ended', zh: '已到期' },
  'report.plan-status.superseded': { en: 'superseded', zh: '已被取代' },
  'report.plan-status.repealed': { en: 'repealed', zh: '已废止' },
  'report.relation': { en: '{from} {type} {to}', zh: '{from} {type} {to}' },
  'report.relation.supersedes': { en: 'supersedes', zh: '取代' },
  'report.relation.amends': { en: 'amends', zh: '修订' },
  'report.relation.implements': { en: 'implements', zh: '落实' },
  'report.relation.revises': { en: 'revises', zh: '修订目标' },

  // the page itself
  'report.no-data': { en: 'No overview data in this page.', zh: '此页面没有概览数据。' },
  'report.unreadable': {
    en: 'The overview data of this page cannot be read: {error}',
    zh: '无法读取此页面的概览数据：{error}',
  },
  'report.failed': { en: 'the overview could not be computed', zh: '无法计算数据集概览' },
} as const satisfies CataloguePart;
