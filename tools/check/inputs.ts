/**
 * Which case files a check covers, and the folder their called cases (`**Step N from MM-TXXX**`) resolve in: the
 * project's `cases/` or the corpus when the path is inside one of them, else the folder given (or the file's).
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../corpus';
import { type CaseFile, findCaseFiles } from '../generate/discover';

export interface CheckInput {
  /** The folder called cases resolve in. */
  root: string;
  /** The files to check, as found under `root`. */
  files: CaseFile[];
  all: CaseFile[];
}

const inside = (parent: string, child: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

function rootOf(target: string, isFile: boolean, repoRoot: string): string {
  for (const root of [path.join(repoRoot, 'cases'), corpusDir()]) {
    if (inside(root, target)) return root;
  }
  return isFile ? path.dirname(target) : target;
}

/** Groups the paths by root; an unknown path or a file that is not markdown is an error naming it. */
export function checkInputs(paths: readonly string[], repoRoot: string, rootDir: string): CheckInput[] {
  const byRoot = new Map<string, { targets: { target: string; isFile: boolean }[] }>();
  for (const given of paths) {
    const target = path.resolve(given);
    if (!fs.existsSync(target)) throw new Error(`${given}: no such file or folder`);
    const isFile = fs.statSync(target).isFile();
    if (isFile && !target.endsWith('.md')) throw new Error(`${given}: not a markdown case (.md)`);
    const root = rootOf(target, isFile, repoRoot);
    const entry = byRoot.get(root) ?? { targets: [] };
    entry.targets.push({ target, isFile });
    byRoot.set(root, entry);
  }
  return [...byRoot].map(([root, { targets }]) => {
    const all = findCaseFiles(root, rootDir);
    const wanted = (file: CaseFile) =>
      targets.some(({ target, isFile }) => (isFile ? file.path === target : inside(target, file.path)));
    return { root, all, files: all.filter(wanted) };
  });
}
