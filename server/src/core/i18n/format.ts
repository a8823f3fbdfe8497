/**
 * Message templates: `{name}` placeholders and plurals in the ICU form
 * `{count, plural, =0 {no files} one {# file} other {# files}}` (`#` is the count). A quote escapes braces
 * as in ICU: `'{'` is a literal brace and `''` an apostrophe; an apostrophe before anything else is itself.
 */
import type { Language } from './language';

export type Param = string | number;
export type Params = Readonly<Record<string, Param>>;

const INTL: Record<Language, string> = { en: 'en-US', 'zh-cn': 'zh-CN' };

export function intlTag(language: Language): string {
  return INTL[language];
}

/**
 * A number as the language writes it in running text: 1,600 and 1,929.74, with no more than `digits` decimals
 * (4 unless said). The same text as `Intl.NumberFormat(tag, { maximumFractionDigits: digits })` (English and Chinese
 * group and point alike), made without it for a number whose shortest form has no exponent: the first
 * `Intl.NumberFormat` of a process loads ICU's number data, ~22 ms of every start of the CLI and the server.
 */
export function formatNumber(n: number, language: Language, digits = 4): string {
  return plainNumber(n, digits) ?? new Intl.NumberFormat(INTL[language], { maximumFractionDigits: digits }).format(n);
}

/**
 * `n` grouped by thousands with at most `digits` decimals, rounded as Intl rounds: on the number's shortest decimal
 * form (the one `String(n)` writes), half away from zero (1.005 → 1.01 with 2); a negative number keeps its sign
 * when it rounds to zero, as Intl's does (-0.00001 → -0). Null when that form has an exponent (1e21, 1e-7) or the
 * number is not finite.
 */
export function plainNumber(n: number, digits: number): string | null {
  if (!Number.isFinite(n)) return null;
  const negative = n < 0 || Object.is(n, -0);
  const s = String(negative ? -n : n);
  if (s.includes('e')) return null;
  const dot = s.indexOf('.');
  let whole = dot < 0 ? s : s.slice(0, dot);
  let fraction = dot < 0 ? '' : s.slice(dot + 1);
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53; // '5' or more
    fraction = fraction.slice(0, digits);
    if (up) {
      const raised = increment(whole + fraction);
      whole = raised.slice(0, raised.length - digits);
      fraction = raised.slice(raised.length - digits);
    }
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  let grouped = whole;
  if (whole.length > 3) {
    const head = whole.length % 3 || 3;
    grouped = whole.slice(0, head);
    for (let i = head; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  }
  return `${negative ? '-' : ''}${grouped}${end > 0 ? `.${fraction.slice(0, end)}` : ''}`;
}

/** A string of decimal digits plus one: "0999" → "1000", "99" → "100". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  const tail = '0'.repeat(digits.length - 1 - i);
  return i < 0 ? `1${tail}` : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${tail}`;
}

const PLURAL_RULES: Readonly<Record<Language, Intl.PluralRules>> = Object.freeze({
  en: new Intl.PluralRules('en-US'),
  'zh-cn': new Intl.PluralRules('zh-CN'),
});

/** The placeholder names a template uses (plural selectors included), sorted. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  walk(template, 0, template.length, (name) => names.add(name));
  return [...names].sort();
}

/**
 * Fills a template; a placeholder with no parameter is left as `{name}` so that the gap shows. In Chinese, no
 * space stays beside full-width punctuation: `{code} 不在…` with code `CN-GX（广西壮族自治区）` reads
 * `CN-GX（广西壮族自治区）不在…`.
 */
export function formatTemplate(template: string, params: Params, language: Language): string {
  return formatCompiled(compileTemplate(template), params, language);
}

/** A template taken apart once: its text, its placeholders (with their plural branches) and, in a branch, `#`. */
export type CompiledTemplate = readonly Part[];
type Part = string | typeof COUNT | CompiledPlaceholder;
interface CompiledPlaceholder {
  name: string;
  branches: ReadonlyArray<readonly [string, CompiledTemplate]> | null;
}
/** `#` in a plural branch: the count. */
const COUNT = 0;

/** A template taken apart, to be filled many times (a check says thousands of messages from a few templates). */
export function compileTemplate(template: string): CompiledTemplate {
  return compile(template, 0, template.length, false);
}

/** A compiled template filled: `formatTemplate` of the template it came from. */
export function formatCompiled(template: CompiledTemplate, params: Params, language: Language): string {
  const out = render(template, params, language, undefined);
  return language === 'zh-cn' ? out.replace(/ +(?=[，。；：？！（）、])|(?<=[，。；：？！（）、]) +/g, '') : out;
}

/** Throws on a template that does not parse (unbalanced braces, a plural without `other`). */
export function checkTemplate(template: string): void {
  walk(template, 0, template.length, () => undefined);
}

function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "'" && (s[i + 1] === '{' || s[i + 1] === '}')) {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed quote at ${i} in "${s}"`);
      i = end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced "{" at ${open} in "${s}"`);
}

