// `npm run bdd:repeat -- [--runs N] [cucumber args]`: runs `npm run bdd` N times in a row (default 20) and
// reports how many runs passed, to show a scenario is stable. Each run gets a temporary results folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TS_LOADER_ARGS } from '../ts-cache/loader';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO_ROOT, 'tools', 'bdd', 'cli.ts');

export function parseRepeatArgs(args: string[]): { runs: number; cucumberArgs: string[] } {
  const at = args.indexOf('--runs');
  if (at < 0) return { runs: 20, cucumberArgs: args };
  const runs = Number(args[at + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs needs a positive whole number, got "${args[at + 1] ?? ''}"`);
  return { runs, cucumberArgs: [...args.slice(0, at), ...args.slice(at + 2)] };
}

function runOnce(cucumberArgs: string[], reportsDir: string): Promise<number> {
  const child = spawn(process.execPath, [...TS_LOADER_ARGS, CLI, ...cucumberArgs], {
    cwd: REPO_ROOT,
    env: { ...process.env, CASEBOOK_REPORTS_DIR: reportsDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 1);
    }),
  );
}

interface JsonScenario {
  before?: { result: { duration?: number } }[];
  steps: { result: { duration?: number } }[];
  after?: { result: { duration?: number } }[];
}

/** Milliseconds each scenario of a run took (its hooks and steps, from cucumber.json; durations are in ns). */
export function scenarioDurations(cucumberJson: string): number[] {
  const features = JSON.parse(cucumberJson) as { elements: JsonScenario[] }[];
  return features.flatMap((feature) =>
    feature.elements.map((scenario) => {
      const parts = [...(scenario.before ?? []), ...scenario.steps, ...(scenario.after ?? [])];
      return parts.reduce((sum, part) => sum + (part.result.duration ?? 0), 0) / 1e6;
    }),
  );
}

function readDurations(reportsDir: string): number[] {
  try {
    return scenarioDurations(readFileSync(path.join(reportsDir, 'cucumber.json'), 'utf8'));
  } catch {
    return [];
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<number> {
  const { runs, cucumberArgs } = parseRepeatArgs(process.argv.slice(2));
  const durations: number[] = [];
  const scenarios: number[] = [];
  let passed = 0;
  for (let run = 1; run <= runs; run++) {
    const reportsDir = mkdtempSync(path.join(os.tmpdir(), 'casebook-repeat-'));
    const started = Date.now();
    const code = await runOnce(cucumberArgs, reportsDir);
    durations.push(Date.now() - started);
    scenarios.push(...readDurations(reportsDir));
    rmSync(reportsDir, { recursive: true, force: true });
    if (code === 0) passed++;
    const verdict = code === 0 ? 'passed' : `FAILED (exit ${code})`;
    console.log(`run ${run}/${runs}: ${verdict} in ${seconds(durations.at(-1)!)}`);
    if (code === 130 || code === 143) break;
  }
  console.log(`${passed}/${runs} runs passed`);
  console.log(
    `  whole run (sandbox, browser, report): median ${seconds(median(durations))}, longest ${seconds(Math.max(...durations))}`,
  );
  if (scenarios.length) {
    console.log(
      `  each scenario: median ${seconds(median(scenarios))}, longest ${seconds(Math.max(...scenarios))}`,
    );
  }
  return passed === runs ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(`bdd:repeat: ${error.message}`);
      process.exitCode = 2;
    },
  );
}
