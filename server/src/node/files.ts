/**
 * The one place that touches the disk for dataset files: finding them (folder walks that honour each
 * governing config's `exclude`), finding configs, and reading. Every path goes through `readDatasetFile`:
 * regular files only (no FIFO, device or symlink), under a size cap, and inside the allowed folders.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  globProblem,
  globToRegExp,
  hasGlobChars,
  isConfigName,
  kindOfName,
  matchGlob,
  readConfig,
  type ConfigValues,
} from '../core';
import { localeOf, type Locale, type MessageKey, type Params } from '../core';

/** Largest dataset file that is read (the editor analyses up to 2 MB; the CLI checks larger files too). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
const CONFIG_NAMES = ['policy-plans.config.yaml', 'policy-plans.config.yml'];

/** A catalogue message with its parameters, said in the language of whoever shows it. */
export interface Message {
  key: MessageKey;
  params: Params;
}

/** A problem with what the user asked for; `message` is the English, the CLI says `key` in its language. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(localeOf('en').t(key, params));
  }

  in(locale: Locale): string {
    return locale.t(this.key, this.params);
  }
}

/**
 * A file's text (without a byte-order mark; `bom` says whether it had one), or why it was not read: `reason` in
 * English (for logs), `why` the same as a catalogue message (null for a bare system error code such as EIO).
 */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; reason: string; why: Message | null };

function refused(key: MessageKey, params: Params = {}): { ok: false; reason: string; why: Message } {
  return { ok: false, reason: localeOf('en').t(key, params), why: { key, params } };
}

/** Why a file was not read, in the locale's language. */
export function reasonIn(r: { reason: string; why: Message | null }, locale: Locale): string {
  return r.why ? locale.t(r.why.key, r.why.params) : r.reason;
}

export interface ReadOptions {
  /** Folders a file must be inside (resolved, symlinks not followed); empty: anywhere. */
  inside?: string[];
  maxBytes?: number;
}

