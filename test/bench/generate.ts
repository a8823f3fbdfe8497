/**
 * Deterministic plan generator for the benchmark (and the incremental property test): plans of a
 * given number of targets, with a few errors planted that both servers must report.
 */

export interface PlanOptions {
  /** Plan id. */
  id: string;
  /** Number of targets; measures are a quarter of it, sources a tenth (at least 2). */
  targets: number;
  /** First line of the file, e.g. a `# yaml-language-server: $schema=` modeline. */
  header?: string;
  /** Plant the benchmark's errors (schema enum, unknown property, missing property, rule findings). */
  plantErrors?: boolean;
  /** Other plan ids that this plan supersedes / implements (relations). */
  relations?: string[];
}

const METRICS = [
  'AI industry scale',
  'AI enterprises',
  'Intelligent computing power',
  'Data centre capacity',
  'Large models filed',
  'Public datasets opened',
  'Robot density',
  'Digital economy share',
];
const REGIONS = ['CN-GD', 'CN-GD', 'CN-GD', 'CN-GD'];
const COMPARATORS = ['at-least', 'more-than', 'about', 'at-least'];
const UNITS = ['enterprises', 'PFLOPS', 'projects', 'people'];

function pad(n: number, w = 5): string {
  return String(n).padStart(w, '0');
}

/** One target item as lines (without the trailing newline). */
export function targetLines(i: number, sources: number): string[] {
  const kind = i % 3;
  const deadline = 2027 + (i % 4);
  const lines = [
    `  - id: target-${pad(i)}`,
    `    metric: ${METRICS[i % METRICS.length]} ${i}`,
    `    comparator: ${COMPARATORS[i % COMPARATORS.length]}`,
  ];
  if (kind === 0) {
    lines.push('    money:', `      amount: ${(i % 90) + 10}e9`);
    if (i % 6 === 0) lines.push('      currency: CNY');
  } else if (kind === 1)
    lines.push('    quantity:', `      value: ${1000 + i}`, `      unit: ${UNITS[i % UNITS.length]}`);
  else lines.push(`    outcome: Leading level in China for item ${i}`);
  lines.push(
    `    deadline: ${deadline}`,
    `    region: ${REGIONS[i % REGIONS.length]}`,
    '    sources:',
    `      - src-${pad(i % sources, 3)}`,
    `    quote: 到${deadline}年实现目标${i}`,
  );
  return lines;
}

function measureLines(i: number, sources: number): string[] {
  const lines = [
    `  - id: measure-${pad(i)}`,
    `    title: Build computing platform number ${i} for small and medium enterprises`,
    `    deadline: ${2027 + (i % 4)}`,
  ];
  if (i % 2 === 0) lines.push('    funding:', `      amount: ${(i % 50) + 1}e8`, '      kind: fund-size');
  lines.push('    regions:', '      - CN-GD', '    sources:', `      - src-${pad(i % sources, 3)}`);
  return lines;
}

function sourceLines(i: number): string[] {
  return [
    `  - id: src-${pad(i, 3)}`,
    `    title: Official text number ${i}`,
    "    publisher: Guangdong Provincial People's Government",
    `    url: https://www.gd.gov.cn/doc/${i}`,
    '    type: official-text',
    '    published: 2023-11-13',
    '    accessed: 2024-01-15',
  ];
}

/** A plan file's text. */
export function generatePlan(o: PlanOptions): string {
  const sources = Math.max(2, Math.floor(o.targets / 10));
  const measures = Math.max(1, Math.floor(o.targets / 4));
  const out: string[] = [];
  if (o.header) out.push(o.header);
  out.push(
    `id: ${o.id}`,
    `title: Generated plan ${o.id} for the benchmark`,
    `title-original: 生成的计划 ${o.id}`,
    "issuer: Guangdong Provincial People's Government",
    'jurisdiction: CN-GD',
    'published: 2023-11-13',
    'period:',
    '  start: 2023',
    '  end: 2030',
    'status: in-force',
    'currency: CNY',
  );
  if (o.relations?.length) {
    out.push('relations:');
    o.relations.forEach((r, i) => out.push(`  - type: ${i % 2 ? 'implements' : 'supersedes'}`, `    plan: ${r}`));
  }
  const planted = new Map<number, (lines: string[]) => string[]>();
  if (o.plantErrors) {
    const at = (f: number) => Math.min(o.targets - 1, Math.floor(o.targets * f));
    // schema/enum: a misspelt comparator
    planted.set(at(0.1), (l) => l.map((x) => (x.startsWith('    comparator:') ? '    comparator: more-then' : x)));
    // schema/additionalProperties: a misspelt key
    planted.set(at(0.3), (l) => l.map((x) => x.replace(/^ {4}metric:/, '    metirc:')));
    // schema/required: no deadline
    planted.set(at(0.5), (l) => l.filter((x) => !x.startsWith('    deadline:')));
    // schema/pattern and region/unknown: a region that does not exist
    planted.set(at(0.7), (l) => l.map((x) => (x.startsWith('    region:') ? '    region: CN-XX' : x)));
    // schema/type: a deadline that is not a deadline
    planted.set(at(0.9), (l) => l.map((x) => (x.startsWith('    deadline:') ? '    deadline: [2025]' : x)));
  }
  out.push('targets:');
  for (let i = 0; i < o.targets; i++) {
    const lines = targetLines(i, sources);
    out.push(...(planted.get(i)?.(lines) ?? lines));
  }
  out.push('measures:');
  for (let i = 0; i < measures; i++) out.push(...measureLines(i, sources));
  out.push('sources:');
  for (let i = 0; i < sources; i++) out.push(...sourceLines(i));
  return `${out.join('\n')}\n`;
}

/** Target counts that give about 150, 3,500 and 35,000 lines. */
export const SIZES = { small: 10, medium: 268, large: 2690 } as const;

/** The files of a dataset of `count` plans (each about 120 lines), by relative path. */
export function generateDataset(count: number): Map<string, string> {
  const files = new Map<string, string>();
  const id = (i: number) => `cn-gd-plan-${pad(i)}`;
  for (let i = 0; i < count; i++) {
    const relations = i > 0 ? [id(i - 1)] : [];
    if (i % 97 === 5) relations.push(`cn-gd-missing-${i}`); // ref/unknown-plan
    const text = generatePlan({ id: id(i), targets: 8, plantErrors: i % 50 === 7, relations });
    files.set(`plans/${String(Math.floor(i / 100)).padStart(2, '0')}/${id(i)}.plan.yaml`, text);
  }
  files.set(
    'regions.regions.yaml',
    'regions:\n  - id: shenzhen\n    name: Shenzhen\n    parent: CN-GD\n  - id: gba\n    name: Greater Bay Area\n    includes: [CN-GD, CN-HK, CN-MO]\n',
  );
  return files;
}
