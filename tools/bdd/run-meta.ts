import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeFolders } from '../files/folders';

/** What the report shows about a run (reports/run-meta.json). */
export interface RunMeta {
  baseUrl?: string;
  target: 'sandbox' | 'external' | 'none';
  browserName: string;
  browserVersion?: string;
  browserPath?: string;
  serverVersion?: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  gitCommit?: string;
  platform: string;
  node: string;
  cucumberArgs: string[];
  exitCode: number;
  /** The signal that stopped the run (Ctrl-C: SIGINT); its results hold what finished before it. */
  interruptedBy?: string;
}

function quietly(command: string, args: string[], cwd?: string): string | undefined {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5_000,
    }).trim();
  } catch {
    return undefined;
  }
}

/** "156.0.8078.108" from `chromium --version` ("Chromium 156.0.8078.108 built on Debian …"). */
export function browserVersionOf(browserPath: string | undefined): string | undefined {
  if (!browserPath) return undefined;
  return /(\d+\.\d+\.\d+\.\d+)/.exec(quietly(browserPath, ['--version']) ?? '')?.[1];
}

export function gitCommitOf(repoRoot: string): string | undefined {
  return quietly('git', ['rev-parse', 'HEAD'], repoRoot);
}

export function writeRunMeta(reportsDir: string, meta: RunMeta): string {
  makeFolders(reportsDir);
  const file = path.join(reportsDir, 'run-meta.json');
  writeFileSync(file, `${JSON.stringify(meta, null, 2)}\n`);
  return file;
}
