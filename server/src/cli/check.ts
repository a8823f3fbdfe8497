/** `policy-plans check`: the same engine as the server, over files and folders. */
import * as path from 'node:path';
import { Engine } from '../core/engine';
import { standingHints } from '../core/features/standing';
import { describeStanding } from '../core/rules/targetProgress';
import { LineIndex } from '../core/text';
import type { Finding } from '../core/types';
import { nodeCustomSchemas } from '../node/schemas';
import { buildDataset, collectTargets, datasetFilesAround, loadFile, type LoadedFile } from '../node/workspace';

export interface FileResult {
  file: string;
  text: string;
  lines: LineIndex;
  findings: Finding[];
  /** With `progress`: the plan's id and each target's standing, as one line for people. */
  progress?: { plan: string; targets: Array<{ id: string; standing: string; line: string }> };
}

export interface CheckResult {
  files: FileResult[];
}

export interface CheckOptions {
  paths: string[];
  cwd: string;
  /** The reference date when neither the command line nor the config gives one. */
  today: string;
  /** A reference date that overrides the config's. */
  todayOverride?: string;
  engine?: Engine;
  /** Also compute each plan's target standings (`check --progress`). */
  progress?: boolean;
}

export function runCheck(options: CheckOptions): CheckResult {
  // custom schemas: the dataset config's associations and `# $schema` comments (the CLI trusts the files it is given)
  const engine = options.engine ?? new Engine({ extraChecks: [nodeCustomSchemas().check] });
  const targets = collectTargets(options.paths, options.cwd);
  const loaded = new Map<string, LoadedFile>();
  const load = (f: string): LoadedFile => {
    let l = loaded.get(f);
    if (!l) {
      l = loadFile(f);
      loaded.set(f, l);
    }
    return l;
  };
  // group the checked files by dataset: their config's folder, or else the folder the user named
  const groups = new Map<string, string[]>();
  for (const t of targets) {
    const key = load(t.file).config?.dir ?? t.root;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(t.file);
  }
  const files: FileResult[] = [];
  for (const [root, members] of groups) {
    const config = load(members[0]).config;
    const all = [...new Set([...datasetFilesAround(members[0], root), ...members])];
    const dataset = buildDataset(all.map(load), options.today, config);
    if (options.todayOverride) dataset.referenceDate = options.todayOverride;
    for (const f of members) {
      const l = load(f);
      const progress =
        options.progress && l.doc.kind === 'plan' && l.doc.plan.id
          ? { plan: l.doc.plan.id, targets: standingHints(l.doc, dataset).map((h) => ({ id: h.standing.id ?? '', standing: h.standing.standing, line: describeStanding(h.standing) })) }
          : undefined;
      files.push({ file: f, text: l.text, lines: new LineIndex(l.text), findings: engine.check(l.doc, dataset, f), ...(progress ? { progress } : {}) });
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { files };
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}
