/**
 * The workspace model: every file the drivers give it (text in, nothing read from disk), what kind each is,
 * which dataset it belongs to, the dataset's config and context, and where each plan and region id is
 * defined and used. The CLI, the language server and the tests all ask this one model.
 *
 * Versioned: `generation` changes whenever something another file can see changes (a plan id, a relation,
 * a region, a config), and every cached answer is keyed by it.
 */
import {
  incomingRelations,
  revisionsOf,
  targetIndex,
  emptyConfig,
  type DatasetContext,
  type PlanSummary,
} from '../dataset';
import {
  Engine,
  parseDocument,
  charsOf,
  type FixesMode,
  type ItemEdit,
  type ParsedDocument,
  type RuleFindings,
} from '../engine';
import { createLocale, type Language, type Locale } from '../i18n';
import { IsoNameIndex } from '../domain/regions';
import { NearIndex } from '../nearIndex';
import { updateDocument, type FoldedEdit } from '../incremental';
import type { DocumentKind } from '../model';
import type { Validators } from '../schema/validate';
import type { Finding, Range, SeveritySetting } from '../types';
import { changedDefinitions, factsOf, namesOf, NO_FACTS, sameFacts, type FileFacts } from './facts';
import { addsNothing, DatasetMaps, replaceIn } from './datasetMaps';
import { isConfigName, kindOf, kindOfName } from './kind';
import { ancestors, dirOf, isInside } from './paths';
import type { QuickChars } from '../yaml/scan';
import { StringPool, textHash } from '../strings';

export interface WorkspaceSettings {
  /** Rule id → severity or off; wins over the dataset config's `rules`. */
  rules: Record<string, SeveritySetting>;
  /** The reference date (YYYY-MM-DD) that wins over the config's; '' for none. */
  referenceDate: string;
  /** Extra globs of plan files, relative to the workspace folder (the editor's `policyPlans.files`). */
  files: string[];
  /** The language of messages, hovers and completions. */
  language: Language;
}

/** Custom schemas: the I/O of reading schema files is the driver's, injected here. */
export interface CustomSchemaProvider {
  /** The findings of the custom schemas that apply to a document. */
  check(doc: ParsedDocument, dataset: DatasetContext, file: string): Finding[];
  /** Whether any custom schema applies to a file that is not a plan, registry or config. */
  applies(file: string, text: string, dataset: DatasetContext): boolean;
}

export interface WorkspaceOptions {
  /** Today's date (YYYY-MM-DD): the reference date when neither the settings nor the config gives one. */
  today: string;
  /** Untrusted: no dataset config is used (rules, plan-files, reference date, custom schemas). */
  trusted: boolean;
  settings?: Partial<WorkspaceSettings>;
  /**
   * The folders that are datasets of their own when no config governs them: the editor's workspace folders,
   * or the folders named on the command line.
   */
  roots?: string[];
  /** 'unknown' when the plans given are not the whole dataset (one loose file): then no rule says a plan id is unknown. */
  otherPlans?: 'known' | 'unknown';
  customSchemas?: CustomSchemaProvider;
  /**
   * Lines of parsed text whose trees are kept for files that are not open (default 700,000). Lines, not
   * characters: a tree's size follows its nodes, about one a line, and a long line (a quote) is one node — the
   * realistic plans' trees took ~5 bytes a character, the generated plans' ~33.
   */
  treeBudget?: number;
  /** The built-in schemas' compiled validators, shared between workspaces (tests make hundreds); default: its own. */
  validators?: Validators;
  /**
   * The texts of files that are not open: 'keep' (the default), or 'with-tree': kept only while the file's
   * tree is (within `treeBudget`, until `release`), and its cached findings go with them. A driver that
   * reads a large dataset once (the CLI) holds summaries only; it gives a file's text again with `update`
   * before asking about the file, and gives the dataset configs before the files they govern (a file whose
   * text was dropped cannot be classified again).
   */
  closedTexts?: 'keep' | 'with-tree';
  /**
   * With `closedTexts: 'with-tree'`: characters of text kept for files whose trees went, up to which a closed file's
   * text stays (default 0). The CLI keeps no trees past a file's summary and re-parses each file when it checks it
   * (keeping trees cost more in collections than parsing again: 10,000 generated plans 10.1 → 8.7 s), but reads no
   * file twice while the texts fit.
   */
  textBudget?: number;
  /** 'none': findings without their quick fixes (the CLI, which prints none, and so does not make them). */
  fixes?: FixesMode;
}

