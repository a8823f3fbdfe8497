/**
 * Realistic corpora for the benchmark, built from the sample plans themselves (samples/*.plan.yaml): their
 * flow mappings (`period: { start: 2023, end: 2025 }`), comments inside items, Chinese quotes and notes.
 * Deterministic: the same text on every run.
 *
 * - realisticPlan(lines): the Guangdong 2023 sample with its targets repeated under new ids until the
 *   plan has about `lines` lines (150, 3,600, 36,000 in the bench).
 * - realisticDataset(copies): the ten sample plans × `copies` with new ids (plan ids and the relations
 *   between them renamed together, so each copy is a consistent set), plus the samples' config and regions
 *   file (10 × 200 + 2 = 2,002 files in the bench).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const GD = 'cn-gd-general-ai-2023.plan.yaml';

function readSample(name: string): string {
  return readFileSync(path.join(SAMPLES, name), 'utf8');
}

/** The lines of a top-level block sequence `key:` (its items, with their comments), and what comes before and after. */
function splitSection(text: string, key: string): { before: string; items: string[]; after: string } {
  const lines = text.split('\n');
  const at = lines.indexOf(`${key}:`);
  if (at < 0) throw new Error(`no ${key}: in the sample`);
  let end = at + 1;
  while (end < lines.length && (lines[end] === '' || lines[end].startsWith(' '))) end++;
  const items: string[] = [];
  for (const l of lines.slice(at + 1, end)) {
    if (l.startsWith('  - ')) items.push(l);
    else if (items.length) items[items.length - 1] += `\n${l}`;
  }
  return { before: `${lines.slice(0, at + 1).join('\n')}\n`, items, after: lines.slice(end).join('\n') };
}

/** The Guangdong 2023 sample, its targets repeated with new ids, about `lines` lines long. */
export function realisticPlan(lines: number): string {
  const text = readSample(GD);
  const { before, items, after } = splitSection(text, 'targets');
  const base = text.split('\n').length - 1;
  const perTarget = items.reduce((n, it) => n + it.split('\n').length, 0) / items.length;
  const count = Math.max(items.length, Math.round((lines - base) / perTarget) + items.length);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const item = items[i % items.length];
    const copy = Math.floor(i / items.length);
    out.push(copy === 0 ? item : item.replace(/^( {2}- id: )(\S+)/, `$1$2-${copy}`));
  }
  return `${before}${out.join('\n')}\n${after}`;
}

/** The middle target of a realistic plan that has a comparator and a flow-mapping value (for the edit script). */
export function realisticEditTarget(text: string): { itemStart: number; id: string } {
  const starts = [...text.matchAll(/^ {2}- id: (\S+)\n {4}metric: [^\n]*\n {4}comparator: [^\n]*\n {4}quantity: \{/gm)];
  const m = starts[Math.floor(starts.length / 2)];
  if (!m || m.index === undefined) throw new Error('no target with a comparator and a quantity');
  return { itemStart: m.index, id: m[1] };
}

/** The ten sample plans × `copies`, with new ids, plus the samples' config and regions file, by relative path. */
export function realisticDataset(copies: number): Map<string, string> {
  const names = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.plan.yaml'))
    .sort();
  const texts = names.map(readSample);
  const ids = texts.map((t) => /^id: (\S+)/m.exec(t)?.[1] ?? '');
  // one pattern for every sample id, longest first: a plan's own id and the ids its relations name
  const idPattern = new RegExp(`\\b(${[...ids].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
  const files = new Map<string, string>();
  for (let c = 0; c < copies; c++) {
    const suffix = `-c${String(c).padStart(4, '0')}`;
    const folder = `plans/${String(Math.floor(c / 20)).padStart(2, '0')}`;
    names.forEach((name, i) => {
      const text = texts[i].replace(idPattern, (id, _g, offset: number, whole: string) => {
        // rename plan ids where they are ids (the `id:` line, relations), not inside source ids or urls
        const lineStart = whole.lastIndexOf('\n', offset) + 1;
        const line = whole.slice(lineStart, whole.indexOf('\n', offset));
        return /^(id|\s*plan|\s*- \{ type: \w+, plan)\b|plan: /.test(line) ? `${id}${suffix}` : id;
      });
      files.set(`${folder}/${ids[i]}${suffix}.plan.yaml`, text);
    });
  }
  files.set('policy-plans.config.yaml', readSample('policy-plans.config.yaml').replace(/exclude:\n {2}- broken\n/, ''));
  files.set('regions.regions.yaml', readSample('regions.regions.yaml'));
  return files;
}
