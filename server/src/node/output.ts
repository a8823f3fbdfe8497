/**
 * `--output FILE` for the command line: the report lands whole or not at all, and never on a file the
 * command reads. The text goes to a temporary file in the same folder, which is then renamed over the
 * target (a rename within a folder is atomic): a write that fails part-way, or a kill, leaves the old
 * file as it was. Refused with a one-line usage error (exit 2): a missing folder, a folder as the output,
 * one of the files being read, and any dataset file (a plan, a region registry, a dataset config).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kindOfName } from '../core';
import { UsageError } from './files';

function statOf(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** A file name as a case-insensitive, normalising file system may take it. */
const foldedName = (file: string) => path.basename(file).normalize('NFC').toLowerCase();

/**
 * Whether `file` is one of `inputs`: the same file on disk (by device and inode, so through a symbolic link or
 * another hard link too). A file that does not exist is none of them. The inputs were read without following a
 * symbolic link in their last part (node/files.ts), so a file with one name on disk (no other hard link) can only be
 * an input of that name: only those are stat'ed where the system refuses such links (a stat apiece of 2,400 inputs
 * took ~20 ms of a check; resolving every input's real path ~80 ms).
 */
function isOneOf(file: string, inputs: string[]): boolean {
  const target = statOf(file);
  if (!target) return false;
  let candidates = inputs;
  if (target.nlink === 1 && fs.constants.O_NOFOLLOW !== undefined) {
    let name: string;
    try {
      name = foldedName(fs.realpathSync(file));
    } catch {
      name = '';
    }
    if (name) candidates = inputs.filter((i) => foldedName(i) === name);
  }
  return candidates.some((i) => {
    const st = statOf(i);
    return st !== null && st.ino === target.ino && st.dev === target.dev;
  });
}

/** The refusals of `writeOutput` and `openOutput`: `checkOutputPath`'s, and a file the command reads. */
function checkTarget(file: string, options: { shown: string; inputs: string[] }): void {
  checkOutputPath(file, options.shown);
  if (isOneOf(file, options.inputs)) throw new UsageError('cli.output.is-input', { file: options.shown });
}

/** Why this output path cannot be used (before anything is read), or null. */
export function checkOutputPath(file: string, shown: string): void {
  const dir = path.dirname(file);
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(file);
  } catch {
    st = null;
  }
  if (st?.isDirectory()) throw new UsageError('cli.output.folder', { file: shown });
  if (st && !st.isFile()) throw new UsageError('cli.output.not-regular', { file: shown });
  let dst: fs.Stats | null = null;
  try {
    dst = fs.statSync(dir);
  } catch {
    dst = null;
  }
  if (!dst?.isDirectory())
    throw new UsageError('cli.output.no-folder', { file: shown, folder: path.dirname(shown) || '.' });
  if (kindOfName(path.basename(file)) !== 'other') throw new UsageError('cli.output.dataset-file', { file: shown });
}

/** Writes `text` to `file` atomically, unless `file` is one of `inputs` (the files the command read). */
export function writeOutput(file: string, text: string, options: { shown: string; inputs: string[] }): void {
  checkTarget(file, options);
  try {
    replaceFile(file, text);
  } catch (e) {
    throw new UsageError('cli.output.cannot-write', {
      file: options.shown,
      reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  }
}

/** A report written piece by piece: it lands whole on `close` (as `writeOutput`), or not at all on `abort`. */
export interface OutputStream {
  write(text: string): void;
  close(): void;
  abort(): void;
}

/**
 * `writeOutput` for a report written as it is made: the same refusals up front, then the pieces go to a
 * temporary file in the same folder, renamed over `file` on `close`.
 */
export function openOutput(file: string, options: { shown: string; inputs: string[] }): OutputStream {
  checkTarget(file, options);
  const tmp = temporaryName(file);
  const clean = () => {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
  };
  const failed = (e: unknown) => {
    clean();
    return new UsageError('cli.output.cannot-write', {
      file: options.shown,
      reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  };
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx');
  } catch (e) {
    throw failed(e);
  }
  let open = true;
  const closeFd = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write(text) {
      try {
        const bytes = Buffer.from(text, 'utf8');
        for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at, bytes.length - at);
      } catch (e) {
        closeFd();
        throw failed(e);
      }
    },
    close() {
      try {
        closeFd();
        fs.renameSync(tmp, file);
      } catch (e) {
        throw failed(e);
      }
    },
    abort() {
      try {
        closeFd();
      } finally {
        clean();
      }
    },
  };
}

function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/**
 * Replaces `file` with `text` whole or not at all: a new temporary file in the same folder, then a rename (atomic
 * within a folder), so a failed write or a kill leaves the old file as it was. `mode: 'keep'` gives the new file
 * the permissions of the one it replaces. Throws the file system's error; the caller words it.
 */
export function replaceFile(file: string, text: string, options: { mode?: 'keep' | 'default' } = {}): void {
  const tmp = temporaryName(file);
  try {
    fs.writeFileSync(tmp, text, { flag: 'wx' });
    if (options.mode === 'keep') fs.chmodSync(tmp, fs.statSync(file).mode);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    throw e;
  }
}
