import fs from 'node:fs';
import path from 'node:path';
import { GENERATED_HEADER_PREFIX } from '../gherkin';

/**
 * Deletes generated features (those starting with the casebook header) that no case produces any more, and
 * folders left empty by that. Hand-written features are never touched. Returns how many files went.
 */
export function removeStaleFeatures(outDir: string, expected: ReadonlySet<string>): number {
  if (!fs.existsSync(outDir)) return 0;
  const features = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.feature'))
    .map((entry) => path.join(outDir, entry))
    .filter((feature) => !expected.has(feature) && isGenerated(feature));
  for (const feature of features) {
    fs.rmSync(feature, { force: true });
    removeEmptyFolders(path.dirname(feature), outDir);
  }
  return features.length;
}

function isGenerated(feature: string): boolean {
  try {
    const handle = fs.openSync(feature, 'r');
    const start = Buffer.alloc(GENERATED_HEADER_PREFIX.length * 2);
    const length = fs.readSync(handle, start, 0, start.length, 0);
    fs.closeSync(handle);
    return start.subarray(0, length).toString('utf8').startsWith(GENERATED_HEADER_PREFIX);
  } catch {
    return false;
  }
}

function removeEmptyFolders(folder: string, outDir: string): void {
  for (
    let current = folder;
    current.startsWith(outDir) && current !== outDir;
    current = path.dirname(current)
  ) {
    if (fs.readdirSync(current).length > 0) return;
    fs.rmdirSync(current);
  }
}
