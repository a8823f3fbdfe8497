/**
 * The messages of `yaml/*` findings without a language. The parse runs once per document version, before
 * the dataset (and so the language) is known: it keeps each message as a catalogue key and parameters, and
 * the engine renders it (`localizeYamlFinding`) in the dataset's language, so that a change of language
 * renders again without parsing again.
 *
 * The yaml library reports in English only. Its texts are recognised here by the templates of their keys in
 * the catalogue (catalogue/rules/yaml.ts; the English there is the library's text, byte for byte) and turned
 * back into key and parameters; a text that matches no template, or that the template would not give back
 * exactly, keeps the library's English as the detail of `yaml/*.other`.
 */
import { catalogue, localeOf, type Locale, type MessageKey, type Params } from '../i18n';
import { render, type Message } from '../i18n/message';
import type { Finding } from '../types';

/** A `yaml/*` finding as the parse makes it: the English message, and the message without a language. */
export interface YamlFinding extends Finding {
  text: Message;
  /** The messages of `related`, in its order. */
  relatedText?: Message[];
}

/** The catalogue keys of the yaml library's texts, by the code the library gives them. */
const LIBRARY: Readonly<Record<string, readonly MessageKey[]>> = {
  ALIAS_PROPS: ['yaml/ALIAS_PROPS'],
  BAD_ALIAS: [
    'yaml/BAD_ALIAS.alias-colon',
    'yaml/BAD_ALIAS.anchor-colon',
    'yaml/BAD_ALIAS.empty-anchor',
    'yaml/BAD_ALIAS.empty-alias',
  ],
  BAD_DIRECTIVE: [
    'yaml/BAD_DIRECTIVE.tag-parts',
    'yaml/BAD_DIRECTIVE.yaml-parts',
    'yaml/BAD_DIRECTIVE.version',
    'yaml/BAD_DIRECTIVE.unknown',
  ],
  BAD_DQ_ESCAPE: ['yaml/BAD_DQ_ESCAPE'],
  BAD_INDENT: [
    'yaml/BAD_INDENT.mapping-column',
    'yaml/BAD_INDENT.sequence-column',
    'yaml/BAD_INDENT.block-scalar',
    'yaml/BAD_INDENT.block-scalar-indicator',
    'yaml/BAD_INDENT.block-scalar-first-line',
    'yaml/BAD_INDENT.flow-end',
    'yaml/BAD_INDENT.flow-sequence',
    'yaml/BAD_INDENT.flow-map',
  ],
  BAD_PROP_ORDER: ['yaml/BAD_PROP_ORDER'],
  BAD_SCALAR_START: [
    'yaml/BAD_SCALAR_START.tab',
    'yaml/BAD_SCALAR_START.flow',
    'yaml/BAD_SCALAR_START.directive',
    'yaml/BAD_SCALAR_START.block',
    'yaml/BAD_SCALAR_START.reserved',
  ],
  BLOCK_AS_IMPLICIT_KEY: ['yaml/BLOCK_AS_IMPLICIT_KEY.sequence', 'yaml/BLOCK_AS_IMPLICIT_KEY.compact'],
  BLOCK_IN_FLOW: ['yaml/BLOCK_IN_FLOW'],
  DUPLICATE_KEY: ['yaml/DUPLICATE_KEY.library'],
  IMPOSSIBLE: ['yaml/IMPOSSIBLE.block-scalar-header', 'yaml/IMPOSSIBLE.map-comment'],
  KEY_OVER_1024_CHARS: ['yaml/KEY_OVER_1024_CHARS.block', 'yaml/KEY_OVER_1024_CHARS.flow'],
  MISSING_CHAR: [
    'yaml/MISSING_CHAR.block-scalar-indicator',
    'yaml/MISSING_CHAR.comment-space',
    'yaml/MISSING_CHAR.map-value',
    'yaml/MISSING_CHAR.comma-sequence',
    'yaml/MISSING_CHAR.comma-map',
    'yaml/MISSING_CHAR.space-sequence',
    'yaml/MISSING_CHAR.space-map',
    'yaml/MISSING_CHAR.comma-colon-sequence',
    'yaml/MISSING_CHAR.comma-colon-map',
    'yaml/MISSING_CHAR.flow-sequence-end',
    'yaml/MISSING_CHAR.flow-map-end',
    'yaml/MISSING_CHAR.single-quote',
    'yaml/MISSING_CHAR.double-quote',
    'yaml/MISSING_CHAR.doc-start',
    'yaml/MISSING_CHAR.directives-end',
    'yaml/MISSING_CHAR.sequence-props-newline',
    'yaml/MISSING_CHAR.props-space',
    'yaml/MISSING_CHAR.doc-start-line',
    'yaml/MISSING_CHAR.sequence-indicator',
  ],
  MULTILINE_IMPLICIT_KEY: ['yaml/MULTILINE_IMPLICIT_KEY', 'yaml/MULTILINE_IMPLICIT_KEY.flow'],
  MULTIPLE_ANCHORS: ['yaml/MULTIPLE_ANCHORS'],
  MULTIPLE_TAGS: ['yaml/MULTIPLE_TAGS'],
  NON_STRING_KEY: ['yaml/NON_STRING_KEY'],
  TAB_AS_INDENT: ['yaml/TAB_AS_INDENT'],
  TAG_RESOLVE_FAILED: [
    'yaml/TAG_RESOLVE_FAILED',
    'yaml/TAG_RESOLVE_FAILED.could-not-resolve',
    'yaml/TAG_RESOLVE_FAILED.not-valid',
    'yaml/TAG_RESOLVE_FAILED.verbatim',
    'yaml/TAG_RESOLVE_FAILED.verbatim-end',
    'yaml/TAG_RESOLVE_FAILED.no-suffix',
  ],
  UNEXPECTED_TOKEN: [
    'yaml/UNEXPECTED_TOKEN.node-end',
    'yaml/UNEXPECTED_TOKEN.in-flow-sequence',
    'yaml/UNEXPECTED_TOKEN.in-flow-map',
    'yaml/UNEXPECTED_TOKEN.in-collection',
    'yaml/UNEXPECTED_TOKEN.empty-sequence-item',
    'yaml/UNEXPECTED_TOKEN.empty-map-item',
    'yaml/UNEXPECTED_TOKEN.token',
    'yaml/UNEXPECTED_TOKEN.block-scalar-header',
    'yaml/UNEXPECTED_TOKEN.in-block-scalar-header',
    'yaml/UNEXPECTED_TOKEN.flow-scalar',
    'yaml/UNEXPECTED_TOKEN.in-stream',
    'yaml/UNEXPECTED_TOKEN.in-stream-source',
    'yaml/UNEXPECTED_TOKEN.in-document',
    'yaml/UNEXPECTED_TOKEN.in-document-source',
    'yaml/UNEXPECTED_TOKEN.sequence-on-key-line',
    'yaml/UNEXPECTED_TOKEN.sequence-on-key-line-source',
    'yaml/UNEXPECTED_TOKEN.not-yaml',
    'yaml/UNEXPECTED_TOKEN.doc-end',
  ],
};

