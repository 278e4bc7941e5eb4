import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Whether `pid` still runs (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends `signal` to a whole process group (negative PID), ignoring a group that is already gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** The command line of `pid` (Linux), to check a recorded PID was not reused by an unrelated process. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * Kills the browsers the cucumber workers recorded (support/browser.ts writes one file per PID) that are still
 * running, e.g. after a worker was killed. Each browser leads its own process group, so its renderers go too.
 * Returns the PIDs it killed.
 */
export function reapBrowsers(pidDir: string, browserPath: string | undefined): number[] {
  let files: string[];
  try {
    files = readdirSync(pidDir);
  } catch {
    return [];
  }
  const binary = browserPath ? path.basename(browserPath) : 'chrom';
  const killed: number[] = [];
  for (const pid of files.map(Number).filter(Number.isInteger)) {
    if (!isAlive(pid) || !commandLine(pid).includes(binary)) continue;
    signalGroup(pid, 'SIGKILL');
    killed.push(pid);
  }
  return killed;
}
