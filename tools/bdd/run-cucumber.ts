import { spawn } from 'node:child_process';
import path from 'node:path';
import { signalGroup } from './processes';

export interface CucumberRun {
  /** Exit code of cucumber-js, or 128 + signal number when it was stopped by the launcher's own signal. */
  exitCode: number;
  interruptedBy?: NodeJS.Signals;
}

/** How long cucumber gets to close its browsers after Ctrl-C before the whole group is killed. */
const GRACE_MS = 5_000;
/** The signals a launcher passes on to cucumber; each ends the run as interrupted, with the shell's exit code. */
export const INTERRUPTIONS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
const PARENT_WATCH = path.join(__dirname, 'parent-watch.js');

/**
 * Runs cucumber-js with `args` in a process group of its own (its workers join it), forwarding SIGINT, SIGTERM
 * and SIGHUP to the group, so that Ctrl-C or a kill of the launcher stops every process it started and nothing else.
 * Aborting `cancel` kills the group at once and silently: the launcher does that when the run cannot start (an
 * unreachable BASE_URL, no browser), so its one clear message is not followed by cucumber's hook stack trace.
 */
export function runCucumber(
  repoRoot: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cancel?: AbortSignal,
  /** Standard output: 'ignore' when results are read from files only (a dry run of the corpus prints megabytes of snippets). */
  output: 'inherit' | 'ignore' = 'inherit',
): Promise<CucumberRun> {
  const bin = path.join(repoRoot, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js');
  // The watch is preloaded into the workers too: cucumber forks them with this process's node options.
  const child = spawn(process.execPath, ['--require', PARENT_WATCH, bin, ...args], {
    cwd: repoRoot,
    env: { ...env, CASEBOOK_LAUNCHER_PID: String(process.pid) },
    stdio: ['inherit', output, 'inherit'],
    detached: true,
  });
  let interruptedBy: NodeJS.Signals | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  const forward = (signal: NodeJS.Signals) => {
    interruptedBy ??= signal;
    if (child.pid) signalGroup(child.pid, signal);
    killTimer ??= setTimeout(() => child.pid && signalGroup(child.pid, 'SIGKILL'), GRACE_MS);
  };
  for (const signal of Object.keys(INTERRUPTIONS)) process.on(signal, forward);
  cancel?.addEventListener('abort', () => child.pid && signalGroup(child.pid, 'SIGKILL'), { once: true });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      for (const signal of Object.keys(INTERRUPTIONS)) process.off(signal, forward);
      clearTimeout(killTimer);
      // The workers are in the same group: make sure none outlives cucumber's main process.
      if (child.pid) signalGroup(child.pid, 'SIGKILL');
      const exitCode = interruptedBy
        ? (INTERRUPTIONS[interruptedBy as keyof typeof INTERRUPTIONS] ?? 130)
        : (code ?? (signal ? 137 : 1));
      resolve({ exitCode, interruptedBy });
    });
  });
}
