/** File names inside, uris at the edge: an absolute path is a file: uri; anything else (untitled:) stays as it is. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function fileOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export function uriOf(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).href : file;
}