export interface FileChange {
  file: string;
  text: string;
  /** The editor's version; a counter otherwise. */
  version?: number;
  /** An open document: its tree is always kept, and `edit` allows an incremental re-parse. */
  open?: boolean;
  /** The edits since the previous text of this file, when known. */
  edit?: FoldedEdit | null;
}

export interface UpdateResult {
  /** Plan and region ids whose definition changed. */
  changedNames: Set<string>;
  /** Files (other than the changed ones) whose findings may have changed: they use a changed id, or share a changed config. */
  dependents: string[];
}

interface Entry {
  file: string;
  /** Null once dropped with the tree (`closedTexts: 'with-tree'`). */
  text: string | null;
  /**
   * The hash of the dropped text, to know it when the driver gives it again (NOT_KNOWN: dropped without it); null
   * while the text is held.
   */
  dropped: number | null;
  version: number;
  open: boolean;
  kind: DocumentKind;
  doc: ParsedDocument | null;
  /** What the last parse of the text learnt of its characters: a tree parsed again skips the quick path's test. */
  chars: QuickChars;
  facts: FileFacts;
  findings: { generation: number; list: Finding[] } | null;
  /** An open plan's rule findings at its last check, for the next version's item-local rules. */
  ruleFindings: CheckedRules | null;
  /** Characters of this closed file's text counted in the text budget (kept after its tree went); 0 otherwise. */
  heldChars: number;
  /** The previous version's rule findings and the one item edited since, when the re-parse was incremental. */
  carried: { rules: CheckedRules; edited: ItemEdit } | null;
}

interface CheckedRules {
  version: number;
  generation: number;
  context: DatasetContext;
  found: RuleFindings;
}

export interface Occurrence {
  file: string;
  range: Range;
}

export interface DatasetInfo {
  /** The dataset's folder: its config's folder, else the workspace folder, else the file's own folder. */
  root: string;
  context: DatasetContext;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = { rules: {}, referenceDate: '', files: [], language: 'en' };

/** Datasets are read in path order: where two files define one region id, the first file in that order wins (the rest are id/duplicate). */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private readonly engine: Engine;
  private settings: WorkspaceSettings;
  private readonly roots: string[];
  private readonly contexts = new Map<string, { generation: number; info: DatasetInfo }>();
  private keptLines = 0;
  /** The workspace's own locale of each language, which takes each message's template apart once. */
  private readonly locales = new Map<Language, Locale>();
  private keptChars = 0;
  /** Plan or region id → the files that define or read it (kept with the entries). */
  private readonly users = new Map<string, Set<string>>();
  /** Folder → the config file read there; rebuilt when a config is added or removed. */
  private configDirs: Map<string, string> | null = null;
  /** Folder → the config file that governs the files in it (null: none): found once per folder, emptied with it. */
  private readonly configOfDir = new Map<string, string | null>();
  /** File → its dataset root (see datasetRootOf), and dataset root → its plans and registries in path order: kept
   * in step by `update`, made again when a config is added or removed (while a workspace is indexed, every hover
   * asked each file's root again and sorted every file). */
  private readonly rootCache = new Map<string, string>();
  private membersByRoot: Map<string, string[]> | null = null;
  /** Dataset root → its regions, indicators and plans by id (datasetMaps.ts); emptied with `membersByRoot`. */
  private readonly mapsByRoot = new Map<string, DatasetMaps>();
  private versionCounter = 0;
  /** The short strings of the files' facts, one copy each (a region code in 10,000 plans is one string). */
  private readonly strings = new StringPool();
  /** Changes when anything another file can see changes. */
  generation = 0;
  /** ISO 3166 codes by name, for region suggestions: indexed once, shared by every dataset context. */
  private readonly isoNames = new IsoNameIndex();
  /** How many checks kept item-local rule findings from the previous version (for tests and the bench). */
  itemChecks = 0;
  /** The latest changes of `generation`, each with the one file that caused it (null: several, or the settings). */
  private readonly bumps: Array<{ generation: number; only: string | null }> = [];

