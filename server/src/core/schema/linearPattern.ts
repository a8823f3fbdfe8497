/**
 * Custom-schema patterns on a linear-time engine (re2js, a pure JavaScript port of RE2): the time to
 * test a value grows with its length, whatever the pattern, so `^a*a*a*a*b$` on 3,000 characters or
 * `^[a-z0-9]+[a-z0-9-]*[a-z0-9]+$` on 10,001 cannot hang the checker.
 *
 * JSON Schema patterns are ECMA-262 regular expressions (ajv compiles them with the `u` flag). RE2 takes
 * most of that syntax with the same meaning; where the meaning differs it is rewritten first:
 * - `.` matches any character but a line terminator (\n, \r, U+2028, U+2029) in JavaScript, only not \n in RE2;
 * - `\s`/`\S` are JavaScript's Unicode white space in JavaScript, ASCII white space in RE2.
 * Whatever RE2 cannot take (look-ahead, look-behind, back-references, `[\b]`, `\S` inside a class, other
 * flags than `u`) gives null: the caller falls back to its guarded engine.
 */
import { RE2JS } from 're2js';

/** JavaScript's `\s`, as the inside of an RE2 character class. */
const JS_SPACE =
  '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
/** JavaScript's `.` without the `s` flag. */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

/** The pattern rewritten so that RE2 gives it its JavaScript meaning, or null where that cannot be done. */
export function toRe2Syntax(pattern: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n === undefined) return null;
      if (n === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (n === 'S') {
        if (inClass) return null;
        out += `[^${JS_SPACE}]`;
      } else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // a `]` right after `[` or `[^` closes an empty class in JavaScript (`[]`, `[^]`): copy it as it is
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') {
        out += pattern[++i];
        inClass = false;
      }
      continue;
    }
    out += c === '.' ? JS_DOT : c;
  }
  return out;
}

export interface LinearRegExp {
  test(s: string): boolean;
}

/**
 * The pattern on the linear-time engine, or null when it cannot run there with its JavaScript meaning
 * (the caller falls back). The pattern must already compile as a JavaScript RegExp with these flags.
 */
export function linearRegExp(pattern: string, flags: string): LinearRegExp | null {
  if (flags !== '' && flags !== 'u') return null;
  // the empty classes mean "nothing" and "anything" in JavaScript; RE2 reads `[]` differently
  if (/\[\^?\]/.test(pattern.replace(/\\./g, ''))) return null;
  const rewritten = toRe2Syntax(pattern);
  if (rewritten === null) return null;
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(rewritten));
    return { test: (s: string) => re.test(s) };
  } catch {
    return null;
  }
}
