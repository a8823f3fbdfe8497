/**
 * Reads the figures of a quoted sentence: 3000亿元, 1.2万亿, 千亿级, 5000千万亿次浮点运算/秒, 50 EFLOPS,
 * 300 billion yuan, $52.7 billion, 7%, 2,000 enterprises, 超2000家. Pure; offsets are into the quote.
 * Years (2025年, "by 2025"), ordinals (第1) and labels (5G, G20) are not figures.
 */

export interface QuotedNumber {
  /** The figure with its scale words applied: 3000亿 → 300e9; for compute, in `unit`. */
  value: number;
  /** The figure as written, scale, unit and currency included. */
  text: string;
  start: number;
  end: number;
  /** ISO 4217 code when the figure names its currency (元, yuan, $, €, USD, …). */
  currency?: string;
  /** 'percent', or a compute unit (TFLOPS, PFLOPS, EFLOPS) when the figure names one. */
  unit?: string;
  /** A magnitude rather than a figure (千亿级: "in the hundreds of billions"): `value` is its lower end. */
  magnitude?: boolean;
}

const CN_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const PREFIX_CURRENCY: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  '¥': 'CNY',
  '￥': 'CNY',
  RMB: 'CNY',
  CNY: 'CNY',
  '£': 'GBP',
  GBP: 'GBP',
};
const SUFFIX_CURRENCY: Array<[RegExp, string]> = [
  [/^美元/, 'USD'],
  [/^欧元/, 'EUR'],
  [/^英镑/, 'GBP'],
  [/^(?:元|人民币)/, 'CNY'],
  [/^\s*(?:yuan|renminbi|RMB|CNY)\b/i, 'CNY'],
  [/^\s*(?:US dollars?|dollars?|USD)\b/i, 'USD'],
  [/^\s*(?:euros?|EUR)\b/i, 'EUR'],
];
const COMPUTE_FACTOR: Record<string, number> = { T: 1e12, P: 1e15, E: 1e18 };
/** Words before a year: "by 2025", "in 2030". */
const YEAR_BEFORE = /\b(?:by|in|until|till|before|since|from|to|of|end|year)\s*$/i;

/** A run of Chinese scale characters with at least one 万 or 亿: 万, 亿, 万亿, 千亿, 千万亿. */
function chineseScale(text: string, at: number): { factor: number; length: number } | null {
  const m = /^[十百千万亿]+/.exec(text.slice(at));
  if (!m) return null;
  // keep the longest prefix that ends in 万 or 亿 (千亿元 → 千亿; 十四五 is not a scale)
  let word = m[0];
  while (word && !/[万亿]$/.test(word)) word = word.slice(0, -1);
  if (!word) return null;
  let factor = 1;
  for (const c of word) factor *= CN_SCALE[c]!;
  return { factor, length: word.length };
}

