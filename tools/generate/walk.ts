import fs from 'node:fs';
import path from 'node:path';

/**
 * The files under `dir` whose name passes `accept`, as posix paths relative to `dir` (in no particular order).
 * Reads the entry types the directory listing already holds: `readdirSync({ recursive: true })` stats every
 * entry instead, which costs more than the listing itself on a corpus of thousands of files. Symbolic links to
 * folders are followed, as that listing does, except one that leads back to a folder being listed: that is a
 * loop, and everything under it is listed already. Folders whose name passes `skipFolder` are not entered.
 */
export function filesUnder(
  dir: string,
  accept: (name: string) => boolean,
  skipFolder: (name: string) => boolean = () => false,
  /** Told about each folder under `dir` that cannot be listed (its relative path); without it, listing throws. */
  onUnreadable?: (relPath: string, error: NodeJS.ErrnoException) => void,
): string[] {
  const found: string[] = [];
  // Real paths of the folders from `dir` down to the one being listed.
  const listing = new Set<string>();
  const visit = (folder: string, realFolder: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      // The top folder's own failure (missing, not a folder) is the caller's to explain.
      if (!onUnreadable || prefix === '') throw error;
      onUnreadable(prefix.slice(0, -1), error as NodeJS.ErrnoException);
      return;
    }
    listing.add(realFolder);
    for (const entry of entries) {
      const relPath = prefix + entry.name;
      const real = realFolderOf(entry, folder, realFolder);
      if (real === undefined) {
        if (accept(entry.name)) found.push(relPath);
      } else if (!listing.has(real) && !skipFolder(entry.name))
        visit(path.join(folder, entry.name), real, `${relPath}/`);
    }
    listing.delete(realFolder);
  };
  visit(dir, realPathOf(dir), '');
  return found;
}

/** The entry's real path when it is a folder or a symbolic link to one; undefined otherwise. */
function realFolderOf(entry: fs.Dirent, folder: string, realFolder: string): string | undefined {
  // A folder reached without a link has a known real path: only links cost a lookup.
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? path.join(realFolder, entry.name) : undefined;
  const target = path.join(folder, entry.name);
  try {
    return fs.statSync(target).isDirectory() ? fs.realpathSync.native(target) : undefined;
  } catch {
    return undefined; // a dangling or self-referencing link: listed like a file, so reading it says what is wrong
  }
}

function realPathOf(dir: string): string {
  try {
    return fs.realpathSync.native(dir);
  } catch {
    return path.resolve(dir); // the listing below reports the missing folder
  }
}
