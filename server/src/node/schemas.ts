/**
 * Custom schemas from disk, for the CLI and the server: which schemas apply to a file (the dataset config's
 * `schemas:` associations and a `# $schema: ./x.json` comment at the top of the file), reading them and the
 * local documents they `$ref` (relative to the schema), and a pattern engine that cannot hang.
 *
 * Nothing is fetched over the network: an http(s) reference is only read when it points next to the schema
 * that makes it (a schema whose `$id` is https://example.org/s/plan.json and that refers to `defs.json`
 * finds defs.json in its own folder); anything else is reported by the core as `schema/remote-ref`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import { readDatasetFile } from './files';
import {
  builtinSchemas,
  CustomSchemas,
  customSchemaCheck,
  lineEndOf,
  linearRegExp,
  matchGlob,
  referencedDocuments,
  schemaComment,
  type CustomSchemaProvider,
  type CustomSchemaUse,
  type DatasetContext,
  type Finding,
  type ParsedDocument,
  type PatternEngine,
  type Range,
  type RegExpLike,
  type SchemaDoc,
  type SchemaVia,
  localeOf,
  type Message,
} from '../core';

/** Largest schema file that is read. */
const MAX_SCHEMA_BYTES = 8 * 1024 * 1024;
/** Most documents one schema may pull in through `$ref`. */
const MAX_DOCS = 200;

/**
 * A pattern engine that cannot hang. A pattern that the linear-time engine takes (linearPattern.ts: all
 * but look-around and back-references) runs there, on values of any length. Every other pattern runs in a
 * vm context with a time limit (default 100 ms; V8 interrupts a running regular expression), whatever its
 * shape and the value's length: a shape check alone misses polynomial patterns such as `(?=a)a*a*a*b`. A
 * pattern that runs out of time is not enforced from then on, and the core reports it as
 * `schema/unsafe-pattern`. A vm call costs about 50 µs, and only the fallback patterns pay it.
 */
export function timedPatterns(budgetMs = 100): PatternEngine {
  const script = new vm.Script('r.test(s)');
  const context = vm.createContext({ r: /(?:)/, s: '' });
  return (unsafe) => (pattern, flags) => {
    const re = new RegExp(pattern, flags);
    const linear = linearRegExp(pattern, flags);
    if (linear) return { test: (s: string) => linear.test(s), toString: () => `/${pattern}/${flags}` } as RegExpLike;
    let disabled = false;
    const like = {
      test(s: string): boolean {
        if (disabled) return true;
        context.r = re;
        context.s = s;
        try {
          return script.runInContext(context, { timeout: budgetMs }) === true;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
          disabled = true;
          unsafe(pattern, {
            key: 'schema/unsafe-pattern.timeout',
            params: { ms: String(budgetMs), length: s.length },
          });
          return true;
        } finally {
          context.s = '';
        }
      },
      toString: () => `/${pattern}/${flags}`,
    };
    return like as RegExpLike;
  };
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  doc: SchemaDoc;
}

/** What one reader of schema files remembers: files by mtime and size, http(s) ids found next to a schema. */
export interface SchemaCaches {
  files: Map<string, CachedFile>;
  /** http(s) URIs found to have a file next to the schema that names them (filled while loading). */
  candidates: Map<string, string>;
}

export function schemaCaches(): SchemaCaches {
  return { files: new Map(), candidates: new Map() };
}

/**
 * Why a file is not JSON, with where JSON.parse stopped (line and column) when it says. Never the file's
 * content: V8's message quotes the start of the text ("Unexpected token 'r', \"root:x:0:0:\"... is not valid
 * JSON"), and a `$schema` comment can name any file (/etc/shadow), in CI on an untrusted pull request too.
 */
