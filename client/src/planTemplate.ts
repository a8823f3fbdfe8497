/** The skeleton of "Policy Plans: New Plan File" (no vscode import, so tests can check it with the core engine). */

/**
 * The skeleton, as snippet text: a plan with one money target, one quantity target, one measure and
 * one source, dated around `today` so that it passes every rule as it stands.
 */
export function planTemplate(today: Date, id: string = defaultPlanId(today)): string {
  const iso = today.toISOString().slice(0, 10);
  const y = today.getUTCFullYear();
  return `id: \${1:${id}}
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

export function defaultPlanId(today: Date): string {
  return `cn-gd-ai-action-${today.getUTCFullYear()}`;
}

/** The first of `base`, `base-2`, `base-3`, … that no plan of the dataset uses. */
export function unusedPlanId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Translates a message of the l10n bundles with its `{0}` arguments: ClientL10n (client/src/l10n.ts) in the extension. */
export interface Translator {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** The messages as written (English), arguments filled in: for the tests, which run without VS Code. */
const untranslated: Translator = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (i in args ? String(args[+i]) : m)),
};

/** Why a typed plan id cannot be used, or null. */
export function planIdProblem(id: string, used: ReadonlySet<string>, l10n: Translator = untranslated): string | null {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    return l10n.t('Use lowercase letters and digits in words joined by hyphens, such as {0}.', 'cn-gd-ai-2025');
  if (used.has(id)) return l10n.t('The dataset already has a plan {0}.', id);
  return null;
}

/** The plan id written in a plan file's text (its top-level `id:`), or null. */
export function planIdOf(text: string): string | null {
  const m = /^id:[ \t]*["']?([^\s"'#]+)/m.exec(text);
  return m ? m[1]! : null;
}

/** A snippet with every placeholder at its default (the first choice of a list); mirrors repeat it. */
export function expandDefaults(snippet: string): string {
  const values = new Map<string, string>();
  let s = snippet;
  for (let i = 0; i < 5; i++) {
    s = s.replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, d: string) => (values.set(n, d), d));
    s = s.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, list: string) => {
      const first = list.split(',')[0]!;
      values.set(n, first);
      return first;
    });
  }
  return s.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => values.get(a ?? b ?? '') ?? '');
}
