/**
 * Paths inside the core: plain strings, as the drivers name files (absolute paths on disk, or uris such as
 * `untitled:Untitled-1` for documents that have none). Both separators are understood; nothing is read.
 */

/** Whether a name is a path on disk (absolute, POSIX or Windows) rather than a uri. */
export function isDiskPath(file: string): boolean {
  return file.startsWith('/') || /^[a-z]:[\\/]/i.test(file);
}

/** The folder of a file on disk; '' for a uri, which has no folder. */
export function dirOf(file: string): string {
  if (!isDiskPath(file)) return '';
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (i <= 0) return file.slice(0, i + 1) || '/';
  // the root of a Windows drive keeps its separator
  return /^[a-z]:$/i.test(file.slice(0, i)) ? file.slice(0, i + 1) : file.slice(0, i);
}

/** The last part of a path or uri. */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function withSep(dir: string): string {
  return /[\\/]$/.test(dir) ? dir : `${dir}/`;
}

/** Whether `file` is inside the folder `dir` (at any depth; a folder is inside itself). */
export function isInside(dir: string, file: string): boolean {
  if (!dir) return false;
  if (file === dir) return true;
  const prefix = withSep(dir);
  return file.startsWith(prefix) || file.replace(/\\/g, '/').startsWith(prefix.replace(/\\/g, '/'));
}

/** `file` relative to the folder `dir`, with forward slashes; null when it is not inside it. */
export function relativeTo(dir: string, file: string): string | null {
  if (!isInside(dir, file)) return null;
  if (file === dir) return '';
  return file.slice(withSep(dir).length).replace(/\\/g, '/');
}

/** The folders from a file's own folder up to the filesystem root, nearest first. */
export function ancestors(file: string): string[] {
  const out: string[] = [];
  let d = dirOf(file);
  while (d && !out.includes(d)) {
    out.push(d);
    const up = dirOf(d);
    if (up === d) break;
    d = up;
  }
  return out;
}
