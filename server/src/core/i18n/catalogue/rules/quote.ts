/** The quote/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const quote = {
  'quote/amount-mismatch': {
    en: '{owner}: quote says {said}; amount is {amount}',
    zh: '{owner}：原文引述为 {said}，而金额为 {amount}',
  },
  'quote/amount-mismatch.value': {
    en: '{owner}: quote says {said}; value is {amount}',
    zh: '{owner}：原文引述为 {said}，而数值为 {amount}',
  },
  /** Whose quote it is: a target's, or an observation's of a target. */
  'quote/amount-mismatch.target': {
    en: 'target {id}',
    zh: '目标 {id}',
  },
  'quote/amount-mismatch.progress': {
    en: '{id} progress',
    zh: '{id} 的进展记录',
  },
  /** A figure given as a magnitude ("千亿级"): the range it stands for. */
  'quote/amount-mismatch.range': {
    en: '{text} = {low} to {high}',
    zh: '{text} = {low} 至 {high}',
  },
  'quote/amount-mismatch.related': {
    en: 'the quote: {text}',
    zh: '原文引述：{text}',
  },
  'quote/amount-mismatch.fix': {
    en: 'Change to {value} (as quoted)',
    zh: '改为 {value}（按原文引述）',
  },
  'quote/amount-mismatch.description': {
    en: "The one figure in a target's (or a progress observation's) quote differs from its typed amount or value, after scale words (亿, 万亿, billion) and units (PFLOPS, EFLOPS).",
    zh: '目标（或进展记录）的原文引述中唯一的数字，经换算量级词（亿、万亿、billion）和单位（PFLOPS、EFLOPS）后，与所填的金额或数值不一致。',
  },
  'quote/comparator-mismatch': {
    en: 'target {id}: the quote says {words} ({said}) but comparator is {comparator}',
    zh: '目标 {id}：原文引述用词为“{words}”（{said}），但比较方式为 {comparator}',
  },
  'quote/comparator-mismatch.none': {
    en: 'target {id}: the quote says {words} ({said}) but there is no comparator (at-least)',
    zh: '目标 {id}：原文引述用词为“{words}”（{said}），但未写比较方式（默认 at-least）',
  },
  'quote/comparator-mismatch.related': {
    en: 'the quote says {words}',
    zh: '原文引述用词为“{words}”',
  },
  'quote/comparator-mismatch.fix': {
    en: 'Change to {comparator}',
    zh: '改为 {comparator}',
  },
  'quote/comparator-mismatch.fix-add': {
    en: 'Add comparator: {comparator}',
    zh: '添加比较方式：{comparator}',
  },
  'quote/comparator-mismatch.description': {
    en: "A target's quote words its level one way (突破, more than → more-than; 达到, at least → at-least; 不超过 → at-most) and its comparator says another.",
    zh: '目标的原文引述对目标水平的措辞（突破、more than → more-than；达到、at least → at-least；不超过 → at-most）与其比较方式不一致。',
  },
} as const satisfies CataloguePart;
