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

/** Every `*.md` under the cases folder except READMEs, sorted by path so every run sees the same order. */
export function findCaseFiles(casesDir: string, rootDir: string): CaseFile[] {
  // Every file's display path starts with the folder's: work it out once rather than once per file.
  const folder = displayPath(casesDir, rootDir);
  const prefix = folder === '.' ? '' : `${folder}/`;
  const pathOf = joinerUnder(casesDir);
  return filesUnder(casesDir, (name) => name.endsWith('.md') && !/^readme\.md$/i.test(name))
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
