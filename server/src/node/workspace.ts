/**
 * Reading a dataset from disk for the CLI (and the server's index): finds files, the dataset config,
 * and builds the dataset context that the pure core takes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DatasetContext, DatasetIndicator, DatasetRegion, PlanSummary } from '../core/dataset';
import { configOf, indicatorsOf, regionsOf, summarizePlan, type ConfigValues } from '../core/datasetBuild';
import { emptyConfig } from '../core/dataset';
import { kindOfFile, parseDocument, type ParsedDocument } from '../core/engine';
import { globToRegExp, hasGlobChars, matchGlob } from '../core/glob';

export const CONFIG_NAMES = ['policy-plans.config.yaml', 'policy-plans.config.yml'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export class UsageError extends Error {}

export interface LoadedConfig {
  file: string;
  dir: string;
  values: ConfigValues;
  doc: ParsedDocument;
}

const configCache = new Map<string, LoadedConfig | null>();

let configsEnabled = true;
/**
 * Whether dataset configs are read at all. The server turns this off in an untrusted workspace: then no
 * policy-plans.config.yaml is read, for checks, for which files are plans (plan-files, region-files) or for
 * what a folder walk skips (exclude).
 */
export function setConfigsEnabled(enabled: boolean): void {
  configsEnabled = enabled;
}

/** The dataset config that governs a folder: the nearest one walking up. */
export function findConfig(dir: string): LoadedConfig | null {
  if (!configsEnabled) return null;
  let d = path.resolve(dir);
  const visited: string[] = [];
  for (;;) {
    if (configCache.has(d)) {
      const c = configCache.get(d)!;
      for (const v of visited) configCache.set(v, c);
      return c;
    }
    visited.push(d);
    for (const name of CONFIG_NAMES) {
      const f = path.join(d, name);
      if (fs.existsSync(f)) {
        const text = fs.readFileSync(f, 'utf8');
        const doc = parseDocument(text, 'config');
        const c: LoadedConfig = { file: f, dir: d, values: configOf(doc), doc };
        for (const v of visited) configCache.set(v, c);
        return c;
      }
    }
    const up = path.dirname(d);
    if (up === d) {
      for (const v of visited) configCache.set(v, null);
      return null;
    }
    d = up;
  }
}

export function clearConfigCache(): void {
  configCache.clear();
  for (const [dir, c] of configOverrides) configCache.set(dir, c);
}

const configOverrides = new Map<string, LoadedConfig>();

/** An editor's unsaved text of a config file wins over the disk until it is closed (text null). */
export function overrideConfig(file: string, text: string | null): void {
  const dir = path.dirname(path.resolve(file));
  if (text === null) configOverrides.delete(dir);
  else {
    const doc = parseDocument(text, 'config');
    configOverrides.set(dir, { file: path.resolve(file), dir, values: configOf(doc), doc });
  }
  clearConfigCache();
}

function isDatasetFile(file: string, config: LoadedConfig | null): boolean {
  const kind = kindOfFile(file);
  if (kind === 'plan' || kind === 'regions' || kind === 'indicators') return true;
  if (!config) return false;
  const rel = path.relative(config.dir, file).split(path.sep).join('/');
  // files that a custom schema association names are checked too (against that schema)
  return [...config.values.planFiles, ...config.values.regionFiles, ...config.values.schemas.flatMap((s) => s.files)].some((g) => matchGlob(g, rel));
}

export function kindWithConfig(file: string, config: LoadedConfig | null): ReturnType<typeof kindOfFile> {
  const kind = kindOfFile(file);
  if (kind !== 'other' || !config) return kind;
  const rel = path.relative(config.dir, file).split(path.sep).join('/');
  if (config.values.planFiles.some((g) => matchGlob(g, rel))) return 'plan';
  if (config.values.regionFiles.some((g) => matchGlob(g, rel))) return 'regions';
  return 'other';
}

