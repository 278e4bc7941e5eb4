import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from './processes';

/** The files a run leaves in its results folder; a new run replaces all of them, never anything else. */
const RESULT_FILES = ['cucumber.json', 'messages.ndjson', 'junit.xml', 'run-meta.json'];
const LOCK_FILE = '.casebook-bdd.lock';
const STAGING_PREFIX = '.casebook-run-';

/**
 * A run's hold on its results folder. cucumber writes into a staging folder inside it (a dot-folder, which
 * `npm run report` does not read); the results replace the previous ones only at the end (`publish`), so a run
 * that could not start, or was killed, leaves the previous results whole. A lock file holding the PID keeps a
 * second run in the same folder from mixing its results with this one's.
 */
export class ResultsFolder {
  readonly stagingDir: string;
  private readonly lockFile: string;

  private constructor(readonly dir: string) {
    this.lockFile = path.join(dir, LOCK_FILE);
    this.stagingDir = path.join(dir, `${STAGING_PREFIX}${process.pid}`);
  }

  /** Takes the folder (it must exist), or throws naming the run that holds it. */
  static take(dir: string): ResultsFolder {
    const folder = new ResultsFolder(dir);
    folder.lock();
    removeAbandonedStaging(dir);
    fs.rmSync(folder.stagingDir, { recursive: true, force: true });
    fs.mkdirSync(folder.stagingDir);
    return folder;
  }

  /** Replaces the previous results with this run's (empty files, such as a JSON never written, are dropped). */
  publish(): void {
    for (const name of RESULT_FILES) fs.rmSync(path.join(this.dir, name), { force: true });
    for (const name of fs.readdirSync(this.stagingDir)) {
      const staged = path.join(this.stagingDir, name);
      const stat = fs.statSync(staged);
      if (stat.isFile() && stat.size === 0) continue;
      fs.rmSync(path.join(this.dir, name), { recursive: true, force: true });
      fs.renameSync(staged, path.join(this.dir, name));
    }
    this.discard();
  }

  discard(): void {
    fs.rmSync(this.stagingDir, { recursive: true, force: true });
  }

  release(): void {
    if (readPid(this.lockFile) === process.pid) fs.rmSync(this.lockFile, { force: true });
  }

  private lock(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(this.lockFile, `${process.pid}\n`, { flag: 'wx' });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readPid(this.lockFile);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `another npm run bdd (PID ${holder}) is writing its results to ${this.dir}: wait for it to end, or give this run a folder of its own with CASEBOOK_REPORTS_DIR=<dir>`,
        );
      }
      // Left by a run that was killed: it no longer holds anything.
      fs.rmSync(this.lockFile, { force: true });
    }
    throw new Error(`cannot lock the results folder ${this.dir}: ${this.lockFile} keeps coming back`);
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Staging folders of runs killed before they could clean up (their PID no longer runs). */
function removeAbandonedStaging(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const pid = Number(name.slice(STAGING_PREFIX.length));
    if (name.startsWith(STAGING_PREFIX) && Number.isInteger(pid) && !isAlive(pid)) {
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}
