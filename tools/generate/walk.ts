import fs from 'node:fs';
import path from 'node:path';

/**
 * The files under `dir` whose name passes `accept`, as posix paths relative to `dir` (in no particular order).
 * Reads the entry types the directory listing already holds: `readdirSync({ recursive: true })` stats every
 * entry instead, which costs more than the listing itself on a corpus of thousands of files. Symbolic links to
 * folders are followed, as that listing does.
 */
export function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (folder: string, prefix: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const relPath = prefix + entry.name;
      if (isFolder(entry, folder)) visit(path.join(folder, entry.name), `${relPath}/`);
      else if (accept(entry.name)) found.push(relPath);
    }
  };
  visit(dir, '');
  return found;
}

function isFolder(entry: fs.Dirent, folder: string): boolean {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  return fs.statSync(path.join(folder, entry.name), { throwIfNoEntry: false })?.isDirectory() ?? false;
}
