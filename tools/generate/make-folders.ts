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
