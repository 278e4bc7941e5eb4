import fs from 'node:fs';
import path from 'node:path';

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
  const entries = fs.readdirSync(casesDir, { recursive: true, encoding: 'utf8' });
  return entries
    .filter((entry) => entry.endsWith('.md') && !/(?:^|[\\/])readme\.md$/i.test(entry))
    .map((entry) => entry.split(path.sep).join('/'))
    .sort()
    .map((relPath) => {
      const absolute = path.join(casesDir, relPath);
      return { path: absolute, relPath, file: displayPath(absolute, rootDir) };
    });
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
