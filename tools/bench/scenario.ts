// `npm run bench:scenario [-- --scenarios 8 --rounds 3]`: per-scenario overhead. N scenarios doing the same
// browser actions against the sandbox (browser-actions.ts), run through casebook (`npm run bdd` on a generated
// feature with tests/fixtures/bench/bench.steps.ts) and by a plain Playwright script (plain-playwright.ts), in
// the same loop. Per scenario: casebook's testCaseStarted → testCaseFinished (hooks included) against the plain
// script's context-open → context-closed. Target: casebook ≤ 1.25 × plain.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchFeature } from './browser-actions';
import {
  argument,
  BENCH_STEPS,
  featureDir,
  loadLine,
  median,
  ms,
  readMessages,
  runBdd,
  timedRun,
} from './measure';

interface Side {
  perScenario: number;
  wall: number;
}

/** Median scenario duration of a casebook run, from its messages. */
function scenarioTimes(messagesFile: string): number[] {
  const started = new Map<string, number>();
  const durations: number[] = [];
  for (const message of readMessages(messagesFile)) {
    if (message.type === 'testCaseStarted') started.set(message.body.id as string, message.at);
    if (message.type === 'testCaseFinished') {
      durations.push(message.at - started.get(message.body.testCaseStartedId as string)!);
    }
  }
  return durations;
}

async function casebook(features: string): Promise<Side> {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-scenario-'));
  try {
    const run = await runBdd([features, '--require', BENCH_STEPS], reports);
    return { perScenario: median(scenarioTimes(path.join(reports, 'messages.ndjson'))), wall: run.ms };
  } finally {
    fs.rmSync(reports, { recursive: true, force: true });
  }
}

async function plain(count: number): Promise<Side> {
  const script = path.join('tools', 'bench', 'plain-playwright.ts');
  const run = await timedRun(process.execPath, [
    '--require',
    './tools/ts-cache/register.js',
    script,
    `${count}`,
  ]);
  if (run.code !== 0) throw new Error(`the plain Playwright script failed:\n${run.stderr}`);
  const { scenarios } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { scenarios: number[] };
  return { perScenario: median(scenarios), wall: run.ms };
}

async function main(): Promise<void> {
  const count = argument('--scenarios', 8);
  const rounds = argument('--rounds', 3);
  const features = featureDir(benchFeature(count));
  try {
    await plain(1); // warm-up: compile cache, OS caches
    const results: { ours: Side; theirs: Side }[] = [];
    for (let index = 1; index <= rounds; index++) {
      // Alternate who goes first, so neither always runs on the machine the other just warmed.
      const ours = index % 2 ? await casebook(features) : undefined;
      const theirs = await plain(count);
      const result = { ours: ours ?? (await casebook(features)), theirs };
      results.push(result);
      console.log(
        `round ${index}/${rounds}: per scenario casebook ${ms(result.ours.perScenario)}, plain ${ms(theirs.perScenario)}`,
      );
    }
    const m = (pick: (r: (typeof results)[number]) => number) => median(results.map(pick));
    const [ours, theirs] = [m((r) => r.ours.perScenario), m((r) => r.theirs.perScenario)];
    console.log(`\n${count} scenarios × ${rounds} rounds, medians; ${loadLine()}`);
    console.log(`per scenario   casebook ${ms(ours)}   plain Playwright ${ms(theirs)}`);
    console.log(`ratio casebook / plain: ${(ours / theirs).toFixed(2)} (target ≤ 1.25)`);
    const [wallOurs, wallTheirs] = [m((r) => r.ours.wall), m((r) => r.theirs.wall)];
    console.log(
      `whole process  casebook ${ms(wallOurs)}   plain Playwright ${ms(wallTheirs)}   (start-up and report included)`,
    );
  } finally {
    fs.rmSync(features, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
