/** The config/… codes: rule descriptions, messages and quick-fix titles. */
import type { CataloguePart } from '../entry';

export const config = {
  'config/bad-glob.description': {
    en: 'A glob in the dataset config (exclude, plan-files, region-files, schemas[].files) is malformed, such as an unclosed brace; it matches nothing.',
    zh: '',
  },
  'config/*.description': {
    en: 'The dataset config cannot be used: config/unreadable when policy-plans.config.yaml is a FIFO, a folder or a file without read permission (the dataset gets every default); config/bad-glob is a rule of its own.',
    zh: '数据集配置无法使用：policy-plans.config.yaml 是 FIFO、文件夹或没有读取权限的文件时报 config/unreadable（数据集采用全部默认设置）；config/bad-glob 是单独的一条规则。',
  },
  'config/unreadable': {
    en: '{problem}; the dataset is checked with every default (make it a readable file)',
    zh: '{problem}；数据集按全部默认设置检查（请把它改为可读取的文件）',
  },
} as const satisfies CataloguePart;
