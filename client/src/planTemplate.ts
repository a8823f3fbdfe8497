/** The skeleton of "Policy Plans: New Plan File" (no vscode import, so tests can check it with the core engine). */

/**
 * The skeleton, as snippet text: a plan with one money target, one quantity target, one measure and
 * one source, dated around `today` so that it passes every rule as it stands.
 */
export function planTemplate(today: Date): string {
  const iso = today.toISOString().slice(0, 10);
  const y = today.getUTCFullYear();
  return `id: \${1:cn-gd-ai-action-${y}}
title: \${2:Action plan for the artificial intelligence industry (${y}-${y + 2})}
title-original: \${3:人工智能产业发展行动方案（${y}—${y + 2}年）}
issuer: \${4:Guangdong Provincial People's Government}
jurisdiction: \${5:CN-GD}
published: ${iso}
period: { start: ${y}, end: ${y + 2} }
status: \${6|in-force,draft,proposed,ended,superseded,repealed|}
currency: \${7:CNY}
targets:
  - id: industry-scale-${y + 2}
    metric: \${8:Core AI industry scale}
    comparator: more-than
    money: { amount: \${9:300e9} }
    baseline: { money: { amount: 150e9 }, at: ${y - 1} }
    deadline: ${y + 2}
    sources: [official-text]
  - id: enterprises-${y + 2}
    metric: AI enterprises
    comparator: at-least
    quantity: { value: 2000, unit: enterprises }
    deadline: ${y + 2}
    sources: [official-text]
measures:
  - id: computing-centre
    title: Build a public intelligent-computing centre
    deadline: ${y + 1}
sources:
  - id: official-text
    title: \${10:Official text of the plan}
    publisher: \${4}
    url: \${11:https://www.gd.gov.cn/zwgk/path-to-the-document.html}
    type: official-text
    published: ${iso}
    accessed: ${iso}
$0`;
}
