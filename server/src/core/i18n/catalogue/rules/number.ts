/** The number/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const number = {
  'number/yaml11-style': {
    en: '{value} is text in YAML 1.2, not a number; write {digits}',
    zh: '{value} 在 YAML 1.2 中是文本，不是数字；请写作 {digits}',
  },
  'number/yaml11-style.quoted': {
    en: '{value} is quoted text, not a number; write {digits}',
    zh: '{value} 是带引号的文本，不是数字；请写作 {digits}',
  },
  'number/yaml11-style.fix': {
    en: 'Write {digits}',
    zh: '改写为 {digits}',
  },
  'number/yaml11-style.description': {
    en: 'A number written as 300_000_000_000 or 3,000, which YAML 1.2 reads as text.',
    zh: '数字写成 300_000_000_000 或 3,000 的形式，YAML 1.2 会把它读作文本。',
  },
  'number/not-finite': {
    en: '{key} {value} in {id} is infinite; write the figure in digits (such as 300e9 or 300000000000)',
    zh: '{id} 中的 {key} {value} 是无穷大；请用数字写出该数值（如 300e9 或 300000000000）',
  },
  'number/not-finite.nan': {
    en: '{key} {value} in {id} is not a number; write the figure in digits (such as 300e9 or 300000000000)',
    zh: '{id} 中的 {key} {value} 不是数字；请用数字写出该数值（如 300e9 或 300000000000）',
  },
  'number/not-finite.underflow': {
    en: '{key} {value} in {id} is too small to tell from 0; write the figure in digits (such as 300e9 or 300000000000)',
    zh: '{id} 中的 {key} {value} 太小，无法与 0 区分；请用数字写出该数值（如 300e9 或 300000000000）',
  },
  'number/not-finite.anonymous': {
    en: '{key} {value} is infinite; write the figure in digits (such as 300e9 or 300000000000)',
    zh: '{key} {value} 是无穷大；请用数字写出该数值（如 300e9 或 300000000000）',
  },
  'number/not-finite.anonymous-nan': {
    en: '{key} {value} is not a number; write the figure in digits (such as 300e9 or 300000000000)',
    zh: '{key} {value} 不是数字；请用数字写出该数值（如 300e9 或 300000000000）',
  },
  'number/not-finite.anonymous-underflow': {
    en: '{key} {value} is too small to tell from 0; write the figure in digits (such as 300e9 or 300000000000)',
    zh: '{key} {value} 太小，无法与 0 区分；请用数字写出该数值（如 300e9 或 300000000000）',
  },
  'number/not-finite.description': {
    en: 'An amount or quantity that is not a finite number: .inf, -.inf, .nan, 1e400, or a non-zero value too small to tell from 0 (1e-400).',
    zh: '金额或数量不是有限的数值：.inf、-.inf、.nan、1e400，或小到无法与 0 区分的非零值（1e-400）。',
  },
} as const satisfies CataloguePart;
