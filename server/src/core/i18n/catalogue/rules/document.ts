/** The document/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const document = {
  'document/*.description': {
    en: 'Limits on one document: document/too-large, a file over 2 MB that the editor does not analyse (the CLI still checks it); document/too-many-findings, the findings after the first 1,000 of a file (with their worst severity).',
    zh: '单个文档的限制：document/too-large，超过 2 MB 的文件编辑器不分析（命令行仍会检查）；document/too-many-findings，一个文件前 1,000 条之后的问题（按其中最严重的级别报告）。',
  },
  'document/too-many-findings': {
    en: 'and {count, plural, one {# more finding} other {# more findings}}; only the first {limit} of a file are listed',
    zh: '另有 {count} 条问题；每个文件只列出前 {limit} 条',
  },
  'document/too-many-findings.with-errors': {
    en: 'and {count, plural, one {# more finding} other {# more findings}} ({errors} of them errors); only the first {limit} of a file are listed',
    zh: '另有 {count} 条问题（其中 {errors} 条错误）；每个文件只列出前 {limit} 条',
  },
} as const satisfies CataloguePart;