function relTo(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

function matchesExclude(pattern: string, rel: string): boolean {
  const p = pattern.replace(/\/+$/, '');
  return matchGlob(p, rel) || rel.startsWith(`${p}/`) || (hasGlobChars(p) && globToRegExp(`${p}/**`).test(rel));
}

/**
 * Whether the governing config excludes a path. Patterns that exclude the folder the user named
 * (`root`) or one of its parents are ignored: a path named on the command line is always checked.
 */
function excluded(file: string, config: LoadedConfig | null, root: string): boolean {
  if (!config || config.values.exclude.length === 0) return false;
  const rel = relTo(config.dir, file);
  if (rel.startsWith('..')) return false;
  const relRoot = relTo(config.dir, root);
  const namedByUser = (g: string) => !relRoot.startsWith('..') && relRoot !== '' && matchesExclude(g, relRoot);
  return config.values.exclude.some((g) => !namedByUser(g) && matchesExclude(g, rel));
}

/** Walks a folder; each folder follows the config that governs it (a nested dataset brings its own). */
/** The config file that governs its folder (of .yaml and .yml side by side, the one that is read). */
function isGoverningConfig(file: string, config: LoadedConfig | null): boolean {
  return kindOfFile(file) === 'config' && config !== null && config.file === file;
}

function walk(dir: string, out: string[], root: string = dir): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const config = findConfig(dir);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      if (excluded(full, config, root)) continue;
      walk(full, out, root);
    } else if (e.isFile() && (isDatasetFile(full, config) || isGoverningConfig(full, config)) && !excluded(full, config, root)) out.push(full);
  }
}

export interface Target {
  file: string;
  /** The folder the user named (or the file's own folder): the dataset when there is no config. */
  root: string;
}

/**
 * The files named by command-line paths: files as given, folders walked recursively (honouring the
 * config's `exclude`), globs matched from the current folder.
 */
export function collectTargets(paths: string[], cwd: string): Target[] {
  const out: Target[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    if (hasGlobChars(p) && !fs.existsSync(abs)) {
      const base = path.resolve(cwd, p.slice(0, p.search(/[*?{]/)).replace(/[^/\\]*$/, '') || '.');
      const re = globToRegExp(relTo(cwd, path.resolve(cwd, p)));
      const found: string[] = [];
      walk(base, found);
      const matched = found.filter((f) => re.test(relTo(cwd, f)));
      if (matched.length === 0) throw new UsageError(`no plan files match ${p}`);
      out.push(...matched.map((file) => ({ file, root: base })));
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(abs, found);
      if (!found.some((f) => kindOfFile(f) !== 'config' || isDatasetFile(f, findConfig(path.dirname(f))))) throw new UsageError(`no plan or region files (*.plan.yaml, *.regions.yaml) in ${p}`);
      out.push(...found.map((file) => ({ file, root: abs })));
    } else out.push({ file: abs, root: path.dirname(abs) });
  }
  const seen = new Set<string>();
  return out.filter((t) => !seen.has(t.file) && seen.add(t.file));
}

export function collectFiles(paths: string[], cwd: string): string[] {
  return collectTargets(paths, cwd).map((t) => t.file);
}

export interface LoadedFile {
  file: string;
  text: string;
  doc: ParsedDocument;
  config: LoadedConfig | null;
}

export function loadFile(file: string): LoadedFile {
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const config = findConfig(path.dirname(file));
  return { file, text, doc: parseDocument(text, kindWithConfig(file, config)), config };
}

/** Reads a file as UTF-8; a byte-order mark is dropped. */
export function readText(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Builds the dataset context from loaded files (the checked files plus the rest of their datasets). */
export function buildDataset(files: LoadedFile[], referenceDate: string, config: LoadedConfig | null): DatasetContext {
  const regions = new Map<string, DatasetRegion>();
  const plans = new Map<string, PlanSummary[]>();
  const indicators = new Map<string, DatasetIndicator>();
  for (const f of files) {
    if (f.doc.kind === 'indicators') for (const i of indicatorsOf(f.doc, f.file)) if (!indicators.has(i.id)) indicators.set(i.id, i);
    if (f.doc.kind === 'regions') for (const r of regionsOf(f.doc, f.file)) if (!regions.has(r.id)) regions.set(r.id, r);
    if (f.doc.kind === 'plan') {
      const s = summarizePlan(f.doc, f.file);
      if (s) {
        if (!plans.has(s.id)) plans.set(s.id, []);
        plans.get(s.id)!.push(s);
      }
    }
  }
  return { referenceDate: config?.values.referenceDate ?? referenceDate, regions, plans, indicators, config: config?.values.config ?? emptyConfig() };
}

/** Every plan and region file under a folder, honouring the governing configs' excludes. */
export function listDatasetFiles(root: string): string[] {
  const out: string[] = [];
  walk(path.resolve(root), out);
  return out.filter((f) => kindOfFile(f) !== 'config');
}

/** Every dataset file under a config's folder (or a folder), for cross-file context. */
export function datasetFilesAround(file: string, root: string = path.dirname(file)): string[] {
  const config = findConfig(path.dirname(file));
  const datasetRoot = config ? config.dir : path.resolve(root);
  // a nested dataset (a folder with its own config) is not part of this one
  return listDatasetFiles(datasetRoot).filter((f) => (findConfig(path.dirname(f))?.dir ?? datasetRoot) === datasetRoot);
}