/** The library's token types as its messages name them, for a `{token}` parameter. */
const TOKENS: Readonly<Record<string, MessageKey>> = {
  scalar: 'yaml.token.scalar',
  'single-quoted-scalar': 'yaml.token.single-quoted-scalar',
  'double-quoted-scalar': 'yaml.token.double-quoted-scalar',
  'block-scalar': 'yaml.token.block-scalar',
  'block-scalar-header': 'yaml.token.block-scalar-header',
  alias: 'yaml.token.alias',
  anchor: 'yaml.token.anchor',
  tag: 'yaml.token.tag',
  comment: 'yaml.token.comment',
  'seq-item-ind': 'yaml.token.seq-item-ind',
  'map-value-ind': 'yaml.token.map-value-ind',
  'explicit-key-ind': 'yaml.token.explicit-key-ind',
  'flow-map-start': 'yaml.token.flow-map-start',
  'flow-map-end': 'yaml.token.flow-map-end',
  'flow-seq-start': 'yaml.token.flow-seq-start',
  'flow-seq-end': 'yaml.token.flow-seq-end',
  comma: 'yaml.token.comma',
  'doc-start': 'yaml.token.doc-start',
  'doc-end': 'yaml.token.doc-end',
  'directive-line': 'yaml.token.directive-line',
  'block-map': 'yaml.token.block-map',
  'block-seq': 'yaml.token.block-seq',
  'flow-collection': 'yaml.token.flow-collection',
};

