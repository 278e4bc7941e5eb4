import fs from 'node:fs';

/** Writes next to the target and renames over it, so a reader never sees half a file. */
export function writeAtomically(target: string, text: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