  constructor(private readonly options: WorkspaceOptions) {
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.roots = [...(options.roots ?? [])].sort((a, b) => b.length - a.length);
    const custom = options.customSchemas;
    this.engine = new Engine({
      validators: options.validators,
      extraChecks: custom ? [(doc, dataset, file) => (file ? custom.check(doc, dataset, file) : [])] : [],
      fixes: options.fixes,
    });
  }

  get trusted(): boolean {
    return this.options.trusted;
  }

  /** New settings: every cached finding is computed again. */
  setSettings(settings: Partial<WorkspaceSettings>): void {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.reclassify();
    this.bump(null);
  }

  private bump(only: string | null): void {
    this.generation++;
    this.bumps.push({ generation: this.generation, only });
    if (this.bumps.length > 256) this.bumps.splice(0, this.bumps.length - 128);
  }

  /** Whether every change of `generation` since `since` came from `file` alone (what other files show is as it was). */
  private onlyOwnChangesSince(since: number, file: string): boolean {
    if (this.generation === since) return true;
    const first = this.bumps[0];
    if (!first || first.generation > since + 1) return false;
    for (let i = this.bumps.length - 1; i >= 0 && this.bumps[i]!.generation > since; i--)
      if (this.bumps[i]!.only !== file) return false;
    return true;
  }

  /** Files added or changed (text in) and files removed. */
  update(changes: { set?: FileChange[]; remove?: string[] }): UpdateResult {
    // each visible change's facts before and after, and whether the file's kind changed: the names they change are
    // listed only when asked (the CLI, which adds thousands of files, never asks)
    const changed: Array<{ before: FileFacts; after: FileFacts; kindChanged: boolean }> = [];
    const touched = new Set<string>();
    let configChanged = false;
    let visible = false;
    for (const c of changes.set ?? []) {
      const prev = this.entries.get(c.file);
      if (prev && prev.text === c.text && prev.version === (c.version ?? prev.version) && prev.open === !!c.open)
        continue;
      // the text that was dropped, given again to be checked: held until the file is released, nothing rebuilt
      if (prev && prev.dropped !== null && !c.open && c.version === undefined && prev.dropped === textHash(c.text)) {
        prev.text = c.text;
        prev.dropped = null;
        continue;
      }
      const entry = this.build(c, prev);
      this.entries.set(c.file, entry);
      this.index(prev?.facts ?? null, entry.facts, c.file);
      if (entry.kind === 'config' || prev?.kind === 'config') this.configsChanged();
      else {
        const was = prev !== undefined && isMember(prev.kind);
        if (isMember(entry.kind) !== was) this.membership(c.file, isMember(entry.kind));
        this.mapsFollow(c.file, was ? prev.facts : null, isMember(entry.kind) ? entry.facts : null);
      }
      touched.add(c.file);
      const before = prev?.facts ?? NO_FACTS;
      if (!sameFacts(before, entry.facts) || prev?.kind !== entry.kind) {
        visible = true;
        changed.push({ before, after: entry.facts, kindChanged: prev?.kind !== entry.kind });
        if (entry.kind === 'config' || prev?.kind === 'config') configChanged = true;
      }
    }
    for (const file of changes.remove ?? []) {
      const prev = this.entries.get(file);
      if (!prev) continue;
      this.forget(prev);
      this.entries.delete(file);
      this.index(prev.facts, null, file);
      if (prev.kind === 'config') this.configsChanged();
      else if (isMember(prev.kind)) {
        this.membership(file, false);
        this.mapsFollow(file, prev.facts, null);
      }
      this.rootCache.delete(file); // found again if the file comes back
      touched.add(file);
      visible = true;
      changed.push({ before: prev.facts, after: NO_FACTS, kindChanged: true });
      if (prev.kind === 'config') configChanged = true;
    }
    if (configChanged) this.reclassify();
    if (visible) this.bump(touched.size === 1 ? (touched.values().next().value as string) : null);
    // listed when asked (the language server asks; the CLI, which loads a dataset in batches, never does)
    let names: Set<string> | null = null;
    const changedNames = () => {
      if (names) return names;
      names = new Set<string>();
      for (const { before, after, kindChanged } of changed) {
        for (const n of changedDefinitions(before, after)) names.add(n);
        if (kindChanged) for (const n of [...namesOf(before), ...namesOf(after)]) names.add(n);
      }
      return names;
    };
    let dependents: string[] | null = null;
    const list = () =>
      configChanged
        ? this.files().filter((f) => !touched.has(f))
        : this.filesUsing(changedNames()).filter((f) => !touched.has(f));
    return {
      get changedNames() {
        return changedNames();
      },
      get dependents() {
        return (dependents ??= list());
      },
    };
  }

