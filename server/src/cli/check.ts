/** `policy-plans check`: the same workspace model as the server, over files and folders. */
import * as path from 'node:path';
import { createWorkspace, isConfigName, LineIndex, type Finding, type PolicyWorkspace } from '../core';
import { localeOf, type Language } from '../core';
import { FileSource, isRepositoryRoot, reasonIn, UsageError } from '../node/files';
import { nodeCustomSchemas } from '../node/schemas';

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
  /** Things said once for the whole run (symlinks skipped, bad globs, unreadable configs). */
  notes: string[];
}

export interface CheckOptions {
  paths: string[];
  cwd: string;
  /** The reference date when neither the command line nor the config gives one. */
  today: string;
  /** A reference date that overrides the config's. */
  todayOverride?: string;
  /** Also compute each plan's target standings (`check --progress`). */
  progress?: boolean;
  /** The language of messages and notes (English by default). */
  language?: Language;
}

/** Characters of text given to the workspace in one update. */
const BATCH = 1_000_000;

export interface LoadedDataset {
  workspace: PolicyWorkspace;
  /** The files the user named (after walking folders and matching globs), in path order. */
  targets: string[];
  notes: string[];
  /** Where the files were read: a text the workspace dropped (`closedTexts`) is read again from it. */
  source: FileSource;
}

export interface LoadOptions extends CheckOptions {
  /** The workspace's `closedTexts`: 'with-tree' for a command that asks about each file once, in order. */
  closedTexts?: 'keep' | 'with-tree';
}

/**
 * Loads the named paths into one workspace: the named files, the rest of their datasets (a config's
 * folder, else the folder the user named) for cross-file rules, and the configs that govern them.
 */
export function loadDataset(options: LoadOptions): LoadedDataset {
  const source = new FileSource({ trusted: true, boundary: isRepositoryRoot });
  const { targets, walk, walked: walks } = source.collect(options.paths, options.cwd);
  const language = options.language ?? 'en';
  const locale = localeOf(language);
  const notes: string[] = [];
  for (const l of walk.skippedLinks)
    notes.push(locale.t('cli.note.skipped-link', { file: displayPath(l, options.cwd) }));
  for (const b of walk.badGlobs)
    notes.push(
      locale.t('cli.note.bad-exclude', { config: displayPath(b.config, options.cwd), glob: b.glob, reason: b.reason }),
    );
  const roots = new Set<string>();
  const walked = new Set<string>();
  const files = new Set<string>();
  for (const t of targets) {
    const config = source.configFor(path.dirname(t.file));
    if (config?.unreadable)
      notes.push(
        locale.t('cli.note.config-unreadable', {
          config: displayPath(config.file, options.cwd),
          name: path.basename(config.file),
          reason: reasonIn(config.unreadable, locale),
        }),
      );
    const root = config ? config.dir : t.root;
    roots.add(t.root);
    // a config that cannot be read was said once above; it is not read again as a dataset file
    if (!(config?.problem && config.file === t.file)) files.add(t.file);
    if (config?.text != null) files.add(config.file);
    if (!walked.has(root)) {
      walked.add(root);
      // the rest of the dataset, for cross-file rules; a nested dataset with its own config is not part of it
      for (const f of (walks.get(root) ?? source.walk(root)).files) {
        const governing = source.configFor(path.dirname(f));
        if ((governing?.dir ?? root) === root && !(governing?.problem && governing.file === f)) files.add(f);
      }
    }
  }
  const workspace = createWorkspace({
    today: options.today,
    trusted: true,
    roots: [...roots],
    settings: { referenceDate: options.todayOverride ?? '', language },
    customSchemas: nodeCustomSchemas().provider,
    // nothing the CLI prints carries a quick fix
    fixes: 'none',
    ...(options.closedTexts === 'with-tree'
      ? {
          // `check` asks about each file once, in order: it keeps no tree past a file's summary and parses each
          // file again when it checks it (keeping the trees cost more in collections than parsing again: the
          // realistic dataset's 2,402 files 2.66 → 2.43 s, 10,000 generated plans 9.3 → 8.0 s), and keeps the texts
          // up to 80 million characters so that a file is read twice only past them (the realistic dataset has 12
          // million, 10,000 generated plans 29 million; 50,000 of them: 147 million, which peaked at 875 MB held
          // whole, 710 MB with 80 million, 45.4 → 42.8 s against 40 million)
          treeBudget: 0,
          textBudget: 80_000_000,
          closedTexts: 'with-tree',
        }
      : {
          // 260,000 lines: what 6 million characters of the generated plans are (10,000 of them peak at ~430 MB),
          // and all of the realistic dataset's 238,000
          treeBudget: 260_000,
          closedTexts: 'keep',
        }),
  });
  const named = new Set(targets.map((t) => t.file));
  let set: Array<{ file: string; text: string }> = [];
  let chars = 0;
  const flush = () => {
    workspace.update({ set });
    set = [];
    chars = 0;
  };
  // the configs first: a file's kind can depend on one, and a file whose text was dropped is not classified again
  const sorted = [...files].sort();
  for (const file of [...sorted.filter(isConfigName), ...sorted.filter((f) => !isConfigName(f))]) {
    const r = source.read(file);
    if (!r.ok) {
      if (named.has(file))
        throw new UsageError('cli.cannot-read', { file: displayPath(file, options.cwd), reason: reasonIn(r, locale) });
      notes.push(locale.t('cli.note.not-read', { file: displayPath(file, options.cwd), reason: reasonIn(r, locale) }));
      continue;
    }
    set.push({ file, text: r.text });
    chars += r.text.length;
    if (chars >= BATCH) flush();
  }
  flush();
  return { workspace, targets: targets.map((t) => t.file).sort(), notes: [...new Set(notes)], source };
}

