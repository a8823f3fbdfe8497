/** The region/… codes: rule descriptions, messages and quick-fix titles; a region code with its name. */
import type { CataloguePart } from '../entry';

export const region = {
  /** A code named for a message (domain/regions.ts codeWithName): "CN-GD (Guangdong)" / "CN-GD（广东省）". */
  'region.code-with-name': {
    en: '{code} ({name})',
    zh: '{code}（{name}）',
  },
  'region/unknown': {
    en: 'unknown region {code}',
    zh: '未知的行政区划代码 {code}',
  },
  'region/unknown.suggest': {
    en: 'unknown region {code}; did you mean {suggestions}?',
    zh: '未知的行政区划代码 {code}；是否应为 {suggestions}？',
  },
  'region/unknown.fix': {
    en: 'Change to {named}',
    zh: '改为 {named}',
  },
  'region/unknown.description': {
    en: 'A region code is not an ISO 3166 code, a withdrawn code or a region the dataset defines.',
    zh: '行政区划代码既不是 ISO 3166 代码、已停用的代码，也不是数据集定义的行政区划。',
  },
  'region/deprecated': {
    en: '{code} ({name}) is a withdrawn code; use {successor}',
    zh: '{code}（{name}）是已停用的代码；请改用 {successor}',
  },
  'region/deprecated.fix': {
    en: 'Change to {code}',
    zh: '改为 {code}',
  },
  'region/deprecated.description': {
    en: "A withdrawn region code such as China's pre-2017 numeric CN-44; use its successor.",
    zh: '已停用的行政区划代码，如中国 2017 年以前的数字代码 CN-44；请改用接替它的代码。',
  },
  'region/outside-jurisdiction': {
    en: "{region} is outside the plan's jurisdiction {jurisdiction}",
    zh: '{region} 不在本规划的管辖范围 {jurisdiction} 之内',
  },
  'region/outside-jurisdiction.related': {
    en: 'the plan’s jurisdiction',
    zh: '本规划的管辖范围',
  },
  'region/outside-jurisdiction.description': {
    en: "A target's or measure's region is not inside the plan's jurisdiction.",
    zh: '目标或措施的行政区划不在本规划的管辖范围之内。',
  },
  'region/cycle': {
    en: 'region {id} is its own ancestor: {path}',
    zh: '行政区划 {id} 是自身的上级：{path}',
  },
  'region/cycle.includes': {
    en: 'region {id} includes itself: {path}',
    zh: '行政区划 {id} 包含自身：{path}',
  },
  /** Between the regions of the path, one step up (parent) or down (includes). */
  'region/cycle.parent-step': {
    en: ' → parent ',
    zh: ' → 上级 ',
  },
  'region/cycle.includes-step': {
    en: ' → includes ',
    zh: ' → 包含 ',
  },
  'region/cycle.description': {
    en: 'A dataset region is its own ancestor through parent links, or its own member through includes links.',
    zh: '数据集中的行政区划经由 parent 链接成为自己的上级，或经由 includes 链接成为自己的成员。',
  },
  'region/bad-code': {
    en: '{system} code {code} is not in the form {form}',
    zh: '{system} 代码 {code} 格式不对，应为：{form}',
  },
  'region/bad-code.empty': {
    en: '{system} code (empty) is not in the form {form}',
    zh: '{system} 代码为空，应为：{form}',
  },
  /** The form of each code system's codes. */
  'region/bad-code.form-gb': {
    en: 'six digits, e.g. 440300',
    zh: '六位数字，如 440300',
  },
  'region/bad-code.form-locode': {
    en: 'country code, space, three letters, e.g. CN SZX',
    zh: '国家代码、空格加三个字母，如 CN SZX',
  },
  'region/bad-code.form-nuts': {
    en: 'e.g. DE21 or FR101',
    zh: '形如 DE21 或 FR101',
  },
  'region/bad-code.form-fips': {
    en: 'two (state) or five (county) digits',
    zh: '两位（州）或五位（县）数字',
  },
  'region/bad-code.description': {
    en: "A dataset region's code in another system (GB/T 2260, UN/LOCODE, NUTS, FIPS) is not in that system's form.",
    zh: '数据集中行政区划在其他编码体系（GB/T 2260、UN/LOCODE、NUTS、FIPS）中的代码不符合该体系的格式。',
  },
  'region/code-mismatch': {
    en: '{id}: GB/T 2260 code {code} does not start with {prefix}, the prefix of {region}; check the code or the parent',
    zh: '{id}：GB/T 2260 代码 {code} 不以 {region} 的前缀 {prefix} 开头；请检查代码或上级行政区划',
  },
  'region/code-mismatch.locode': {
    en: '{id}: UN/LOCODE {code} is in {country}, but the region lies in {region}',
    zh: '{id}：UN/LOCODE {code} 属于 {country}，但该行政区划位于 {region}',
  },
  'region/code-mismatch.description': {
    en: "A dataset region's GB/T 2260 code does not start with its parent's province prefix (Shenzhen 440300 in CN-GD, 44), or its UN/LOCODE names another country than the region's.",
    zh: '数据集中行政区划的 GB/T 2260 代码不以上级省份的前缀开头（深圳 440300 属 CN-GD，前缀 44），或其 UN/LOCODE 指向的国家与该行政区划所在国家不同。',
  },
  'region/duplicate-code': {
    en: '{system} code {code} of {id} is also the code of {other}',
    zh: '{id} 的 {system} 代码 {code} 与 {other} 的代码相同',
  },
  'region/duplicate-code.elsewhere': {
    en: '{system} code {code} of {id} is also the code of {other} ({file})',
    zh: '{id} 的 {system} 代码 {code} 与 {other}（{file}）的代码相同',
  },
  'region/duplicate-code.related': {
    en: '{id} has {code}',
    zh: '{id} 的代码也是 {code}',
  },
  'region/duplicate-code.related-elsewhere': {
    en: '{id} has {system} {code}',
    zh: '{id} 的 {system} 代码也是 {code}',
  },
  'region/duplicate-code.description': {
    en: 'Two dataset regions (in one registry or across registries) have the same GB/T 2260 or UN/LOCODE code.',
    zh: '数据集中两个行政区划（在同一登记文件或不同登记文件中）的 GB/T 2260 或 UN/LOCODE 代码相同。',
  },
} as const satisfies CataloguePart;