  /** Keeps the name → files index in step with a file's facts. */
  private index(before: FileFacts | null, after: FileFacts | null, file: string): void {
    if (before) {
      for (const n of namesOf(before)) {
        const set = this.users.get(n);
        set?.delete(file);
        if (set && set.size === 0) this.users.delete(n);
      }
    }
    if (after) {
      for (const n of namesOf(after)) {
        let set = this.users.get(n);
        if (!set) this.users.set(n, (set = new Set()));
        set.add(file);
      }
    }
  }

  private build(c: FileChange, prev: Entry | undefined): Entry {
    const kind = this.kindFor(c.file);
    const version = c.version ?? ++this.versionCounter;
    if (prev) this.forget(prev);
    // an open document is re-parsed from its previous tree where the edit allows (core/incremental)
    const doc =
      prev?.doc && c.edit && prev.kind === kind
        ? updateDocument(prev.doc, c.text, kind, c.edit).doc
        : parseDocument(c.text, kind);
    // the last check's rule findings carry over to this version when it is the one they were found on
    const before = prev?.ruleFindings;
    const carried =
      c.open && doc.edited && before && before.version === prev.version ? { rules: before, edited: doc.edited } : null;
    const entry: Entry = {
      file: c.file,
      text: c.text,
      dropped: null,
      version,
      open: !!c.open,
      kind,
      doc,
      chars: charsOf(doc),
      // an open document's text is held: its facts need not be detached from it
      facts: factsOf(doc, c.file, c.open ? null : this.strings),
      findings: null,
      ruleFindings: null,
      heldChars: 0,
      carried,
    };
    // a text given again that differs from the one dropped is held (not dropped at once) to be checked
    this.keep(entry, { text: prev?.dropped != null ? 'hold' : 'with-tree' });
    return entry;
  }

  /**
   * Trees of open documents are kept; others while they fit in the tree budget. A closed file's text goes with its
   * tree (`closedTexts: 'with-tree'`) unless it fits in the text budget.
   */
  private keep(entry: Entry, options: { text: 'hold' | 'with-tree' } = { text: 'with-tree' }): void {
    if (entry.open) return;
    const budget = this.options.treeBudget ?? 700_000;
    // lines counted only while the budget has room (the CLI's check has none: it scanned every text for nothing)
    const lines = this.keptLines < budget ? linesIn(entry.text) : Infinity;
    if (this.keptLines + lines <= budget) {
      this.keptLines += lines;
      return;
    }
    entry.doc = null;
    if (options.text === 'hold' || this.options.closedTexts !== 'with-tree' || entry.text === null) return;
    const chars = entry.text.length;
    if (this.keptChars + chars <= (this.options.textBudget ?? 0)) {
      entry.heldChars = chars;
      this.keptChars += chars;
    } else this.drop(entry);
  }

  /** What an entry's tree and text counted in the budgets is given back (it is replaced, removed or released). */
  private forget(entry: Entry): void {
    if (!entry.open && entry.doc) this.keptLines -= linesIn(entry.text);
    this.keptChars -= entry.heldChars;
    entry.heldChars = 0;
  }

  /**
   * A closed file's tree goes; with `closedTexts: 'with-tree'` its text and cached findings too, and the text's hash
   * is kept to know it when it is given again (`known: 'hash'`) or not (`'nothing'`: given again, it is built again).
   */
  private drop(entry: Entry, options: { known: 'hash' | 'nothing' } = { known: 'hash' }): void {
    entry.doc = null;
    if (this.options.closedTexts !== 'with-tree' || entry.text === null) return;
    entry.dropped = options.known === 'hash' ? textHash(entry.text) : NOT_KNOWN;
    entry.text = null;
    entry.findings = null;
  }

  /**
   * Drops the tree of a file that is not open (the CLI, once a file is checked); its facts stay. With
   * `closedTexts: 'with-tree'`, its text and cached findings too; the text is not hashed (the CLI does not give a
   * checked file again, and hashing every text took ~4 % of its check): given again, the file is built again.
   */
  release(file: string): void {
    const e = this.entries.get(file);
    if (!e || e.open) return;
    this.forget(e);
    this.drop(e, { known: 'nothing' });
  }