interface Placeholder {
  name: string;
  /** The plural branches (`=0`, `one`, `other`): [selector, start, end) of each branch's text. */
  branches: Array<[string, number, number]> | null;
}

/** Whether a UTF-16 code is a letter, digit or `_` of ASCII: the characters of a placeholder's name after the first. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function parsePlaceholder(s: string, from: number, to: number): Placeholder {
  // most placeholders are a bare name, `{id}`: read without a regular expression (a check renders thousands)
  const first = s.charCodeAt(from);
  if (from < to && isNameChar(first) && !(first >= 48 && first <= 57)) {
    let i = from + 1;
    while (i < to && isNameChar(s.charCodeAt(i))) i++;
    if (i === to) return { name: s.slice(from, to), branches: null };
  }
  const body = s.slice(from, to);
  const m = /^\s*([A-Za-z_][\w]*)\s*(?:,\s*plural\s*,)?/.exec(body);
  if (!m) throw new Error(`bad placeholder "{${body}}" in "${s}"`);
  if (!/,\s*plural\s*,/.test(m[0])) {
    if (m[0].length !== body.length && body.slice(m[0].length).trim())
      throw new Error(`bad placeholder "{${body}}" in "${s}"`);
    return { name: m[1]!, branches: null };
  }
  const branches: Array<[string, number, number]> = [];
  let i = from + m[0].length;
  while (i < to) {
    while (i < to && /\s/.test(s[i]!)) i++;
    if (i >= to) break;
    const sel = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(s.slice(i, to));
    if (!sel) throw new Error(`bad plural branch at ${i} in "${s}"`);
    const open = i + sel[0].length - 1;
    const end = closing(s, open);
    branches.push([sel[1]!, open + 1, end]);
    i = end + 1;
  }
  if (!branches.some(([k]) => k === 'other')) throw new Error(`plural without "other" in "${s}"`);
  return { name: m[1]!, branches };
}

function walk(s: string, from: number, to: number, onName: (name: string) => void): void {
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === "'" && (s[i + 1] === '{' || s[i + 1] === '}')) {
      const end = s.indexOf("'", i + 1);
      if (end < 0 || end >= to) throw new Error(`unclosed quote at ${i} in "${s}"`);
      i = end;
    } else if (c === '{') {
      const end = closing(s, i);
      const p = parsePlaceholder(s, i + 1, end);
      onName(p.name);
      for (const [, a, b] of p.branches ?? []) walk(s, a, b, onName);
      i = end;
    } else if (c === '}') throw new Error(`unbalanced "}" at ${i} in "${s}"`);
  }
}

function compile(s: string, from: number, to: number, inPlural: boolean): CompiledTemplate {
  const parts: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push(text);
    text = '';
  };
  // plain text is taken a run at a time
  const special = inPlural ? /['{#]/g : /['{]/g;
  for (let i = from; i < to; i++) {
    special.lastIndex = i;
    const next = special.exec(s);
    const at = next && next.index < to ? next.index : to;
    if (at > i) {
      text += s.slice(i, at);
      i = at;
      if (i >= to) break;
    }
    const c = s[i]!;
    if (c === "'" && s[i + 1] === "'") {
      text += "'";
      i++;
    } else if (c === "'" && (s[i + 1] === '{' || s[i + 1] === '}')) {
      const end = s.indexOf("'", i + 1);
      if (end < 0 || end >= to) throw new Error(`unclosed quote at ${i} in "${s}"`);
      text += s.slice(i + 1, end);
      i = end;
    } else if (c === '#' && inPlural) {
      flush();
      parts.push(COUNT);
    } else if (c === '{') {
      const end = closing(s, i);
      const p = parsePlaceholder(s, i + 1, end);
      flush();
      const branches = p.branches?.map(([k, a, b]) => [k, compile(s, a, b, true)] as const) ?? null;
      parts.push({ name: p.name, branches });
      i = end;
    } else text += c;
  }
  flush();
  return parts;
}

function render(parts: CompiledTemplate, params: Params, language: Language, count: number | undefined): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p === COUNT) out += formatNumber(count!, language);
    else {
      const v = params[p.name];
      if (v === undefined) out += `{${p.name}}`;
      else if (!p.branches) out += typeof v === 'number' ? formatNumber(v, language) : v;
      else {
        const n = typeof v === 'number' ? v : Number(v);
        const category = PLURAL_RULES[language].select(n);
        const branch =
          p.branches.find(([k]) => k === `=${n}`) ??
          p.branches.find(([k]) => k === category) ??
          p.branches.find(([k]) => k === 'other')!;
        out += render(branch[1], params, language, n);
      }
    }
  }
  return out;
}