interface Matcher {
  key: MessageKey;
  re: RegExp;
  names: string[];
  /** Characters of literal text: templates with more are tried first. */
  literal: number;
}

/** A regular expression for a template with plain `{name}` placeholders (quotes as in the catalogue's format). */
function matcherOf(key: MessageKey): Matcher {
  const t = catalogue[key].en;
  const names: string[] = [];
  let re = '';
  let literal = 0;
  const lit = (s: string) => {
    re += s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    literal += s.length;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === "'" && t[i + 1] === "'") {
      lit("'");
      i++;
    } else if (c === "'" && (t[i + 1] === '{' || t[i + 1] === '}')) {
      const end = t.indexOf("'", i + 1);
      lit(t.slice(i + 1, end));
      i = end;
    } else if (c === '{') {
      const end = t.indexOf('}', i);
      names.push(t.slice(i + 1, end).trim());
      re += '(.+?)';
      i = end;
    } else lit(c);
  }
  return { key, re: new RegExp(`^${re}$`, 's'), names, literal };
}

const MATCHERS: ReadonlyMap<string, readonly Matcher[]> = new Map(
  Object.entries(LIBRARY).map(([code, keys]) => [code, keys.map(matcherOf).sort((a, b) => b.literal - a.literal)]),
);

const EN = localeOf('en');

/** The message of one of the yaml library's texts, by its code: a catalogue key and parameters. */
export function libraryMessage(code: string, text: string): Message {
  for (const m of MATCHERS.get(code) ?? []) {
    const found = m.re.exec(text);
    if (!found) continue;
    const params: Record<string, string> = {};
    m.names.forEach((n, i) => (params[n] = found[i + 1]!));
    const message: Message = { key: m.key, params };
    // the catalogue's English must give the library's text back, byte for byte
    if (render(EN, message) === text) return message;
  }
  return { key: 'yaml/*.other', params: { detail: text } };
}

/** A finding of the parse, made from its message without a language (the English message is filled in). */
export function yamlFinding(
  f: Omit<Finding, 'message' | 'related'> & {
    text: Message;
    related?: Array<{ range: Finding['range']; text: Message }>;
  },
): YamlFinding {
  const out: YamlFinding = {
    code: f.code,
    severity: f.severity,
    message: renderMessage(EN, f.text),
    range: f.range,
    text: f.text,
  };
  if (f.related) {
    out.related = f.related.map((r) => ({ range: r.range, message: renderMessage(EN, r.text) }));
    out.relatedText = f.related.map((r) => r.text);
  }
  return out;
}

function renderMessage(locale: Locale, m: Message): string {
  const token = m.params.token;
  if (typeof token !== 'string' || !(token in TOKENS)) return render(locale, m);
  const params: Params = { ...m.params, token: locale.t(TOKENS[token]!) };
  return locale.t(m.key, params);
}

/** A parse finding as the engine reports it: the message in the locale's language, and nothing else added. */
export function localizeYamlFinding(f: YamlFinding, locale: Locale): Finding {
  const out: Finding = {
    code: f.code,
    severity: f.severity,
    message: locale.language === 'en' ? f.message : renderMessage(locale, f.text),
    range: f.range,
  };
  if (f.related)
    out.related = f.related.map((r, i) => {
      const text = f.relatedText?.[i];
      return { ...r, message: text && locale.language !== 'en' ? renderMessage(locale, text) : r.message };
    });
  if (f.suggestions) out.suggestions = f.suggestions;
  return out;
}
