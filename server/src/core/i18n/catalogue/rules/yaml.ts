/**
 * The yaml/… codes: rule descriptions, messages and quick-fix titles.
 *
 * Two kinds of message. The project's own (DUPLICATE_KEY, MULTIPLE_DOCS, …) are made by server/src/core/yaml/
 * parse.ts. The yaml library's are its own English texts, byte for byte: server/src/core/yaml/messages.ts
 * recognises each text by its template here (one key per text the library makes) and keeps the key and the
 * parameters, so that the message is rendered in the user's language later. A text the library makes that is
 * not here gets `yaml/*.other`, with the library's English as the detail. `yaml.token.…` names the library's
 * token types in messages ("Unexpected scalar at node end").
 */
import type { CataloguePart } from '../entry';

export const yaml = {
  'yaml/*.description': {
    en: "The YAML does not parse (the yaml library's own error code), including duplicate keys.",
    zh: 'YAML 无法解析（代码为 yaml 库自己的错误代码），包括重复的键。',
  },
  'yaml/*.other': {
    en: '{detail}',
    zh: 'YAML 有误：{detail}',
  },

  // the project's own
  'yaml/DUPLICATE_KEY': {
    en: 'duplicate key "{key}"',
    zh: '重复的键“{key}”',
  },
  'yaml/DUPLICATE_KEY.first': {
    en: 'the first "{key}"',
    zh: '第一次出现的“{key}”',
  },
  'yaml/ALIAS_EXPANSION': {
    en: 'aliases expand this document to over {limit} values (an alias bomb); aliases were not expanded',
    zh: '别名展开后本文档超过 {limit} 个值（别名炸弹）；别名未展开',
  },
  'yaml/RESOURCE_EXHAUSTION': {
    en: 'collections are nested more than {depth} levels deep here; the document was not read',
    zh: '此处集合嵌套超过 {depth} 层；未读取该文档',
  },
  'yaml/UNRESOLVED_ALIAS': {
    en: 'alias *{name} has no anchor &{name} before it',
    zh: '别名 *{name} 之前没有对应的锚点 &{name}',
  },
  'yaml/MULTIPLE_DOCS': {
    en: 'a plan file holds one YAML document; remove this extra one (or the --- before it)',
    zh: '一个规划文件只能有一个 YAML 文档；请删除这个多余的文档（或它前面的 ---）',
  },

  // the yaml library's texts
  'yaml/ALIAS_PROPS': {
    en: 'An alias node must not specify any properties',
    zh: '别名（*名称）不能带锚点或标签',
  },
  'yaml/BAD_ALIAS.alias-colon': {
    en: 'Alias ending in : is ambiguous',
    zh: '以 : 结尾的别名有歧义',
  },
  'yaml/BAD_ALIAS.anchor-colon': {
    en: 'Anchor ending in : is ambiguous',
    zh: '以 : 结尾的锚点有歧义',
  },
  'yaml/BAD_ALIAS.empty-anchor': {
    en: 'Anchor cannot be an empty string',
    zh: '锚点名称不能为空',
  },
  'yaml/BAD_ALIAS.empty-alias': {
    en: 'Alias cannot be an empty string',
    zh: '别名名称不能为空',
  },
  'yaml/BAD_DIRECTIVE.tag-parts': {
    en: '%TAG directive should contain exactly two parts',
    zh: '%TAG 指令应恰好有两部分',
  },
  'yaml/BAD_DIRECTIVE.yaml-parts': {
    en: '%YAML directive should contain exactly one part',
    zh: '%YAML 指令应恰好有一部分',
  },
  'yaml/BAD_DIRECTIVE.version': {
    en: 'Unsupported YAML version {version}',
    zh: '不支持的 YAML 版本 {version}',
  },
  'yaml/BAD_DIRECTIVE.unknown': {
    en: 'Unknown directive {name}',
    zh: '未知的指令 {name}',
  },
  'yaml/BAD_DQ_ESCAPE': {
    en: 'Invalid escape sequence {escape}',
    zh: '双引号字符串中的转义序列 {escape} 无效',
  },
  'yaml/BAD_INDENT.mapping-column': {
    en: 'All mapping items must start at the same column',
    zh: '同一映射中的键必须从同一列开始（缩进不一致）',
  },
  'yaml/BAD_INDENT.sequence-column': {
    en: 'All sequence items must start at the same column',
    zh: '同一列表中的条目必须从同一列开始（缩进不一致）',
  },
  'yaml/BAD_INDENT.block-scalar': {
    en: 'Block scalar values in collections must be indented',
    zh: '集合中的多行文本块必须缩进',
  },
  'yaml/BAD_INDENT.block-scalar-indicator': {
    en: 'Block scalar lines must not be less indented than their explicit indentation indicator',
    zh: '多行文本块各行的缩进不能少于其缩进指示符规定的缩进',
  },
  'yaml/BAD_INDENT.block-scalar-first-line': {
    en: 'Block scalar lines must not be less indented than their first line',
    zh: '多行文本块各行的缩进不能少于第一行',
  },
  'yaml/BAD_INDENT.flow-end': {
    en: 'Flow end indicator should be more indented than parent',
    zh: '行内集合的结束符号应比上一层缩进更多',
  },
  'yaml/BAD_INDENT.flow-sequence': {
    en: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
    zh: '行内列表必须以 ] 结尾，并且要比上一层缩进更多',
  },
  'yaml/BAD_INDENT.flow-map': {
    en: "Flow map in block collection must be sufficiently indented and end with a '}'",
    zh: "行内映射必须以 '}' 结尾，并且要比上一层缩进更多",
  },
  'yaml/BAD_PROP_ORDER': {
    en: 'Anchors and tags must be after the {indicator} indicator',
    zh: '锚点和标签必须写在 {indicator} 符号之后',
  },
  'yaml/BAD_SCALAR_START.tab': {
    en: 'Plain value cannot start with a tab character',
    zh: '不带引号的值不能以制表符开头',
  },
  'yaml/BAD_SCALAR_START.flow': {
    en: 'Plain value cannot start with flow indicator character {char}',
    zh: '不带引号的值不能以行内集合符号 {char} 开头（请加引号）',
  },
  'yaml/BAD_SCALAR_START.directive': {
    en: 'Plain value cannot start with directive indicator character {char}',
    zh: '不带引号的值不能以指令符号 {char} 开头（请加引号）',
  },
  'yaml/BAD_SCALAR_START.block': {
    en: 'Plain value cannot start with block scalar indicator {char}',
    zh: '不带引号的值不能以多行文本符号 {char} 开头（请加引号）',
  },
  'yaml/BAD_SCALAR_START.reserved': {
    en: 'Plain value cannot start with reserved character {char}',
    zh: '不带引号的值不能以保留字符 {char} 开头（请加引号）',
  },
  'yaml/BLOCK_AS_IMPLICIT_KEY.sequence': {
    en: 'A block sequence may not be used as an implicit map key',
    zh: '以 - 开头的列表不能用作映射的键',
  },
  'yaml/BLOCK_AS_IMPLICIT_KEY.compact': {
    en: 'Nested mappings are not allowed in compact mappings',
    zh: '紧凑写法的映射中不能嵌套映射（请检查缩进，或同一行是否有两个“键:”）',
  },
  'yaml/BLOCK_IN_FLOW': {
    en: 'Block collections are not allowed within flow collections',
    zh: "行内写法（[…] 或 '{'…'}'）中不能使用缩进写法的列表或映射",
  },
  'yaml/DUPLICATE_KEY.library': {
    en: 'Map keys must be unique',
    zh: '映射中的键必须唯一',
  },
  'yaml/IMPOSSIBLE.block-scalar-header': {
    en: 'Block scalar header not found',
    zh: '找不到多行文本块的开头符号（| 或 >）',
  },
  'yaml/IMPOSSIBLE.map-comment': {
    en: 'Map comment with trailing content',
    zh: '映射的注释后面还有内容',
  },
  'yaml/KEY_OVER_1024_CHARS.block': {
    en: 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
    zh: '键太长：冒号 : 必须在键开头之后 1024 个字符以内',
  },
  'yaml/KEY_OVER_1024_CHARS.flow': {
    en: 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
    zh: '行内列表中的键太长：冒号 : 必须在键开头之后 1024 个字符以内',
  },
  'yaml/MISSING_CHAR.block-scalar-indicator': {
    en: 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
    zh: '开头空行缩进更多的多行文本块必须写明缩进指示符',
  },
  'yaml/MISSING_CHAR.comment-space': {
    en: 'Comments must be separated from other tokens by white space characters',
    zh: '注释符号 # 与前面的内容之间必须有空格',
  },
  'yaml/MISSING_CHAR.map-value': {
    en: 'Implicit map keys need to be followed by map values',
    zh: '映射中的键后面必须有值（是否缺少冒号 :？）',
  },
  'yaml/MISSING_CHAR.comma-sequence': {
    en: 'Missing , between flow sequence items',
    zh: '行内列表的条目之间缺少逗号 ,',
  },
  'yaml/MISSING_CHAR.comma-map': {
    en: 'Missing , between flow map items',
    zh: '行内映射的条目之间缺少逗号 ,',
  },
  'yaml/MISSING_CHAR.space-sequence': {
    en: 'Missing space after : in flow sequence',
    zh: '行内列表中的冒号 : 后面缺少空格',
  },
  'yaml/MISSING_CHAR.space-map': {
    en: 'Missing space after : in flow map',
    zh: '行内映射中的冒号 : 后面缺少空格',
  },
  'yaml/MISSING_CHAR.comma-colon-sequence': {
    en: 'Missing , or : between flow sequence items',
    zh: '行内列表的条目之间缺少逗号 , 或冒号 :',
  },
  'yaml/MISSING_CHAR.comma-colon-map': {
    en: 'Missing , or : between flow map items',
    zh: '行内映射的条目之间缺少逗号 , 或冒号 :',
  },
  'yaml/MISSING_CHAR.flow-sequence-end': {
    en: 'Flow sequence must end with a ]',
    zh: '行内列表缺少结尾的 ]',
  },
  'yaml/MISSING_CHAR.flow-map-end': {
    en: "Flow map must end with a '}'",
    zh: "行内映射缺少结尾的 '}'",
  },
  'yaml/MISSING_CHAR.single-quote': {
    en: "Missing closing 'quote",
    zh: "单引号字符串缺少结尾的单引号 '",
  },
  'yaml/MISSING_CHAR.double-quote': {
    en: 'Missing closing "quote',
    zh: '双引号字符串缺少结尾的双引号 "',
  },
  'yaml/MISSING_CHAR.doc-start': {
    en: 'Missing directives-end/doc-start indicator line',
    zh: '缺少文档开始标记行（---）',
  },
  'yaml/MISSING_CHAR.directives-end': {
    en: 'Missing directives-end indicator line',
    zh: '指令后面缺少文档开始标记行（---）',
  },
  'yaml/MISSING_CHAR.sequence-props-newline': {
    en: 'Missing newline after block sequence props',
    zh: '列表前的锚点或标签后面必须换行',
  },
  'yaml/MISSING_CHAR.props-space': {
    en: 'Tags and anchors must be separated from the next token by white space',
    zh: '标签和锚点与后面的内容之间必须有空格',
  },
  'yaml/MISSING_CHAR.doc-start-line': {
    en: 'Block collection cannot start on same line with directives-end marker',
    zh: '缩进写法的列表或映射不能与文档开始标记 --- 写在同一行',
  },
  'yaml/MISSING_CHAR.sequence-indicator': {
    en: 'Sequence item without - indicator',
    zh: '列表条目缺少 - 符号',
  },
  'yaml/MULTILINE_IMPLICIT_KEY': {
    en: 'Implicit keys need to be on a single line',
    zh: '键必须写在一行内',
  },
  'yaml/MULTILINE_IMPLICIT_KEY.flow': {
    en: 'Implicit keys of flow sequence pairs need to be on a single line',
    zh: '行内列表中键值对的键必须写在一行内',
  },
  'yaml/MULTIPLE_ANCHORS': {
    en: 'A node can have at most one anchor',
    zh: '一个节点最多只能有一个锚点',
  },
  'yaml/MULTIPLE_TAGS': {
    en: 'A node can have at most one tag',
    zh: '一个节点最多只能有一个标签',
  },
  'yaml/NON_STRING_KEY': {
    en: 'With stringKeys, all keys must be strings',
    zh: '所有键都必须是字符串',
  },
  'yaml/TAB_AS_INDENT': {
    en: 'Tabs are not allowed as indentation',
    zh: '不能用制表符（Tab）缩进，请改用空格',
  },
  'yaml/TAG_RESOLVE_FAILED': {
    en: 'Unresolved tag: {tag}',
    zh: '无法识别的标签：{tag}',
  },
  'yaml/TAG_RESOLVE_FAILED.could-not-resolve': {
    en: 'Could not resolve tag: {tag}',
    zh: '无法解析标签：{tag}',
  },
  'yaml/TAG_RESOLVE_FAILED.not-valid': {
    en: 'Not a valid tag: {tag}',
    zh: '无效的标签：{tag}',
  },
  'yaml/TAG_RESOLVE_FAILED.verbatim': {
    en: "Verbatim tags aren't resolved, so {tag} is invalid.",
    zh: '逐字标签不会被解析，因此 {tag} 无效。',
  },
  'yaml/TAG_RESOLVE_FAILED.verbatim-end': {
    en: 'Verbatim tags must end with a >',
    zh: '逐字标签必须以 > 结尾',
  },
  'yaml/TAG_RESOLVE_FAILED.no-suffix': {
    en: 'The {tag} tag has no suffix',
    zh: '标签 {tag} 缺少后缀',
  },
  'yaml/UNEXPECTED_TOKEN.node-end': {
    en: 'Unexpected {token} at node end',
    zh: '此处多出了{token}',
  },
  'yaml/UNEXPECTED_TOKEN.in-flow-sequence': {
    en: 'Unexpected {token} in flow sequence',
    zh: '行内列表中多出了 {token}',
  },
  'yaml/UNEXPECTED_TOKEN.in-flow-map': {
    en: 'Unexpected {token} in flow map',
    zh: '行内映射中多出了 {token}',
  },
  'yaml/UNEXPECTED_TOKEN.in-collection': {
    en: 'Unexpected {token} in collection',
    zh: '集合中多出了 {token}',
  },
  'yaml/UNEXPECTED_TOKEN.empty-sequence-item': {
    en: 'Unexpected empty item in flow sequence',
    zh: '行内列表中有空条目',
  },
  'yaml/UNEXPECTED_TOKEN.empty-map-item': {
    en: 'Unexpected empty item in flow map',
    zh: '行内映射中有空条目',
  },
  'yaml/UNEXPECTED_TOKEN.token': {
    en: 'Unexpected {token} token',
    zh: '此处不应出现{token}',
  },
  'yaml/UNEXPECTED_TOKEN.block-scalar-header': {
    en: 'Block scalar header includes extra characters: {text}',
    zh: '多行文本块的开头符号后有多余的字符：{text}',
  },
  'yaml/UNEXPECTED_TOKEN.in-block-scalar-header': {
    en: 'Unexpected token in block scalar header: {token}',
    zh: '多行文本块的开头符号后不应出现{token}',
  },
  'yaml/UNEXPECTED_TOKEN.flow-scalar': {
    en: 'Expected a flow scalar value, but found: {token}',
    zh: '此处应为一个值，实际为{token}',
  },
  'yaml/UNEXPECTED_TOKEN.in-stream': {
    en: 'Unexpected {token} token in YAML stream',
    zh: '文档之外不应出现{token}',
  },
  'yaml/UNEXPECTED_TOKEN.in-stream-source': {
    en: 'Unexpected {token} token in YAML stream: {source}',
    zh: '文档之外不应出现{token}：{source}',
  },
  'yaml/UNEXPECTED_TOKEN.in-document': {
    en: 'Unexpected {token} token in YAML document',
    zh: '文档中此处不应出现{token}',
  },
  'yaml/UNEXPECTED_TOKEN.in-document-source': {
    en: 'Unexpected {token} token in YAML document: {source}',
    zh: '文档中此处不应出现{token}：{source}',
  },
  'yaml/UNEXPECTED_TOKEN.sequence-on-key-line': {
    en: 'Unexpected block-seq-ind on same line with key',
    zh: '列表符号 - 不能与键写在同一行',
  },
  'yaml/UNEXPECTED_TOKEN.sequence-on-key-line-source': {
    en: 'Unexpected block-seq-ind on same line with key: {source}',
    zh: '列表符号 - 不能与键写在同一行：{source}',
  },
  'yaml/UNEXPECTED_TOKEN.not-yaml': {
    en: 'Not a YAML token: {text}',
    zh: '不是有效的 YAML 内容：{text}',
  },
  'yaml/UNEXPECTED_TOKEN.doc-end': {
    en: 'Unexpected doc-end without preceding document',
    zh: '文档结束标记 ... 之前没有文档',
  },

  // the library's token types, as its messages name them
  'yaml.token.scalar': { en: 'scalar', zh: '一个值' },
  'yaml.token.single-quoted-scalar': { en: 'single-quoted-scalar', zh: '一个单引号字符串' },
  'yaml.token.double-quoted-scalar': { en: 'double-quoted-scalar', zh: '一个双引号字符串' },
  'yaml.token.block-scalar': { en: 'block-scalar', zh: '一个多行文本块' },
  'yaml.token.block-scalar-header': { en: 'block-scalar-header', zh: '多行文本块的开头符号' },
  'yaml.token.alias': { en: 'alias', zh: '一个别名' },
  'yaml.token.anchor': { en: 'anchor', zh: '一个锚点' },
  'yaml.token.tag': { en: 'tag', zh: '一个标签' },
  'yaml.token.comment': { en: 'comment', zh: '一条注释' },
  'yaml.token.seq-item-ind': { en: 'seq-item-ind', zh: '列表符号 -' },
  'yaml.token.map-value-ind': { en: 'map-value-ind', zh: '冒号 :' },
  'yaml.token.explicit-key-ind': { en: 'explicit-key-ind', zh: '问号 ?' },
  'yaml.token.flow-map-start': { en: 'flow-map-start', zh: "左花括号 '{'" },
  'yaml.token.flow-map-end': { en: 'flow-map-end', zh: "右花括号 '}'" },
  'yaml.token.flow-seq-start': { en: 'flow-seq-start', zh: '左方括号 [' },
  'yaml.token.flow-seq-end': { en: 'flow-seq-end', zh: '右方括号 ]' },
  'yaml.token.comma': { en: 'comma', zh: '逗号 ,' },
  'yaml.token.doc-start': { en: 'doc-start', zh: '文档开始标记 ---' },
  'yaml.token.doc-end': { en: 'doc-end', zh: '文档结束标记 ...' },
  'yaml.token.directive-line': { en: 'directive-line', zh: '一条指令' },
  'yaml.token.block-map': { en: 'block-map', zh: '一个映射' },
  'yaml.token.block-seq': { en: 'block-seq', zh: '一个列表' },
  'yaml.token.flow-collection': { en: 'flow-collection', zh: '一个行内集合' },
} as const satisfies CataloguePart;
