import fs from 'node:fs';

/**
 * Writes next to the target and renames over it, so a reader never sees half a file. Returns the written file's
 * stats (taken from the open file: a rename keeps them, and it saves looking the path up again).
 */
export function writeAtomically(target: string, text: string): fs.Stats {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const handle = fs.openSync(temporary, 'w');
    let stats: fs.Stats;
    try {
      fs.writeFileSync(handle, text);
      stats = fs.fstatSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
    return stats;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
