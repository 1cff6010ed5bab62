import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * `../shared` (the eval folders and NER data) sits next to the repository in the workplace and in CI, but not in
 * a fresh clone elsewhere. A test that reads it says so in its name and is skipped with this message, never
 * crashes on a missing file.
 */

/** Absolute path of `../shared` next to the repository. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** True when `../shared/<path>` exists. */
export function hasShared(path = ''): boolean {
  return existsSync(`${SHARED}${path}`);
}

/** The note a test name carries when it reads `../shared/<path>`, and the reason it gives when skipped. */
export function needsShared(path: string): string {
  return hasShared(path) ? `(reads ../shared/${path})` : `(skipped: needs ../shared/${path}, which is missing)`;
}
