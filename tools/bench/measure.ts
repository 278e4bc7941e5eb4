// Helpers shared by the benchmarks: timed child processes, medians, the machine's load, cucumber messages.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const BENCH_STEPS = path.join('tests', 'fixtures', 'bench', 'bench.steps.ts');

export interface TimedRun {
  /** Wall time of the whole process, spawn to exit. */
  ms: number;
  /** When it was spawned (epoch ms), to compare with message timestamps. */
  startedAt: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and times it; stdout/stderr are collected, not shown. */
export function timedRun(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = REPO_ROOT,
): Promise<TimedRun> {
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({ ms: performance.now() - started, startedAt, code, stdout, stderr }),
    );
  });
}

/** `npm run bdd -- args` with its results in `reportsDir`; throws with its output when it fails. */
export async function runBdd(args: string[], reportsDir: string, env: NodeJS.ProcessEnv = {}) {
  const run = await timedRun('npm', ['run', '--silent', 'bdd', '--', ...args], {
    CASEBOOK_REPORTS_DIR: reportsDir,
    ...env,
  });
  if (run.code !== 0) throw new Error(`npm run bdd ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The load average now, to print next to the figures (the machine is shared). */
export function loadLine(): string {
  const [one, five, fifteen] = os.loadavg().map((value) => value.toFixed(2));
  return `load average ${one} ${five} ${fifteen} on ${os.cpus().length} CPUs, node ${process.version}`;
}

export function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

type Envelope = Record<string, { timestamp?: { seconds: number; nanos: number }; id?: string }>;

/** The envelopes of a messages.ndjson, with their timestamps in epoch ms. */
export function readMessages(file: string): { type: string; at: number; body: Record<string, unknown> }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const envelope = JSON.parse(line) as Envelope;
      const [type] = Object.keys(envelope);
      const { timestamp } = envelope[type];
      const at = timestamp ? timestamp.seconds * 1000 + timestamp.nanos / 1e6 : Number.NaN;
      return { type, at, body: envelope[type] as Record<string, unknown> };
    });
}

/** A temporary folder holding the benchmark feature. */
export function featureDir(featureText: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-features-'));
  fs.writeFileSync(path.join(dir, 'bench.feature'), featureText);
  return dir;
}

export const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
