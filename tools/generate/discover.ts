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
  return filesUnder(casesDir, (name) => name.endsWith('.md') && !/^readme\.md$/i.test(name))
    .sort()
    .map((relPath) => ({ path: path.join(casesDir, relPath), relPath, file: prefix + relPath }));
}

/** Path relative to the repository root with posix separators (absolute when that reads better). */
export function displayPath(absolute: string, rootDir: string): string {
  const relative = path.relative(rootDir, absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** features/<same folders>/<KEY>.feature for cases/<folders>/<KEY>.md. */
export function featurePathOf(relPath: string, outDir: string): string {
  return path.join(outDir, relPath.replace(/\.md$/, '.feature'));
}
