import fs from 'node:fs';

/**
 * Writes next to the target and renames over it, so a reader never sees half a file. Returns the written file's
 * stats (see `writeStamped`: a rename keeps them).
 */
export function writeAtomically(target: string, text: string): fs.Stats {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const stats = writeStamped(temporary, text);
    fs.renameSync(temporary, target);
    return stats;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes `file` where it is, for a file no reader looks at yet (a temporary or staged one). Returns its stats,
 * taken from the open file: it saves looking the path up again.
 */
export function writeStamped(file: string, text: string): fs.Stats {
  const handle = fs.openSync(file, 'w');
  try {
    fs.writeFileSync(handle, text);
    return fs.fstatSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}
