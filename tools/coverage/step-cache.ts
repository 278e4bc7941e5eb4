/**
 * The step library's patterns, kept on disk between runs so a command that only matches texts (`npm run check`)
 * does not load Cucumber, Playwright and every step file each time. The cache is keyed by a hash of every file
 * that can change a pattern (steps/, support/, cucumber.js, the Cucumber version): an edit to any of them, or
 * another work tree, loads the library again through Cucumber and writes a fresh entry.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder } from '../generate/walk';

export interface CachedDefinition {
  uri: string;
  line: number;
  source: string;
  flags: string;
}

const LIBRARY_FOLDERS = ['steps', 'support'];
const LIBRARY_FILES = ['cucumber.js', 'node_modules/@cucumber/cucumber/package.json'];

/** Hash of everything the step patterns are built from. */
export function libraryHash(repoRoot: string): string {
  const hash = crypto.createHash('sha256');
  const files = LIBRARY_FOLDERS.flatMap((folder) =>
    filesUnder(path.join(repoRoot, folder), (name) => /\.[cm]?[jt]s$/.test(name)).map(
      (rel) => `${folder}/${rel}`,
    ),
  ).sort();
  for (const rel of [...files, ...LIBRARY_FILES]) {
    hash.update(rel).update('\0');
    try {
      hash.update(fs.readFileSync(path.join(repoRoot, rel)));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

function cacheFile(hash: string, env = process.env): string {
  const user = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  const dir = env.CASEBOOK_STEP_CACHE
    ? path.resolve(env.CASEBOOK_STEP_CACHE)
    : path.join(os.tmpdir(), `casebook-step-cache-${user}`);
  return path.join(dir, `${hash}.json`);
}

export function readCachedDefinitions(hash: string): CachedDefinition[] | undefined {
  try {
    return JSON.parse(fs.readFileSync(cacheFile(hash), 'utf8')) as CachedDefinition[];
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed: a reader never sees half an entry. */
export function writeCachedDefinitions(hash: string, definitions: CachedDefinition[]): void {
  const file = cacheFile(hash);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(definitions));
    fs.renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs the next run the slow load.
  }
}