  /** The text of an entry, which the driver must give again once it was dropped with the tree. */
  private textIn(e: Entry): string {
    if (e.text === null) throw new Error(`${e.file}: its text was dropped with its tree; update it again first`);
    return e.text;
  }

  /** Files whose kind depends on a config or the settings are classified again when those change. */
  private reclassify(): void {
    this.mapsByRoot.clear(); // kinds, and so members and facts, may change
    for (const e of [...this.entries.values()]) {
      const kind = this.kindFor(e.file);
      if (kind === e.kind) continue;
      if (isMember(kind) !== isMember(e.kind)) this.membership(e.file, isMember(kind));
      this.forget(e);
      const doc = parseDocument(this.textIn(e), kind, e.chars);
      const next: Entry = {
        ...e,
        kind,
        doc,
        facts: factsOf(doc, e.file, this.strings),
        findings: null,
        ruleFindings: null,
        carried: null,
      };
      this.keep(next);
      this.entries.set(e.file, next);
      this.index(e.facts, next.facts, e.file);
    }
  }

  private kindFor(file: string): DocumentKind {
    // most files' names decide: the governing config and the workspace folder are looked for only for the others
    const byName = kindOfName(file);
    if (byName !== 'other') return byName;
    const config = this.configEntryFor(file);
    const cv = config?.facts.config;
    return kindOf(file, {
      config: cv && config ? { dir: dirOf(config.file), planFiles: cv.planFiles, regionFiles: cv.regionFiles } : null,
      settings: { root: this.rootOf(file), planFiles: this.settings.files },
    });
  }

