/** The config/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const config = {
  'config/bad-glob': {
    en: "\"{glob}\" in {where} is not a valid glob (a '{' without its '}'); it matches nothing until it is fixed",
    zh: "{where} 中的 \"{glob}\" 不是有效的 glob（'{' 没有对应的 '}'）；修正之前它不匹配任何文件",
  },
  'config/bad-glob.unopened': {
    en: "\"{glob}\" in {where} is not a valid glob (a '}' without its '{'); it matches nothing until it is fixed",
    zh: "{where} 中的 \"{glob}\" 不是有效的 glob（'}' 没有对应的 '{'）；修正之前它不匹配任何文件",
  },
  'config/bad-glob.nested': {
    en: "\"{glob}\" in {where} is not a valid glob (a '{' inside another '{'); it matches nothing until it is fixed",
    zh: "{where} 中的 \"{glob}\" 不是有效的 glob（'{' 嵌套在另一个 '{' 中）；修正之前它不匹配任何文件",
  },
  'config/bad-glob.other': {
    en: '"{glob}" in {where} is not a valid glob ({problem}); it matches nothing until it is fixed',
    zh: '{where} 中的 "{glob}" 不是有效的 glob（{problem}）；修正之前它不匹配任何文件',
  },
  'config/bad-glob.description': {
    en: 'A glob in the dataset config (exclude, plan-files, region-files, schemas[].files) is malformed, such as an unclosed brace; it matches nothing.',
    zh: '数据集配置中的某个 glob（exclude、plan-files、region-files、schemas[].files）格式错误，例如花括号未闭合；它不匹配任何文件。',
  },
  'config/*.description': {
    en: 'The dataset config cannot be used: config/unreadable when policy-plans.config.yaml is a FIFO, a folder or a file without read permission (the dataset gets every default); config/bad-glob is a rule of its own.',
    zh: '数据集配置无法使用：policy-plans.config.yaml 是 FIFO、文件夹或没有读取权限的文件时，报告 config/unreadable（数据集全部采用默认设置）；config/bad-glob 是单独的一条规则。',
  },
} as const satisfies CataloguePart;