function isInsideDir(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads a dataset file as UTF-8 (a byte-order mark dropped). Refuses, with a reason and without blocking,
 * anything that is not a regular file (a FIFO, a device, a folder, a symlink), a file over the size cap and
 * a file outside the allowed folders.
 */
export function readDatasetFile(file: string, options: ReadOptions = {}): ReadResult {
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  const abs = path.resolve(file);
  if (options.inside?.length && !options.inside.some((d) => isInsideDir(d, abs))) return refused('cli.reason.outside');
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer; O_NOFOLLOW: a symlink is refused, not followed
    fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refused('cli.reason.no-such-file');
    if (code === 'ELOOP') return refused('cli.reason.link');
    if (code === 'EACCES') return refused('cli.reason.permission');
    if (code === 'EISDIR') return refused('cli.reason.folder');
    return { ok: false, reason: code ?? String(e), why: null };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return refused('cli.reason.folder');
    if (!st.isFile()) return refused('cli.reason.not-regular');
    if (st.size > max) return refused('cli.reason.too-large', { mb: String(Math.round(max / 1024 / 1024)) });
    // not zero-filled: only the bytes read are used
    const buf = Buffer.allocUnsafe(st.size);
    let read = 0;
    while (read < st.size) {
      const n = fs.readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const text = buf.subarray(0, read).toString('utf8');
    const bom = text.charCodeAt(0) === 0xfeff;
    return { ok: true, text: bom ? text.slice(1) : text, bom };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EISDIR' ? refused('cli.reason.folder') : { ok: false, reason: code ?? String(e), why: null };
  } finally {
    fs.closeSync(fd);
  }
}

/** A config found on disk, with its values (for `exclude`) or why it could not be read. */
export interface DiskConfig {
  file: string;
  dir: string;
  text: string | null;
  values: ConfigValues | null;
  /** Why the config could not be read (then it is a dataset with every default, and the driver reports it). */
  problem?: string;
  /** The same as a message: `cannot read <name>: <why>` (the name is the file's base name). */
  unreadable?: { reason: string; why: Message | null };
}

export interface FileSourceOptions {
  /** Untrusted: no config is read anywhere. */
  trusted: boolean;
  /** Configs above a named folder are looked for up to here (a workspace folder, or a repository root). */
  boundary?: (dir: string) => boolean;
  /** Only files inside these folders are read (the workspace folders); empty: anywhere. */
  inside?: string[];
}

export interface WalkResult {
  /** Plan, registry and governing config files, in path order. */
  files: string[];
  /** Symbolic links to plan files that were skipped, said once by the driver. */
  skippedLinks: string[];
  /** Config `exclude` entries that are not valid globs, with the config file. */
  badGlobs: Array<{ config: string; glob: string; reason: string }>;
}

/**
 * Finding and reading dataset files. Holds the configs it has read (per folder) for the life of one
 * driver run; `forget` drops them when a config changes.
 */
export class FileSource {
  private readonly configs = new Map<string, DiskConfig | null>();
  /** Whether a folder is a boundary, as asked once (a repository root is looked for on disk). */
  private readonly boundaries = new Map<string, boolean>();
  /** Absolute folder → the config that governs it, as found once (a check asks it for every file it reads). */
  private readonly governing = new Map<string, DiskConfig | null>();

  constructor(private readonly options: FileSourceOptions) {}

  read(file: string): ReadResult {
    return readDatasetFile(file, { inside: this.options.inside });
  }

  /** Drops what is known of the configs in these folders (a config there changed), or of every folder. */
  forget(dirs?: string[]): void {
    // which config governs which folder is found again for every folder: a config here may govern those below
    this.governing.clear();
    if (!dirs) {
      this.configs.clear();
      this.boundaries.clear();
    } else
      for (const d of dirs) {
        this.configs.delete(d);
        this.boundaries.delete(d);
      }
  }

  /** The configs found so far that could not be read (a FIFO, a folder, no permission), for the driver to report. */
  problems(): DiskConfig[] {
    return [...this.configs.values()].filter((c): c is DiskConfig => !!c?.problem);
  }

  /** The config in exactly this folder (the .yaml before the .yml), or null. */
  configIn(dir: string): DiskConfig | null {
    if (!this.options.trusted) return null;
    const known = this.configs.get(dir);
    if (known !== undefined) return known;
    let found: DiskConfig | null = null;
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      let st: fs.Stats;
      try {
        st = fs.lstatSync(file);
      } catch {
        continue;
      }
      if (st.isSymbolicLink()) continue;
      // anyone may put a file in a world-writable folder (/tmp): a config there that someone else owns is not used
      if (plantedByOthers(dir, st)) continue;
      const r = this.read(file);
      if (r.ok) found = { file, dir, text: r.text, values: safeConfig(r.text) };
      else
        found = {
          file,
          dir,
          text: null,
          values: null,
          problem: `cannot read ${name}: ${r.reason}`,
          unreadable: { reason: r.reason, why: r.why },
        };
      break;
    }
    this.configs.set(dir, found);
    return found;
  }

  /** The config that governs a folder: the nearest one walking up, stopping at the boundary. */
  configFor(dir: string): DiskConfig | null {
    if (!this.options.trusted) return null;
    const known = this.governing.get(dir);
    if (known !== undefined) return known;
    const found = this.findConfig(dir);
    if (path.isAbsolute(dir)) this.governing.set(dir, found);
    return found;
  }

  /** The nearest config walking up from a folder, stopping at the boundary. */
  private findConfig(dir: string): DiskConfig | null {
    let d = path.resolve(dir);
    for (;;) {
      const c = this.configIn(d);
      if (c) return c;
      if (this.isBoundary(d)) return null;
      const up = path.dirname(d);
      if (up === d) return null;
      d = up;
    }
  }

  private isBoundary(dir: string): boolean {
    const test = this.options.boundary;
    if (!test) return false;
    let known = this.boundaries.get(dir);
    if (known === undefined) this.boundaries.set(dir, (known = test(dir)));
    return known;
  }

  /** Walks a folder; each folder follows the config that governs it (a nested dataset brings its own). */
  walk(dir: string, root: string = dir): WalkResult {
    const out: WalkResult = { files: [], skippedLinks: [], badGlobs: [] };
    for (const _ of this.walkSteps(dir, out, root)) continue;
    return out;
  }

  /**
   * The walk in steps, filling `out`: it pauses after each folder it reads and every 256 entries of a folder, so
   * that the language server can answer requests in between (walking 10,000 plans takes ~50–80 ms).
   */
  walkSteps(dir: string, out: WalkResult, root: string = dir): Generator<void, void, undefined> {
    return this.walkInto(path.resolve(dir), path.resolve(root), out);
  }

  private *walkInto(dir: string, root: string, out: WalkResult): Generator<void, void, undefined> {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const config = this.configFor(dir);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    yield;
    let n = 0;
    for (const e of entries) {
      if (++n % 256 === 0) yield;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
        if (this.excluded(full, config, root, out)) continue;
        yield* this.walkInto(full, root, out);
      } else if (e.isSymbolicLink()) {
        if (kindOfName(full) !== 'other') out.skippedLinks.push(full);
      } else if (e.isFile() && this.isDatasetFile(full, config) && !this.excluded(full, config, root, out))
        out.files.push(full);
    }
  }

  private isDatasetFile(file: string, config: DiskConfig | null): boolean {
    const kind = kindOfName(file);
    if (kind === 'plan' || kind === 'regions' || kind === 'indicators') return true;
    if (kind === 'config') return config !== null && config.file === file;
    if (!config?.values) return false;
    const rel = relTo(config.dir, file);
    // files that the config names as plans, registries or custom-schema documents
    const v = config.values;
    return [...v.planFiles, ...v.regionFiles, ...v.schemas.flatMap((s) => s.files)].some((g) => safeMatch(g, rel));
  }

  /** Whether the governing config excludes a path; patterns that exclude the folder the user named are ignored. */
  private excluded(file: string, config: DiskConfig | null, root: string, out: WalkResult): boolean {
    const exclude = config?.values?.exclude ?? [];
    if (!config || exclude.length === 0) return false;
    const rel = relTo(config.dir, file);
    if (rel.startsWith('..')) return false;
    const relRoot = relTo(config.dir, root);
    for (const g of exclude) {
      const problem = globProblem(g);
      if (problem) {
        if (!out.badGlobs.some((b) => b.config === config.file && b.glob === g))
          out.badGlobs.push({ config: config.file, glob: g, reason: problem });
        continue;
      }
      const namedByUser = !relRoot.startsWith('..') && relRoot !== '' && matchesExclude(g, relRoot);
      if (!namedByUser && matchesExclude(g, rel)) return true;
    }
    return false;
  }

  /**
   * The files named by command-line paths: files as given, folders walked, globs matched from `cwd`.
   * Each with the folder the user named (the dataset when no config governs it), and each folder's walk (by its
   * absolute path: a driver that needs the whole folder again need not read it twice).
   */
  collect(
    paths: string[],
    cwd: string,
  ): { targets: Array<{ file: string; root: string }>; walk: WalkResult; walked: Map<string, WalkResult> } {
    const targets: Array<{ file: string; root: string }> = [];
    const all: WalkResult = { files: [], skippedLinks: [], badGlobs: [] };
    const walked = new Map<string, WalkResult>();
    const merge = (dir: string, w: WalkResult) => {
      walked.set(dir, w);
      all.skippedLinks.push(...w.skippedLinks);
      all.badGlobs.push(...w.badGlobs);
    };
    for (const p of paths.length ? paths : ['.']) {
      const abs = path.resolve(cwd, p);
      if (hasGlobChars(p) && !fs.existsSync(abs)) {
        const problem = globProblem(p);
        if (problem) throw new UsageError('cli.bad-glob', { pattern: p, problem });
        const base = path.resolve(cwd, p.slice(0, p.search(/[*?{]/)).replace(/[^/\\]*$/, '') || '.');
        const re = globToRegExp(relTo(cwd, abs));
        const w = this.walk(base);
        merge(base, w);
        const matched = w.files.filter((f) => re.test(relTo(cwd, f)));
        if (matched.length === 0) throw new UsageError('cli.no-match', { pattern: p });
        targets.push(...matched.map((file) => ({ file, root: base })));
        continue;
      }
      let st: fs.Stats;
      try {
        st = fs.statSync(abs);
      } catch {
        throw new UsageError('cli.no-such-path', { path: p });
      }
      if (st.isDirectory()) {
        const w = this.walk(abs);
        merge(abs, w);
        if (!w.files.some((f) => !isConfigName(f) || this.isDatasetFile(f, this.configFor(path.dirname(f)))))
          throw new UsageError('cli.no-dataset-files', { path: p });
        targets.push(...w.files.map((file) => ({ file, root: abs })));
      } else targets.push({ file: abs, root: path.dirname(abs) });
    }
    const seen = new Set<string>();
    return { targets: targets.filter((t) => !seen.has(t.file) && seen.add(t.file)), walk: all, walked };
  }
}

export { globProblem };

function relTo(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

function safeConfig(text: string): ConfigValues | null {
  try {
    return readConfig(text);
  } catch {
    return null;
  }
}

function safeMatch(glob: string, rel: string): boolean {
  return globProblem(glob) === null && matchGlob(glob, rel);
}

function matchesExclude(pattern: string, rel: string): boolean {
  const p = pattern.replace(/\/+$/, '');
  return matchGlob(p, rel) || rel.startsWith(`${p}/`) || (hasGlobChars(p) && globToRegExp(`${p}/**`).test(rel));
}

/** Whether a file in a folder anyone may write to (without being its owner) belongs to someone else. */
function plantedByOthers(dir: string, st: fs.Stats): boolean {
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  if (uid === null || st.uid === uid) return false;
  try {
    return (fs.statSync(dir).mode & 0o002) !== 0;
  } catch {
    return true;
  }
}

/** A repository root (a folder holding .git) ends the search for configs above a named folder. */
export function isRepositoryRoot(dir: string): boolean {
  return fs.existsSync(path.join(dir, '.git'));
}
