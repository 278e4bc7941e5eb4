import path from 'node:path';
import { filesUnder } from './walk';

export interface CaseFile {
  /** Absolute path. */
  path: string;
  /** Relative to the cases folder, posix separators. */
  relPath: string;
  /** Relative to the repository root (posix): what messages and features show. */
  file: string;
}

/** A folder under the cases folder that could not be listed: its cases are neither converted nor removed. */
export interface UnreadableFolder {
  /** Relative to the cases folder, posix separators. */
  relPath: string;
  /** Relative to the repository root (posix), as messages show it. */
  file: string;
  code: string;
}

/**
 * Every `*.md` under the cases folder except READMEs, sorted by path so every run sees the same order. Folders
 * that cannot be listed go to `unreadable` when given (else listing them throws).
 */
export function findCaseFiles(
  casesDir: string,
  rootDir: string,
  unreadable?: UnreadableFolder[],
): CaseFile[] {
  // Every file's display path starts with the folder's: work it out once rather than once per file.
  const folder = displayPath(casesDir, rootDir);
  const prefix = folder === '.' ? '' : `${folder}/`;
  const pathOf = joinerUnder(casesDir);
  const onUnreadable =
    unreadable &&
    ((relPath: string, error: NodeJS.ErrnoException) =>
      unreadable.push({ relPath, file: prefix + relPath, code: error.code ?? error.message }));
  const isCase = (name: string) => name.endsWith('.md') && !/^readme\.md$/i.test(name);
  return filesUnder(casesDir, isCase, undefined, onUnreadable)
    .sort()
    .map((relPath) => ({ path: pathOf(relPath), relPath, file: prefix + relPath }));
}

/**
 * Joins `dir` to relative posix paths as listed by `filesUnder` (no `.`, `..` or empty segments). Why not
 * `path.join` per file: it normalizes every path it builds, which took about a third as long as listing the
 * corpus itself; `dir` is normalized once here instead.
 */
export function joinerUnder(dir: string): (relPath: string) => string {
  const base = path.resolve(dir);
  if (path.sep !== '/') return (relPath) => path.join(base, relPath);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (relPath) => prefix + relPath;
}

/** Path relative to the repository root with posix separators (absolute when that reads better). */
export function displayPath(absolute: string, rootDir: string): string {
  const relative = path.relative(rootDir, absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}
