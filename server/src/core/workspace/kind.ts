/** What kind a file is: the one place that decides it (by its name, then by the dataset config and the settings). */
import { matchGlob } from '../glob';
import type { DocumentKind } from '../model';
import { baseName, relativeTo } from './paths';

const CONFIG_NAME = /^policy-plans\.config\.ya?ml$/i;

/** Whether a file name is the dataset config's (case does not matter, as for every kind). */
export function isConfigName(file: string): boolean {
  return CONFIG_NAME.test(baseName(file));
}

/** The kind a file's name gives it: `*.plan.yaml`, `*.regions.yaml`, the config; 'other' for any other name. */
export function kindOfName(file: string): DocumentKind {
  const name = baseName(file);
  if (/\.plan\.ya?ml$/i.test(name)) return 'plan';
  if (/\.regions\.ya?ml$/i.test(name)) return 'regions';
  if (/\.indicators\.ya?ml$/i.test(name)) return 'indicators';
  if (CONFIG_NAME.test(name)) return 'config';
  return 'other';
}

/** The globs that make other files plans or registries. */
export interface KindGlobs {
  /** The governing config's folder and its `plan-files` and `region-files` (relative to that folder). */
  config?: { dir: string; planFiles: string[]; regionFiles: string[] } | null;
  /** The editor's `policyPlans.files` (relative to the workspace folder `root`). */
  settings?: { root: string | null; planFiles: string[] };
}

/** The kind of a file: its name first, then the config's globs, then the editor's. */
export function kindOf(file: string, globs: KindGlobs = {}): DocumentKind {
  const byName = kindOfName(file);
  if (byName !== 'other') return byName;
  const c = globs.config;
  const rel = c ? relativeTo(c.dir, file) : null;
  if (c && rel !== null) {
    if (c.planFiles.some((g) => matchGlob(g, rel))) return 'plan';
    if (c.regionFiles.some((g) => matchGlob(g, rel))) return 'regions';
  }
  const s = globs.settings;
  if (s && s.planFiles.length) {
    const relRoot = s.root ? relativeTo(s.root, file) : null;
    if (s.planFiles.some((g) => matchGlob(g, relRoot ?? file))) return 'plan';
  }
  return 'other';
}
