import fs from 'node:fs';
import path from 'node:path';

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir spins at full CPU forever where a parent exists but
 * answers ENOENT for the child (`--out /proc/x` does it on Node 20 here): it reads that as a missing parent and
 * starts over. This throws the ENOENT instead.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let folder = path.resolve(dir); !fs.existsSync(folder); folder = path.dirname(folder)) {
    missing.push(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      // A dangling link counts as missing above, but mkdir finds it there: its child then fails with ENOENT.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * `makeFolders(dir)`, failing with an error a user can act on: "cannot make the <role> <shown>: <why> (<advice>)",
 * where `advice` names the flag or setting that chose the folder.
 */
export function makeFoldersOrExplain(
  dir: string,
  { role, shown = dir, advice }: { role: string; shown?: string; advice: string },
): void {
  try {
    makeFolders(dir);
  } catch (error) {
    const why = whyNoFolder(error, dir) ?? (error as Error).message;
    throw new Error(`cannot make the ${role} ${shown}: ${why} (${advice})`);
  }
}

/**
 * Why `makeFolders(dir)` failed, in words a user can act on, or undefined for an error it does not explain.
 * Node's own message says "no such file or directory" for a folder whose parent is there.
 */
export function whyNoFolder(error: unknown, dir: string): string | undefined {
  const { code, path: where, syscall } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT' && syscall === 'mkdir') {
    // The parent is there (makeFolders made it or found it): this folder cannot be made in it.
    return `${where} cannot be created (ENOENT: a dangling symbolic link, or a file system such as /proc?)`;
  }
  const blocking = (code === 'EEXIST' || code === 'ENOTDIR') && fileInTheWay(dir);
  if (blocking) return `${blocking} is a file, not a folder`;
  if (code === 'EACCES' || code === 'EROFS') return `${where ?? dir} cannot be written to (${code})`;
  return undefined;
}

/** The file that stands where `dir` or one of its parent folders should be, if any. */
function fileInTheWay(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const stat = statOrNothing(current);
    if (stat) return stat.isDirectory() ? undefined : current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** The path's stats, or undefined when it is missing or lies under a file (ENOENT, ENOTDIR). */
function statOrNothing(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
