/**
 * The built-in units' descriptions (server/src/core/data/units.json), by unit id, for hover and completion.
 * test/i18n-features.test.ts checks that every built-in unit has one whose English is the list's.
 */
import type { CataloguePart } from './entry';

export const unitDoc = {
  'unit-doc.enterprises': { en: 'number of companies', zh: '企业数量' },
  'unit-doc.people': {
    en: 'number of people (workers, trained personnel, users)',
    zh: '人数（从业人员、培训人员、用户）',
  },
  'unit-doc.projects': { en: 'number of projects', zh: '项目数量' },
  'unit-doc.datasets': { en: 'number of datasets', zh: '数据集数量' },
  'unit-doc.products': { en: 'number of products', zh: '产品数量' },
  'unit-doc.parks': { en: 'number of industrial parks or zones', zh: '产业园区数量' },
  'unit-doc.platforms': {
    en: 'number of platforms (public service, innovation, open-source)',
    zh: '平台数量（公共服务、创新、开源平台）',
  },
  'unit-doc.scenarios': { en: 'number of application scenarios', zh: '应用场景数量' },
  'unit-doc.cases': { en: 'number of showcase or typical application cases', zh: '示范或典型应用案例数量' },
  'unit-doc.patents': {
    en: 'number of patents (granted or filed, as the metric says)',
    zh: '专利数量（授权或申请，以度量所述为准）',
  },
  'unit-doc.standards': { en: 'number of standards issued or drafted', zh: '发布或制定的标准数量' },
  'unit-doc.models': { en: 'number of (AI) models', zh: '（人工智能）模型数量' },
  'unit-doc.chips': { en: 'number of chips or chip designs', zh: '芯片或芯片设计数量' },
  'unit-doc.vehicles': { en: 'number of vehicles', zh: '车辆数' },
  'unit-doc.base-stations': { en: 'number of (5G) base stations', zh: '（5G）基站数量' },
  'unit-doc.data-centers': { en: 'number of data centers or computing centers', zh: '数据中心或计算中心数量' },
  'unit-doc.laboratories': {
    en: 'number of laboratories or research institutes',
    zh: '实验室或研究机构数量',
  },
  'unit-doc.percent': { en: 'share in percent (0-100)', zh: '百分比（0-100）' },
  'unit-doc.percentage-points': { en: 'change of a share, in percentage points', zh: '比例的变化，以百分点计' },
  'unit-doc.PUE': {
    en: 'power usage effectiveness of a data center (total power / IT power)',
    zh: '数据中心电能利用效率（总用电 / IT 设备用电）',
  },
  'unit-doc.TFLOPS': { en: '10^12 floating-point operations per second', zh: '每秒 10^12 次浮点运算' },
  'unit-doc.PFLOPS': { en: '10^15 floating-point operations per second', zh: '每秒 10^15 次浮点运算' },
  'unit-doc.EFLOPS': { en: '10^18 floating-point operations per second', zh: '每秒 10^18 次浮点运算' },
  'unit-doc.PB': { en: 'petabytes of storage capacity', zh: '存储容量，单位 PB（拍字节）' },
  'unit-doc.EB': { en: 'exabytes of storage capacity', zh: '存储容量，单位 EB（艾字节）' },
  'unit-doc.Gbps': { en: 'gigabits per second', zh: '吉比特每秒' },
  'unit-doc.Tbps': { en: 'terabits per second', zh: '太比特每秒' },
  'unit-doc.kW': { en: 'kilowatts', zh: '千瓦' },
  'unit-doc.MW': { en: 'megawatts', zh: '兆瓦' },
  'unit-doc.GW': { en: 'gigawatts', zh: '吉瓦' },
  'unit-doc.MWh': { en: 'megawatt-hours', zh: '兆瓦时' },
  'unit-doc.GWh': { en: 'gigawatt-hours', zh: '吉瓦时' },
  'unit-doc.TWh': { en: 'terawatt-hours', zh: '太瓦时' },
  'unit-doc.km': { en: 'kilometres', zh: '千米' },
  'unit-doc.m2': { en: 'square metres (floor or site area)', zh: '平方米（建筑或场地面积）' },
  'unit-doc.hectares': { en: 'hectares (10,000 m2)', zh: '公顷（10,000 平方米）' },
  'unit-doc.km2': { en: 'square kilometres', zh: '平方千米' },
  'unit-doc.tonnes': { en: 'metric tonnes', zh: '吨' },
  'unit-doc.Mt': { en: 'million tonnes', zh: '百万吨' },
  'unit-doc.t-CO2e': { en: 'tonnes of CO2 equivalent', zh: '吨二氧化碳当量' },
  'unit-doc.Mt-CO2e': { en: 'million tonnes of CO2 equivalent', zh: '百万吨二氧化碳当量' },
  'unit-doc.wafers-per-month': {
    en: 'wafer production capacity, wafers started per month',
    zh: '晶圆产能，每月投片数',
  },
} as const satisfies CataloguePart;
