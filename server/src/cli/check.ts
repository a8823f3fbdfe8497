/** `policy-plans check`: the same engine as the server, over files and folders. */
import * as path from 'node:path';
import type { DatasetContext } from '../core/dataset';
import { Engine, type ParsedDocument } from '../core/engine';
import { LineIndex } from '../core/text';
import type { Finding } from '../core/types';
import { nodeCustomSchemas } from '../node/schemas';
import { buildDataset, collectTargets, datasetFilesAround, loadFile, type LoadedFile } from '../node/workspace';

export interface FileResult {
  file: string;
  text: string;
  lines: LineIndex;
  findings: Finding[];
  /** The parsed document and the dataset it was checked in (the report's overview reads them). */
  doc: ParsedDocument;
  dataset: DatasetContext;
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
  /** Called after each file is checked (the report's progress line). */
  onProgress?: (done: number, total: number) => void;
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
      files.push({ file: f, text: l.text, lines: new LineIndex(l.text), findings: engine.check(l.doc, dataset, f), doc: l.doc, dataset });
      options.onProgress?.(files.length, targets.length);
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { files };
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}
