import fs from 'node:fs';
import path from 'node:path';
import { filesUnder } from './walk';

export const STAGING_PREFIX = '.casebook-staging-';

/** A feature that could not be moved into place: its final path and why. */
export type PublishFailures = Map<string, string>;

/**
 * Where the features of folders the output does not have yet are written: one hidden folder per process inside
 * the output, moved into place folder by folder at the end of the run. A new folder then appears whole, so no
 * reader sees half a file nor half a folder, and its features need neither a temporary file nor a rename each
 * (on tmpfs that rename was a third of the time a corpus run spent writing). Every thread of a run stages into
 * the same folder; only the thread that runs `generate()` publishes it, once the others are done.
 */
export class StagingArea {
  readonly dir: string;
  private readonly outPrefix: string;
  private readonly realOutDir: string;
  private readonly stagedFolders = new Map<string, string | undefined>();

  /** `outDir`: an existing folder, as an absolute path. */
  constructor(readonly outDir: string) {
    this.dir = path.join(outDir, `${STAGING_PREFIX}${process.pid}`);
    this.outPrefix = outDir + path.sep;
    this.realOutDir = fs.realpathSync.native(outDir);
  }

  /** Where to write `target` (a path under the output) when its folder does not exist yet; else undefined. */
  stagedPathOf(target: string): string | undefined {
    return this.stagedFolderOf(path.dirname(target)) && this.dir + target.slice(this.outDir.length);
  }

  /** The staging folder standing in for `folder` (under the output) when that one does not exist yet. */
  private stagedFolderOf(folder: string): string | undefined {
    if (this.stagedFolders.has(folder)) return this.stagedFolders.get(folder);
    const staged = this.stageable(folder)
      ? path.join(this.dir, folder.slice(this.outPrefix.length))
      : undefined;
    this.stagedFolders.set(folder, staged);
    return staged;
  }

  /**
   * A missing folder whose nearest existing ancestor lies in the output itself, no symbolic link on the way: a
   * rename from the staging folder then stays on one file system. Others are written file by file in place.
   */
  private stageable(folder: string): boolean {
    if (!folder.startsWith(this.outPrefix) || fs.existsSync(folder)) return false;
    const parent = path.dirname(folder);
    // Siblings share their parent's answer: it is looked up once (stagedFolderOf remembers it).
    if (parent === this.outDir || this.stagedFolderOf(parent) !== undefined) return true;
    const real = fs.existsSync(parent) ? fs.realpathSync.native(parent) : undefined;
    return real === this.realOutDir + parent.slice(this.outDir.length);
  }

  /** Moves every staged folder into place (merging into folders that appeared meanwhile); returns what failed. */
  publish(): PublishFailures {
    const failures: PublishFailures = new Map();
    if (!fs.existsSync(this.dir)) return failures;
    for (const entry of fs.readdirSync(this.dir)) {
      moveInto(path.join(this.dir, entry), path.join(this.outDir, entry), failures);
    }
    this.discard();
    return failures;
  }

  /** Drops whatever is staged (a run that failed before publishing). */
  discard(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.stagedFolders.clear();
  }
}

/** Renames `from` to `to` in one step, or entry by entry where `to` is a folder that is there already. */
function moveInto(from: string, to: string, failures: PublishFailures): void {
  const isFolder = fs.statSync(from).isDirectory();
  // A file never replaces one that appeared during the run: whoever wrote it keeps it.
  if (!isFolder && fs.existsSync(to)) {
    failures.set(to, `cannot write ${to}: the file appeared while casebook was generating it`);
    return;
  }
  try {
    fs.renameSync(from, to);
    return;
  } catch (error) {
    // A folder there already (or a link to one) takes the staged entries one by one; anything else is a failure.
    if (!isFolder || !isFolderAt(to)) {
      const code = (error as NodeJS.ErrnoException).code;
      for (const file of filesIn(from, to)) failures.set(file, `cannot write ${file} (${code})`);
      return;
    }
  }
  for (const entry of fs.readdirSync(from)) moveInto(path.join(from, entry), path.join(to, entry), failures);
}

function isFolderAt(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** The final paths of the files staged under `from`, which was to become `to`. */
function filesIn(from: string, to: string): string[] {
  if (!fs.statSync(from).isDirectory()) return [to];
  return filesUnder(from, () => true).map((relPath) => path.join(to, relPath));
}

/** Removes the staging folders that processes which ended without publishing left in `outDir`. */
export function removeAbandonedStaging(outDir: string): void {
  for (const name of fs.readdirSync(outDir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(name.slice(STAGING_PREFIX.length));
    if (pid === process.pid || !isRunning(pid))
      fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}
