// `npm run bench:watch`: edit-to-result time of the watch mode beyond the scenario's own step time, against the
// same change run as `npm run generate && npm run bdd -- <feature>`. The case is a copy of MM-T418 in a
// temporary folder; "an edit" is a new modification time on it. Step time is what cucumber prints as
// "executing steps" for that run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadLine, median, REPO_ROOT, timedRun } from './measure';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CASE = path.join(REPO_ROOT, 'cases', 'suite', 'sign-in-authentication', 'MM-T418.md');
const STEPS = /executing steps: (\d+)m([\d.]+)s/g;

function stepMs(output: string): number {
  const all = [...output.matchAll(STEPS)];
  const last = all.at(-1);
  if (!last) throw new Error(`no "executing steps" time in:\n${output.slice(-2000)}`);
  return Math.round((Number(last[1]) * 60 + Number(last[2])) * 1000);
}

async function oneShot(work: string): Promise<{ wall: number; steps: number }> {
  const features = path.join(work, 'features');
  const started = performance.now();
  const generated = await timedRun('npm', [
    'run',
    'generate',
    '--',
    '--cases',
    path.join(work, 'cases'),
    '--out',
    features,
  ]);
  if (generated.code !== 0) throw new Error(generated.stderr);
  const feature = path.join(features, 'suite', 'MM-T418.feature');
  const run = await timedRun('npm', ['run', 'bdd', '--', feature]);
  if (run.code !== 0) throw new Error(`bdd failed:\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}`);
  return { wall: Math.round(performance.now() - started), steps: stepMs(run.stdout) };
}

interface WatchedRun {
  /** From the touch to the verdict line. */
  wall: number;
  steps: number;
  /** From the touch to "report updated". */
  report: number;
}

/** One watch session: waits for its first run, then times ROUNDS edits from the touch to the verdict and to the
 *  updated report. */
async function watched(work: string): Promise<WatchedRun[]> {
  const file = path.join(work, 'cases', 'suite', 'MM-T418.md');
  const child = spawn(
    process.execPath,
    ['--require', './tools/ts-cache/register.js', 'tools/bdd/cli.ts', '--watch', file],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, INIT_CWD: REPO_ROOT },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  const waitFor = (line: RegExp, count: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if ((stderr.match(line) ?? []).length >= count) resolve();
        else if (child.exitCode !== null) reject(new Error(`watch ended:\n${stderr}`));
        else setTimeout(check, 5);
      };
      check();
    });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const VERDICT = /: (?:passed|FAILED): /g;
  const REPORT = /: report updated /g;
  const runs: WatchedRun[] = [];
  try {
    await waitFor(REPORT, 1);
    for (let round = 0; round < ROUNDS; round++) {
      const before = stdout.length;
      const started = performance.now();
      const now = new Date();
      fs.utimesSync(file, now, now);
      await waitFor(VERDICT, round + 2);
      const wall = Math.round(performance.now() - started);
      await waitFor(REPORT, round + 2);
      const report = Math.round(performance.now() - started);
      runs.push({ wall, steps: stepMs(stdout.slice(before)), report });
      if (/FAILED/.test(stderr))
        throw new Error(`the scenario failed in watch mode:\n${stdout.slice(before)}`);
    }
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('close', resolve));
  }
  return runs;
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-watch-'));
  try {
    fs.mkdirSync(path.join(work, 'cases', 'suite'), { recursive: true });
    fs.copyFileSync(CASE, path.join(work, 'cases', 'suite', 'MM-T418.md'));
    const before = loadLine();
    const once: { wall: number; steps: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      once.push(await oneShot(work));
      console.log(
        `generate && bdd, round ${round + 1}: ${once.at(-1)?.wall} ms wall, ${once.at(-1)?.steps} ms of steps`,
      );
    }
    const watch = await watched(work);
    for (const [index, run] of watch.entries())
      console.log(
        `watch, edit ${index + 1}: ${run.wall} ms edit to result, ${run.steps} ms of steps, report after ${run.report} ms`,
      );
    const overhead = (runs: { wall: number; steps: number }[]) => median(runs.map((r) => r.wall - r.steps));
    console.log(
      `\nMM-T418 edited and run again, median of ${ROUNDS} (before: ${before}; after: ${loadLine()})`,
    );
    console.log(
      `  npm run generate && npm run bdd -- <feature>   ${median(once.map((r) => r.wall))} ms wall, overhead beyond steps ${overhead(once)} ms`,
    );
    console.log(
      `  npm run bdd -- --watch (edit → result)          ${median(watch.map((r) => r.wall))} ms wall, overhead beyond steps ${overhead(watch)} ms   (target ≤ 500 ms)`,
    );
    console.log(
      `  npm run bdd -- --watch (edit → HTML report)     ${median(watch.map((r) => r.report))} ms wall, overhead beyond steps ${median(watch.map((r) => r.report - r.steps))} ms`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