function notJson(file: string, text: string, message: string): Message {
  const m = /at position (\d+)/.exec(message);
  if (!m)
    return /end of JSON input/i.test(message)
      ? { key: 'schema/unreadable.not-json-end', params: { file } }
      : { key: 'schema/unreadable.not-json', params: { file } };
  const at = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, at);
  const line = before.split(/\r\n?|\n/).length;
  const column = at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { key: 'schema/unreadable.not-json-at', params: { file, line: String(line), column: String(column) } };
}

/** A schema document that could not be had: the English for `error`, the message for every language. */
function failed(problem: Message): SchemaDoc {
  return { error: localeOf('en').t(problem.key, problem.params), problem };
}

/** Reads a schema file as JSON (cached while its mtime and size stay the same). */
export function readSchemaFile(file: string, caches: SchemaCaches = schemaCaches()): SchemaDoc {
  const fileCache = caches.files;
  let st: fs.Stats;
  try {
    // lstat: a symbolic link is not followed (readDatasetFile refuses it), like every dataset file
    st = fs.lstatSync(file);
  } catch (e) {
    fileCache.delete(file);
    return failed(
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? { key: 'schema/unreadable.no-file', params: { file } }
        : { key: 'schema/unreadable.cannot-read', params: { file, reason: String((e as Error).message) } },
    );
  }
  const known = fileCache.get(file);
  if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return known.doc;
  let doc: SchemaDoc;
  if (st.isSymbolicLink()) doc = failed({ key: 'schema/unreadable.symlink', params: { file } });
  else if (!st.isFile()) doc = failed({ key: 'schema/unreadable.not-file', params: { file } });
  else if (st.size > MAX_SCHEMA_BYTES)
    doc = failed({
      key: 'schema/unreadable.too-large',
      params: { file, size: String(MAX_SCHEMA_BYTES / 1024 / 1024) },
    });
  else {
    // the one reading function of node/files.ts: regular files only, without blocking, size-capped
    const r = readDatasetFile(file, { maxBytes: MAX_SCHEMA_BYTES });
    if (!r.ok) doc = failed({ key: 'schema/unreadable.cannot-read', params: { file, reason: r.reason } });
    else {
      try {
        doc = { json: JSON.parse(r.text) };
      } catch (e) {
        doc = failed(notJson(path.basename(file), r.text, (e as Error).message));
      }
    }
  }
  fileCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, doc });
  return doc;
}

function stripFragment(uri: string): string {
  const i = uri.indexOf('#');
  return i >= 0 ? uri.slice(0, i) : uri;
}

const BUILTIN_IDS = new Set(builtinSchemas.map((s) => s.$id as string));

/**
 * The schema document at `rootUri` and every local document it references, by absolute URI. A file: URI is
 * read from disk; an http(s) URI only when it sits next to the document that refers to it (same folder of
 * the `$id`, same folder on disk); the rest is left out (the core reports it).
 */
export function loadSchemaDocs(rootUri: string, caches: SchemaCaches = schemaCaches()): Map<string, SchemaDoc> {
  const fileCandidates = caches.candidates;
  const docs = new Map<string, SchemaDoc>();
  // the file each loaded document came from, to find its neighbours
  const fileOf = new Map<string, string>();
  const queue: string[] = [stripFragment(rootUri)];
  while (queue.length && docs.size < MAX_DOCS) {
    const uri = queue.shift()!;
    if (docs.has(uri) || BUILTIN_IDS.has(uri)) continue;
    let file: string | null = null;
    if (uri.startsWith('file:')) {
      try {
        file = fileURLToPath(uri);
      } catch {
        docs.set(uri, failed({ key: 'schema/unreadable.not-path', params: { uri } }));
        continue;
      }
    } else file = fileCandidates.get(uri) ?? null;
    if (!file) continue; // remote: never fetched
    const doc = readSchemaFile(file, caches);
    docs.set(uri, doc);
    fileOf.set(uri, file);
    if (!('json' in doc)) continue;
    const declared =
      typeof (doc.json as { $id?: unknown })?.$id === 'string' ? safeUrl((doc.json as { $id: string }).$id, uri) : null;
    for (const ref of referencedDocuments(doc.json, uri)) {
      if (docs.has(ref)) continue;
      if (!ref.startsWith('file:') && declared && /^https?:/i.test(ref)) {
        // a sibling of a document that declares an http(s) $id: look next to its file
        const dir = declared.slice(0, declared.lastIndexOf('/') + 1);
        if (ref.startsWith(dir)) {
          const rel = decodeURIComponent(ref.slice(dir.length));
          const candidate = path.resolve(path.dirname(file), rel);
          if (!rel.split('/').includes('..') && fs.existsSync(candidate)) fileCandidates.set(ref, candidate);
        }
      }
      queue.push(ref);
    }
  }
  return docs;
}

