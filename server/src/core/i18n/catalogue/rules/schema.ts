/**
 * The schema/… codes: rule descriptions, messages and quick-fix titles. The messages of JSON Schema keywords
 * (server/src/core/schema/validate.ts) name the place first (`{where}`: a key, "target t1", "the 2nd
 * target"; the `schema.where.…` entries) and take their parameters from ajv's error params; the problems of
 * custom schemas themselves (server/src/core/schema/custom.ts) name the schema file.
 */
import type { CataloguePart } from '../entry';

export const schema = {
  'schema/*.description': {
    en: 'A JSON Schema keyword fails (schema/required, schema/enum, schema/type, …), or a custom schema cannot be used (schema/remote-ref, schema/unreadable, schema/ref-cycle, schema/unsafe-pattern, …).',
    zh: '不符合 JSON Schema 关键字（schema/required、schema/enum、schema/type 等），或自定义模式无法使用（schema/remote-ref、schema/unreadable、schema/ref-cycle、schema/unsafe-pattern 等）。',
  },

  // where: the place a message names
  'schema.where.document': { en: 'the document', zh: '文档' },
  'schema.where.nth-item': { en: 'the {nth} item', zh: '第 {nth} 个条目' },
  'schema.where.target': { en: 'target {id}', zh: '目标 {id}' },
  'schema.where.nth-target': { en: 'the {nth} target', zh: '第 {nth} 个目标' },
  'schema.where.measure': { en: 'measure {id}', zh: '措施 {id}' },
  'schema.where.nth-measure': { en: 'the {nth} measure', zh: '第 {nth} 项措施' },
  'schema.where.source': { en: 'source {id}', zh: '来源 {id}' },
  'schema.where.nth-source': { en: 'the {nth} source', zh: '第 {nth} 个来源' },
  'schema.where.relation': { en: 'relation {id}', zh: '关联 {id}' },
  'schema.where.nth-relation': { en: 'the {nth} relation', zh: '第 {nth} 个关联' },
  'schema.where.relation-to': { en: 'the relation to {plan}', zh: '与 {plan} 的关联' },
  'schema.where.region': { en: 'region {id}', zh: '行政区划 {id}' },
  'schema.where.nth-region': { en: 'the {nth} region', zh: '第 {nth} 个行政区划' },
  'schema.where.tag': { en: 'tag {id}', zh: '标签 {id}' },
  'schema.where.nth-tag': { en: 'the {nth} tag', zh: '第 {nth} 个标签' },
  'schema.where.list-item': { en: '{list} item {id}', zh: '{list} 条目 {id}' },
  'schema.where.nth-list-item': { en: 'the {nth} {list} item', zh: '{list} 的第 {nth} 个条目' },

  // values and kinds of value
  'schema.type.string': { en: 'text', zh: '文本' },
  'schema.type.integer': { en: 'a whole number', zh: '整数' },
  'schema.type.number': { en: 'a number', zh: '数字' },
  'schema.type.object': { en: 'a mapping', zh: '映射（键: 值）' },
  'schema.type.array': { en: 'a list', zh: '列表' },
  'schema.type.boolean': { en: 'true or false', zh: 'true 或 false' },
  'schema.type.null': { en: 'nothing', zh: '空值' },
  'schema.value.empty': { en: 'an empty value', zh: '空值' },
  'schema.value.list': { en: 'a list', zh: '列表' },
  'schema.value.mapping': { en: 'a mapping', zh: '映射' },
  'schema.value.text': { en: '"{text}"', zh: '“{text}”' },

  // the keywords
  'schema/required': {
    en: 'missing required property "{property}"',
    zh: '缺少必填的键“{property}”',
  },
  'schema/required.in': {
    en: 'missing required property "{property}" in {where}',
    zh: '{where}：缺少必填的键“{property}”',
  },
  'schema/required.alternatives': {
    en: 'missing property: add {alternatives}',
    zh: '缺少键：请添加{alternatives}',
  },
  'schema/required.alternatives-in': {
    en: 'missing property in {where}: add {alternatives}',
    zh: '{where}：缺少键，请添加{alternatives}',
  },
  'schema/required.fix': {
    en: 'Add property "{key}"',
    zh: '添加键“{key}”',
  },
  'schema/required.fix-value': {
    en: 'Add {key}: {value}',
    zh: '添加 {key}: {value}',
  },
  'schema/additionalProperties': {
    en: 'unknown property "{key}"',
    zh: '未知的键“{key}”',
  },
  'schema/additionalProperties.in': {
    en: 'unknown property "{key}" in {where}',
    zh: '{where}：未知的键“{key}”',
  },
  'schema/additionalProperties.suggest': {
    en: 'unknown property "{key}"; did you mean "{hint}"?',
    zh: '未知的键“{key}”；是否应为“{hint}”？',
  },
  'schema/additionalProperties.in-suggest': {
    en: 'unknown property "{key}" in {where}; did you mean "{hint}"?',
    zh: '{where}：未知的键“{key}”；是否应为“{hint}”？',
  },
  'schema/additionalProperties.fix': {
    en: 'Rename to "{hint}"',
    zh: '重命名为“{hint}”',
  },
  'schema/type': {
    en: '{where}: expected {expected}, got {actual}',
    zh: '{where}：应为{expected}，实际为 {actual}',
  },
  'schema/enum': {
    en: '{where}: {value} is not one of {allowed}',
    zh: '{where}：{value} 不是允许的值（{allowed}）',
  },
  'schema/enum.many': {
    en: '{where}: {value} is not one of the {count} allowed values',
    zh: '{where}：{value} 不在允许的 {count} 个值之中',
  },
  'schema/enum.suggest': {
    en: '{where}: {value} is not allowed; did you mean {hint}?',
    zh: '{where}：不允许 {value}；是否应为 {hint}？',
  },
  'schema/enum.fix': {
    en: 'Change to {hint}',
    zh: '改为 {hint}',
  },
  'schema/const': {
    en: '{where} must be {value}',
    zh: '{where}：必须为 {value}',
  },
  'schema/pattern': {
    en: '{where}: {value} is not in the expected form',
    zh: '{where}：{value} 的格式不正确',
  },
  'schema/pattern.example': {
    en: '{where}: {value} is not in the expected form, e.g. {example}',
    zh: '{where}：{value} 的格式不正确，应形如 {example}',
  },
  'schema/format': {
    en: '{where}: {value} is not a valid {format}',
    zh: '{where}：{value} 不符合 {format} 格式',
  },
  'schema/format.date': {
    en: '{where}: {value} is not a valid date (YYYY-MM-DD)',
    zh: '{where}：{value} 不是有效的日期（YYYY-MM-DD）',
  },
  'schema/format.uri': {
    en: '{where}: {value} is not a valid URL',
    zh: '{where}：{value} 不是有效的网址（URL）',
  },
  'schema/format.date-time': {
    en: '{where}: {value} is not a valid date and time',
    zh: '{where}：{value} 不是有效的日期时间',
  },
  'schema/format.email': {
    en: '{where}: {value} is not a valid e-mail address',
    zh: '{where}：{value} 不是有效的电子邮件地址',
  },
  'schema/minimum': {
    en: '{where}: {value} must be >= {limit}',
    zh: '{where}：{value} 不能低于 {limit}',
  },
  'schema/exclusiveMinimum': {
    en: '{where}: {value} must be > {limit}',
    zh: '{where}：{value} 必须大于 {limit}',
  },
  'schema/maximum': {
    en: '{where}: {value} must be <= {limit}',
    zh: '{where}：{value} 不能超过 {limit}',
  },
  'schema/exclusiveMaximum': {
    en: '{where}: {value} must be < {limit}',
    zh: '{where}：{value} 必须小于 {limit}',
  },
  'schema/minLength': {
    en: '{where} must have at least {limit} characters',
    zh: '{where}：至少要有 {limit} 个字符',
  },
  'schema/minLength.empty': {
    en: '{where} must not be empty',
    zh: '{where}：不能为空',
  },
  'schema/maxLength': {
    en: '{where} must NOT have more than {limit} characters',
    zh: '{where}：不能超过 {limit} 个字符',
  },
  'schema/minItems': {
    en: '{where} needs at least {limit} items',
    zh: '{where}：至少需要 {limit} 个条目',
  },
  'schema/minItems.one': {
    en: '{where} needs at least {limit} item',
    zh: '{where}：至少需要 {limit} 个条目',
  },
  'schema/maxItems': {
    en: '{where} allows at most {limit} items',
    zh: '{where}：最多只能有 {limit} 个条目',
  },
  'schema/maxItems.one': {
    en: '{where} allows at most {limit} item',
    zh: '{where}：最多只能有 {limit} 个条目',
  },
  'schema/items': {
    en: '{where} must NOT have more than {limit} items',
    zh: '{where}：条目不能超过 {limit} 个',
  },
  'schema/minProperties': {
    en: '{where} must NOT have fewer than {limit} properties',
    zh: '{where}：至少需要 {limit} 个键',
  },
  'schema/maxProperties': {
    en: '{where} must NOT have more than {limit} properties',
    zh: '{where}：键不能超过 {limit} 个',
  },
  'schema/multipleOf': {
    en: '{where} must be multiple of {multipleOf}',
    zh: '{where}：必须是 {multipleOf} 的倍数',
  },
  'schema/uniqueItems': {
    en: '{where} must NOT have duplicate items (items ## {j} and {i} are identical)',
    zh: '{where}：不能有重复的条目（条目 {j} 与 {i} 相同）',
  },
  'schema/contains': {
    en: '{where} must contain at least {min} valid item(s)',
    zh: '{where}：至少要包含 {min} 个符合要求的条目',
  },
  'schema/contains.max': {
    en: '{where} must contain at least {min} and no more than {max} valid item(s)',
    zh: '{where}：必须包含 {min} 到 {max} 个符合要求的条目',
  },
  'schema/dependencies': {
    en: '{where} must have properties {deps} when property {property} is present',
    zh: '{where}：有键 {property} 时还必须有键 {deps}',
  },
  'schema/dependencies.one': {
    en: '{where} must have property {deps} when property {property} is present',
    zh: '{where}：有键 {property} 时还必须有键 {deps}',
  },
  'schema/propertyNames': {
    en: '{where}: the key "{key}" is not allowed here',
    zh: '{where}：此处不允许键“{key}”',
  },
  'schema/false schema': {
    en: '{where} is not allowed here',
    zh: '此处不允许 {where}',
  },
  'schema/not': {
    en: '{where} must NOT be valid',
    zh: '{where}：不得符合 not 中的模式',
  },
  'schema/oneOf': {
    en: '{where} must match exactly one schema in oneOf',
    zh: '{where}：必须恰好符合 oneOf 中的一个模式',
  },
  'schema/anyOf': {
    en: '{where} must match a schema in anyOf',
    zh: '{where}：必须符合 anyOf 中的某个模式',
  },
  'schema/*.other': {
    en: '{where} {detail}',
    zh: '{where}：不符合模式（{detail}）',
  },

  // custom schemas
  'schema.via.comment': { en: 'the $schema comment', zh: '文件开头的 $schema 注释' },
  'schema.via.config': { en: 'the dataset config ({file})', zh: '数据集配置 {file}' },
  'schema/remote-ref.schema': {
    en: 'the schema {name} (from {via}) is remote; remote schemas are never fetched, so it is not used',
    zh: '模式 {name}（来自{via}）是远程模式；远程模式一律不下载，因此未使用',
  },
  'schema/remote-ref': {
    en: '$ref {ref} is a remote schema; remote schemas are never fetched, so that part is not checked',
    zh: '$ref {ref} 指向远程模式；远程模式一律不下载，因此这一部分未检查',
  },
  'schema/unreadable.not-loaded': {
    en: 'the schema {name} (from {via}) was not loaded',
    zh: '模式 {name}（来自{via}）未能加载',
  },
  'schema/unreadable': {
    en: 'the schema {name} (from {via}) cannot be used: {error}',
    zh: '模式 {name}（来自{via}）无法使用：{error}',
  },
  'schema/unreadable.ref': {
    en: '$ref {ref} cannot be resolved; that part is not checked',
    zh: '无法解析 $ref {ref}；这一部分未检查',
  },
  'schema/unreadable.ref-error': {
    en: '$ref {ref} cannot be resolved: {error}; that part is not checked',
    zh: '无法解析 $ref {ref}：{error}；这一部分未检查',
  },
  'schema/unreadable.no-file': {
    en: 'cannot read {file}: no such file',
    zh: '无法读取 {file}：文件不存在',
  },
  'schema/unreadable.cannot-read': {
    en: 'cannot read {file}: {reason}',
    zh: '无法读取 {file}：{reason}',
  },
  'schema/unreadable.symlink': {
    en: '{file} is a symbolic link (name the file it points to)',
    zh: '{file} 是符号链接（请改写它指向的文件）',
  },
  'schema/unreadable.not-file': {
    en: '{file} is not a file',
    zh: '{file} 不是文件',
  },
  'schema/unreadable.too-large': {
    en: '{file} is larger than {size} MB',
    zh: '{file} 超过 {size} MB',
  },
  'schema/unreadable.not-json': {
    en: '{file} is not JSON',
    zh: '{file} 不是合法的 JSON',
  },
  'schema/unreadable.not-json-at': {
    en: '{file} is not JSON (at line {line}, column {column})',
    zh: '{file} 不是合法的 JSON（第 {line} 行第 {column} 列）',
  },
  'schema/unreadable.not-json-end': {
    en: '{file} is not JSON (it ends too early)',
    zh: '{file} 不是合法的 JSON（文件提前结束）',
  },
  'schema/unreadable.not-path': {
    en: '{uri} is not a file path',
    zh: '{uri} 不是文件路径',
  },
  'schema/invalid-schema': {
    en: 'the schema {name} is not valid: {error}',
    zh: '模式 {name} 无效：{error}',
  },
  'schema/invalid-schema.not-schema': {
    en: 'the schema {name} is not a JSON Schema (an object or true/false)',
    zh: '{name} 不是 JSON Schema（应为对象或 true/false）',
  },
  'schema/invalid-schema.referenced': {
    en: 'the schema {uri} referenced by {name} is not valid: {error}',
    zh: '{name} 引用的模式 {uri} 无效：{error}',
  },
  'schema/invalid-schema.unusable': {
    en: 'the schema {name} cannot be used: {error}',
    zh: '模式 {name} 无法使用：{error}',
  },
  'schema/invalid-schema.check-failed': {
    en: 'the schema failed while checking: {error}',
    zh: '模式在检查时出错：{error}',
  },
  'schema/unsupported-draft': {
    en: 'the schema {name} is written for {draft}; use draft 7 or 2020-12',
    zh: '模式 {name} 是按 {draft} 编写的；请改用 draft 7 或 2020-12',
  },
  'schema/unsupported-draft.unknown-meta': {
    en: 'the schema {name} names an unknown meta-schema {meta}; it is checked as 2020-12',
    zh: '模式 {name} 指定了未知的元模式 {meta}；按 2020-12 检查',
  },
  'schema/ref-cycle': {
    en: 'the schema {name} is not used: its references loop without reaching the data ({cycle})',
    zh: '未使用模式 {name}：其引用形成循环，始终到不了数据（{cycle}）',
  },
  'schema/ref-cycle.compile-overflow': {
    en: 'the schema {name} is not used: compiling it overflowed the stack (a reference cycle)',
    zh: '未使用模式 {name}：编译时栈溢出（引用循环）',
  },
  'schema/ref-cycle.check-overflow': {
    en: 'the schema is not used: checking with it overflowed the stack (a reference cycle or data nested too deeply)',
    zh: '未使用该模式：用它检查时栈溢出（引用循环，或数据嵌套过深）',
  },
  'schema/unsafe-pattern.back-reference': {
    en: 'pattern {pattern} is not checked: it has a back-reference, which can take exponential time',
    zh: '未检查正则表达式 {pattern}：其中有反向引用，可能耗费指数级时间',
  },
  'schema/unsafe-pattern.nested-quantifiers': {
    en: 'pattern {pattern} is not checked: it has a repeated group that repeats inside (nested quantifiers), which can take exponential time',
    zh: '未检查正则表达式 {pattern}：其中有内部也重复的重复分组（嵌套量词），可能耗费指数级时间',
  },
  'schema/unsafe-pattern.repeated-alternatives': {
    en: 'pattern {pattern} is not checked: it has a repeated group of alternatives, which can take exponential time',
    zh: '未检查正则表达式 {pattern}：其中有重复的多选分组，可能耗费指数级时间',
  },
  'schema/unsafe-pattern.long-value': {
    en: 'pattern {pattern} is not checked: it needs the backtracking engine, which is not run on a value of {length} characters',
    zh: '未检查正则表达式 {pattern}：它需要回溯引擎，而回溯引擎不在 {length} 个字符长的值上运行',
  },
  'schema/unsafe-pattern.timeout': {
    en: 'pattern {pattern} is not checked: it took over {ms} ms on a value of {length} characters (catastrophic backtracking)',
    zh: '未检查正则表达式 {pattern}：在 {length} 个字符长的值上运行超过 {ms} 毫秒（灾难性回溯）',
  },
} as const satisfies CataloguePart;