/** A check under way: its notes and the files it checks are known before the first file is checked. */
export interface CheckRun {
  /** The files that will be checked, in path order. */
  files: string[];
  notes: string[];
  /**
   * Checks the files in order and gives each to `visit` as soon as it is checked; its text and tree are
   * dropped after, so that a large dataset is held as summaries and nothing of a file outlives its turn.
   */
  each(visit: (result: FileResult) => void): void;
}

export function startCheck(options: CheckOptions): CheckRun {
  const { workspace, targets, notes, source } = loadDataset({ ...options, closedTexts: 'with-tree' });
  const files = targets.filter((f) => workspace.has(f));
  const each = (visit: (result: FileResult) => void) => {
    for (const file of files) {
      let text = workspace.textOf(file);
      if (text === null) {
        // dropped after its summary was read: read again (a file changed since is read as it is now)
        const r = source.read(file);
        if (!r.ok)
          throw new UsageError('cli.cannot-read', {
            file: displayPath(file, options.cwd),
            reason: reasonIn(r, localeOf(options.language ?? 'en')),
          });
        text = r.text;
        workspace.update({ set: [{ file, text }] });
      }
      const findings = workspace.check(file);
      const plan = workspace.factsOf(file)?.plan;
      const progress = options.progress && plan ? { plan: plan.id, targets: workspace.standings(file) } : undefined;
      workspace.release(file);
      // the line index only when a report asks (a file without findings is not asked)
      let lines: LineIndex | undefined;
      visit({
        file,
        text,
        get lines() {
          return (lines ??= new LineIndex(text));
        },
        findings,
        ...(progress ? { progress } : {}),
      });
    }
  };
  return { files, notes, each };
}

/** Every file's findings at once (the tests; the command prints each file as it is checked instead). */
export function runCheck(options: CheckOptions): CheckResult {
  const run = startCheck(options);
  const files: FileResult[] = [];
  run.each((f) => files.push(f));
  return { files, notes: run.notes };
}

/** An empty, `.` or `..` segment, or a trailing slash: what `path.relative` would normalise away. */
const UNNORMAL = /\/\/|\/\.\.?(?:\/|$)|\/$/;

/** A file as the user is shown it: relative to `cwd` when inside it, else whole; `/` between folders. */
export function displayPath(file: string, cwd: string): string {
  // normalised POSIX paths (every file the CLI walks): a file under `cwd` is the rest of it, and one elsewhere
  // (whose relative path would climb: `..`) is itself, as path.relative gives them after resolving both (~7 µs
  // a file; a report names thousands)
  if (path.sep === '/' && cwd.startsWith('/') && file.startsWith('/') && !UNNORMAL.test(file) && !UNNORMAL.test(cwd)) {
    const at = cwd === '/' ? 1 : cwd.length + 1;
    const inside = file.startsWith(cwd) && (cwd === '/' || file.charCodeAt(cwd.length) === 47);
    if (inside && file.length > at) {
      const rel = file.slice(at);
      return rel.startsWith('..') ? file : rel;
    }
    if (!inside && file !== cwd) return file;
  }
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}