function safeUrl(ref: string, base: string): string | null {
  try {
    return stripFragment(new URL(ref, base).href);
  } catch {
    return null;
  }
}

export interface NodeCustomSchemaOptions {
  patterns?: PatternEngine;
}

export interface NodeCustomSchemas {
  /** For the workspace: the findings of the custom schemas that apply, and whether any applies. */
  provider: CustomSchemaProvider;
  /** The same check, in the engine's form (a file name may be absent). */
  check: (doc: ParsedDocument, dataset: DatasetContext, file?: string) => Finding[];
  /** The custom schemas that apply to a file with this text (loaded from disk). */
  usesFor(file: string, text: string, dataset: DatasetContext): CustomSchemaUse[];
  clear(): void;
}

function firstLine(text: string): Range {
  return { start: 0, end: Math.min(lineEndOf(text, 0), 200) };
}

interface Association {
  uri: string;
  via: SchemaVia;
  range: Range;
}

function associations(file: string, text: string, dataset: DatasetContext): Association[] {
  const out: Association[] = [];
  const onDisk = path.isAbsolute(file);
  const comment = schemaComment(text);
  if (comment) {
    const ref = comment.ref;
    let uri: string | null = null;
    if (/^[a-z][a-z0-9+.-]+:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) uri = ref;
    else if (onDisk) uri = pathToFileURL(path.resolve(path.dirname(file), ref)).href;
    if (uri) out.push({ uri, via: { kind: 'comment' }, range: comment.range });
  }
  const config = dataset.configFile;
  if (onDisk && config && config.schemas.length) {
    const rel = path.relative(config.dir, file).split(path.sep).join('/');
    if (!rel.startsWith('..')) {
      for (const s of config.schemas) {
        if (!s.files.some((g) => matchGlob(g, rel))) continue;
        out.push({
          uri: pathToFileURL(path.resolve(config.dir, s.schema)).href,
          via: { kind: 'config', file: path.basename(config.file) },
          range: firstLine(text),
        });
      }
    }
  }
  return out;
}

/** Custom schemas read from disk, for the CLI and the server (which passes them only when trusted). */
export function nodeCustomSchemas(options: NodeCustomSchemaOptions = {}): NodeCustomSchemas {
  const caches = schemaCaches();
  const schemas = new CustomSchemas({ patterns: options.patterns ?? timedPatterns() });
  const usesFor = (file: string, text: string, dataset: DatasetContext): CustomSchemaUse[] =>
    associations(file, text, dataset).map((a) => ({ ...a, docs: loadSchemaDocs(a.uri, caches) }));
  const check = customSchemaCheck((doc, dataset, file) => (file ? usesFor(file, doc.text, dataset) : []), schemas);
  return {
    provider: {
      check: (doc, dataset, file) => check(doc, dataset, file),
      applies: (file, text, dataset) => associations(file, text, dataset).length > 0,
    },
    check: (doc, dataset, file) => (file ? check(doc, dataset, file) : []),
    usesFor,
    clear: () => {
      schemas.clear();
      caches.files.clear();
      caches.candidates.clear();
    },
  };
}