  /** Every file the workspace holds, in path order. */
  files(): string[] {
    return [...this.entries.keys()].sort(byPath);
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  kindOf(file: string): DocumentKind {
    return this.entries.get(file)?.kind ?? this.kindFor(file);
  }

  /** The text the workspace holds for a file (edits for closed files are computed against it); null once dropped. */
  textOf(file: string): string | null {
    return this.entries.get(file)?.text ?? null;
  }

  versionOf(file: string): number | null {
    return this.entries.get(file)?.version ?? null;
  }

  factsOf(file: string): FileFacts | null {
    return this.entries.get(file)?.facts ?? null;
  }

  /** The parsed document of a file's current text (parsed again if its tree was released). */
  document(file: string): ParsedDocument | null {
    const e = this.entries.get(file);
    if (!e) return null;
    if (e.doc) return e.doc;
    return parseDocument(this.textIn(e), e.kind, e.chars);
  }

  /** The workspace folder (or named folder) holding a file, the deepest one. */
  private rootOf(file: string): string | null {
    return this.roots.find((r) => isInside(r, file)) ?? null;
  }

  /** The config entry that governs a file: the nearest config file in its folder or above (none when untrusted). */
  private configEntryFor(file: string): Entry | null {
    if (!this.options.trusted) return null;
    const dir = dirOf(file);
    let config = this.configOfDir.get(dir);
    if (config === undefined) this.configOfDir.set(dir, (config = this.findConfig(file)));
    return config === null ? null : (this.entries.get(config) ?? null);
  }

  /** The config file nearest above a file, up to its workspace folder (configEntryFor, once per folder). */
  private findConfig(file: string): string | null {
    if (!this.configDirs) {
      this.configDirs = new Map();
      // of .yaml and .yml side by side, the first in path order is read
      for (const f of this.files())
        if (isConfigName(f) && !this.configDirs.has(dirOf(f))) this.configDirs.set(dirOf(f), f);
    }
    const root = this.rootOf(file);
    for (const dir of ancestors(file)) {
      const found = this.configDirs.get(dir);
      if (found) return found;
      if (root && dir === root) return null;
    }
    return null;
  }

  /** The dataset a file belongs to: its config's folder, else its workspace folder, else its own folder. */
  datasetRootOf(file: string): string {
    let root = this.rootCache.get(file);
    if (root === undefined) this.rootCache.set(file, (root = this.findDatasetRoot(file)));
    return root;
  }

  private findDatasetRoot(file: string): string {
    const config = this.configEntryFor(file);
    if (config) return dirOf(config.file);
    const root = this.rootOf(file);
    if (root) return root;
    const dir = dirOf(file);
    // a document without a folder (untitled:) belongs to the only workspace folder, if there is one
    return dir || (this.roots.length === 1 ? (this.roots[0] as string) : '');
  }

  /** The dataset files (plans and registries) of a dataset root, in path order. */
  members(root: string): readonly string[] {
    if (!this.membersByRoot) {
      const byRoot = new Map<string, string[]>();
      for (const e of this.entries.values()) {
        if (!isMember(e.kind)) continue;
        const r = this.datasetRootOf(e.file);
        let list = byRoot.get(r);
        if (!list) byRoot.set(r, (list = []));
        list.push(e.file);
      }
      for (const list of byRoot.values()) list.sort(byPath);
      this.membersByRoot = byRoot;
    }
    return this.membersByRoot.get(root) ?? [];
  }

  /** A file became a member of its dataset (a plan or registry), or stopped being one. */
  private membership(file: string, member: boolean): void {
    if (!this.membersByRoot) return;
    const r = this.datasetRootOf(file);
    let list = this.membersByRoot.get(r);
    if (!list) this.membersByRoot.set(r, (list = []));
    // binary search for the file's place in path order
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byPath(list[mid]!, file) < 0) lo = mid + 1;
      else hi = mid;
    }
    const there = list[lo] === file;
    if (member && !there) list.splice(lo, 0, file);
    else if (!member && there) list.splice(lo, 1);
  }

  /** A config was added, changed kind or removed: which config governs each file is found again. */
  private configsChanged(): void {
    this.configDirs = null;
    this.configOfDir.clear();
    this.rootCache.clear();
    this.membersByRoot = null;
    this.mapsByRoot.clear();
  }

  private localeIn(language: Language): Locale {
    let l = this.locales.get(language);
    if (!l) this.locales.set(language, (l = createLocale(language)));
    return l;
  }

  /** The dataset of a file, with its context (regions, plans, config, reference date), cached per generation. */
  dataset(file: string): DatasetInfo {
    const root = this.datasetRootOf(file);
    const known = this.contexts.get(root);
    if (known && known.generation === this.generation) return known.info;
    const configEntry = this.configEntryFor(file);
    const cv = configEntry?.facts.config ?? null;
    const cfg = cv?.config ?? emptyConfig();
    const { regions, plans, indicators } = root
      ? this.mapsOf(root)
      : DatasetMaps.of(this.entries.has(file) ? [this.entries.get(file)!.facts] : []);
    const knownPlans = this.options.otherPlans !== 'unknown' && root !== '' ? plans : null;
    // the indexes over every plan's relations and targets are made when a rule first asks: a hover or a completion
    // needs none of them, and while a workspace is indexed the generation moves with every slice of files (building
    // them for each took a hover ~2 s on 10,000 plans)
    let incoming: DatasetContext['incoming'] | undefined;
    let revisions: DatasetContext['revisions'] | undefined;
    let targets: DatasetContext['targets'] | undefined;
    const context: DatasetContext = {
      referenceDate: this.settings.referenceDate || cv?.referenceDate || this.options.today,
      locale: this.localeIn(this.settings.language),
      regions,
      plans: knownPlans,
      planIds: new NearIndex(() => knownPlans?.keys() ?? []),
      isoNames: this.isoNames,
      indicators,
      config: { ...cfg, rules: { ...cfg.rules, ...this.settings.rules } },
      get incoming() {
        return (incoming ??= incomingRelations(knownPlans));
      },
      get revisions() {
        return (revisions ??= revisionsOf(knownPlans));
      },
      get targets() {
        return (targets ??= targetIndex(knownPlans));
      },
      configFile:
        configEntry && cv ? { file: configEntry.file, dir: dirOf(configEntry.file), schemas: cv.schemas } : null,
    };
    const info = { root, context };
    if (root) this.contexts.set(root, { generation: this.generation, info });
    return info;
  }

  /** The maps of a dataset root's members, made when first asked and kept in step by `update` (datasetMaps.ts). */
  private mapsOf(root: string): DatasetMaps {
    let maps = this.mapsByRoot.get(root);
    if (!maps) {
      maps = DatasetMaps.of(this.members(root).map((m) => this.entries.get(m)!.facts));
      this.mapsByRoot.set(root, maps);
    }
    return maps;
  }

  /**
   * A file's facts as a member changed (`before`: null when it was no member; `after`: null when it is none now):
   * a member after every other is added to its dataset's maps, a member whose ids stay the same is put in its
   * old place, any other change makes them again when next asked.
   */
  private mapsFollow(file: string, before: FileFacts | null, after: FileFacts | null): void {
    if (this.mapsByRoot.size === 0) return;
    const adds = after !== null && !addsNothing(after);
    if (!adds && (before === null || addsNothing(before))) return;
    const root = this.datasetRootOf(file);
    const maps = this.mapsByRoot.get(root);
    if (!maps) return;
    const members = this.members(root);
    const added = before === null || addsNothing(before);
    if (adds && added && members[members.length - 1] === file) maps.add(after);
    else if (adds && !added && replaceIn(maps, before, after)) return;
    else this.mapsByRoot.delete(root);
  }

  /** Whether a file is checked at all: plans, registries and configs, and other YAML files a custom schema applies to. */
  isChecked(file: string): boolean {
    const e = this.entries.get(file);
    if (!e) return false;
    if (e.kind !== 'other') return true;
    const custom = this.options.customSchemas;
    return !!custom && this.options.trusted && custom.applies(file, this.textIn(e), this.dataset(file).context);
  }

  /** Every finding of a file, cached per version and generation. */
  check(file: string): Finding[] {
    const e = this.entries.get(file);
    if (!e || !this.isChecked(file)) return [];
    if (e.findings && e.findings.generation === this.generation) return e.findings.list;
    const doc = this.document(file)!;
    const context = this.dataset(file).context;
    // an open plan edited inside one item: item-local rules keep their findings elsewhere, if the dataset as
    // this file sees it changed only through this file
    const c = e.carried;
    const reuse =
      c && (c.rules.context === context || this.onlyOwnChangesSince(c.rules.generation, file))
        ? { previous: c.rules.found, edited: c.edited }
        : undefined;
    const checked = this.engine.checkKeeping(doc, context, file, { reuse });
    if (checked.reused > 0) this.itemChecks++;
    e.findings = { generation: this.generation, list: checked.findings };
    e.carried = null;
    e.ruleFindings = e.open ? { version: e.version, generation: this.generation, context, found: checked.rules } : null;
    return checked.findings;
  }

  /** Files whose checks read one of these plan or region ids (relations, ids, region codes). */
  filesUsing(names: Set<string>): string[] {
    const out = new Set<string>();
    for (const n of names) for (const f of this.users.get(n) ?? []) out.add(f);
    return [...out].sort(byPath);
  }

  /** Plans of every dataset, for workspace symbols. */
  planSummaries(): PlanSummary[] {
    const out: PlanSummary[] = [];
    for (const f of this.files()) {
      const p = this.entries.get(f)!.facts.plan;
      if (p) out.push(p);
    }
    return out;
  }

  /** Where a plan or region id is defined and used in the dataset of `file`. */
  occurrences(file: string, named: { kind: 'plan' | 'region'; name: string }): Occurrence[] {
    const root = this.datasetRootOf(file);
    const out: Occurrence[] = [];
    for (const m of root ? this.members(root) : [file]) {
      const f = this.entries.get(m)?.facts;
      if (!f) continue;
      const ranges: Range[] = [];
      if (named.kind === 'plan' && f.plan) {
        if (f.plan.id === named.name) ranges.push(f.plan.idRange);
        for (const r of f.plan.relations) if (r.plan === named.name) ranges.push(r.range);
      }
      if (named.kind === 'region') {
        for (const r of f.regions) if (r.id === named.name && r.range) ranges.push(r.range);
        for (const r of f.regionRefs) if (r.code === named.name) ranges.push(r.range);
      }
      ranges.sort((a, b) => a.start - b.start);
      for (const range of ranges) out.push({ file: m, range });
    }
    return out;
  }
}

/** `Entry.dropped` of a text dropped without its hash (no text hashes to it: hashes are unsigned). */
const NOT_KNOWN = -1;

/** The lines of a text (what a kept tree costs in the budget). */
function linesIn(text: string | null): number {
  if (text === null) return 0;
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** Plans and registries make up a dataset (configs govern it; other files are checked alone). */
function isMember(kind: DocumentKind): boolean {
  return kind === 'plan' || kind === 'regions' || kind === 'indicators';
}