function parseDigits(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

/** Every figure in a quote, in order. */
export function readQuoteNumbers(quote: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  const digitRe = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = digitRe.exec(quote))) {
    const digits = m[0];
    let start = m.index;
    let pos = start + digits.length;
    // what comes just before, for the tests that end there: their matches are at most 5 characters long, and a regular
    // expression that ends in `$` tries every place of its text (the text before reached the quote's start)
    const near = Math.max(0, start - 8);
    const tail = quote.slice(near, start);
    // a label or code (5G, G20, CO2) or an ordinal (第1) is not a figure
    if (/[A-Za-z_]$/.test(tail) && !/(?:US\$|USD|EUR|RMB|CNY|GBP)$/.test(tail)) continue;
    if (/第$/.test(tail)) continue;
    if (
      /^[A-Za-z]/.test(quote.slice(pos)) &&
      !/^(?:\s*(?:thousand|million|mn|billion|bn|trillion|tn|[TPE]\s?FLOPS|percent|per cent)\b)/i.test(quote.slice(pos))
    )
      continue;
    let value = parseDigits(digits);
    let scaled = false;
    let currency: string | undefined;
    let unit: string | undefined;
    // currency before: $52.7 billion, US$ 5 billion, RMB 300 billion
    const pre = /(US\$|\$|€|¥|￥|£|\b(?:USD|EUR|RMB|CNY|GBP))\s?$/.exec(tail);
    if (pre && near + pre.index >= last) {
      currency = PREFIX_CURRENCY[pre[1]!];
      start = near + pre.index;
    }
    // scale: 3000亿, 1.2万亿, 5000千万亿; 300 billion
    const cn = chineseScale(quote, pos);
    if (cn) {
      value *= cn.factor;
      pos += cn.length;
      scaled = true;
    } else {
      const en = /^\s?(thousand|million|mn|billion|bn|trillion|tn)\b/i.exec(quote.slice(pos));
      if (en) {
        value *= EN_SCALE[en[1]!.toLowerCase()]!;
        pos += en[0].length;
        scaled = true;
      }
    }
    const rest = quote.slice(pos);
    let u: RegExpExecArray | null;
    if ((u = /^\s?(?:%|％|percent\b|per cent\b)/i.exec(rest))) {
      unit = 'percent';
      pos += u[0].length;
    } else if ((u = /^\s?([TPE])\s?FLOPS\b/i.exec(rest))) {
      unit = `${u[1]!.toUpperCase()}FLOPS`;
      pos += u[0].length;
    } else if (
      (u = /^次(?:浮点)?(?:运算|计算)?(?:\/秒|每秒)?(?:\s*[（(]\s*([TPE])FLOPS\s*[)）])?/.exec(rest)) &&
      scaled &&
      /浮点|FLOPS/i.test(rest.slice(0, 20))
    ) {
      // 5000千万亿次浮点运算/秒: operations per second, read in the largest compute unit that keeps it whole
      const flops = value;
      const named = u[1]?.toUpperCase();
      const prefix = named ?? (flops >= 1e18 && (flops / 1e18) % 1 === 0 ? 'E' : flops >= 1e15 ? 'P' : 'T');
      unit = `${prefix}FLOPS`;
      value = flops / COMPUTE_FACTOR[prefix]!;
      pos += u[0].length;
    } else if (!currency) {
      for (const [re, code] of SUFFIX_CURRENCY) {
        const c = re.exec(rest);
        if (c) {
          currency = code;
          pos += c[0].length;
          break;
        }
      }
    }
    last = pos;
    const plain = !scaled && !unit && !currency && /^\d{4}$/.test(digits);
    if (plain && value >= 1900 && value <= 2100) {
      // a year (2025年, "by 2025", 2023-2025) unless a counter follows: 超2000家, 2000 enterprises
      const after = quote.slice(pos);
      const counted =
        /^\s*[家个项人台座所款]/.test(after) ||
        (/^\s+[A-Za-z]/.test(after) && !YEAR_BEFORE.test(quote.slice(0, m.index)));
      if (/^\s*年/.test(after) || !counted) continue;
    }
    out.push({
      value,
      text: quote.slice(start, pos),
      start,
      end: pos,
      ...(currency ? { currency } : {}),
      ...(unit ? { unit } : {}),
    });
    digitRe.lastIndex = pos;
  }
  // figures without digits: 千亿级, 百亿级, 万亿级
  const magnitude = /([十百千]?[万亿]+)级/g;
  while ((m = magnitude.exec(quote))) {
    const at = m.index;
    if (out.some((n) => at >= n.start && at < n.end)) continue;
    if (at > 0 && /[\d.]/.test(quote[at - 1]!)) continue;
    const s = chineseScale(quote, at);
    if (!s) continue;
    let end = at + m[0].length;
    const cur = SUFFIX_CURRENCY.find(([re]) => re.test(quote.slice(end)));
    const curMatch = cur ? cur[0].exec(quote.slice(end)) : null;
    if (curMatch) end += curMatch[0].length;
    out.push({
      value: s.factor,
      text: quote.slice(at, end),
      start: at,
      end,
      magnitude: true,
      ...(cur ? { currency: cur[1] } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a typed value agrees with a quoted figure: equal to a part in a billion, or inside a magnitude. */
export function agrees(typed: number, quoted: QuotedNumber): boolean {
  if (quoted.magnitude) return typed >= quoted.value && typed < quoted.value * 10;
  return Math.abs(typed - quoted.value) <= Math.abs(quoted.value) * 1e-9;
}

/** A figure for a message: 300000000000 → "300,000,000,000". */

/** A value as a YAML number, readable: 300e9, 1.2e12, 52.7e9, 2000, 7.5. */
export function yamlNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e6) {
    for (const k of [12, 9, 6]) {
      const mant = n / 10 ** k;
      if (Math.abs(mant) >= 1) {
        const s = String(Number(mant.toPrecision(12)));
        if (Number(`${s}e${k}`) === n) return `${s}e${k}`;
      }
    }
  }
  return String(Number(n.toPrecision(15)));
}
