// `npm run bench:startup [-- --rounds 5]`: start-up of `npm run bdd` on one scenario against Cucumber's own bare
// start, measured in the same loop (interleaved, so all see the same machine load). Ours runs from spawning
// `npm run bdd` to the first test step starting (a Before hook counts), read from messages.ndjson; Cucumber's
// is `cucumber-js --version` through node_modules/.bin, spawn to exit. Target: ours ≤ 1.5 × Cucumber's.
// Two floors are measured beside them, to show what no tool built on `npm run` and cucumber-js can go below:
// `npm run env` (npm's own start) and cucumber-js running one empty JavaScript step with no project config.
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
  REPO_ROOT,
  readMessages,
  runBdd,
  timedRun,
} from './measure';

interface Round {
  bare: number;
  npmOwn: number;
  cucumberFloor: number;
  cucumberLoaded: number;
  firstStep: number;
  total: number;
}

const CUCUMBER_BIN = path.join(REPO_ROOT, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js');

/** A folder holding one scenario with one empty JavaScript step, and no cucumber config of its own. */
function emptyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-empty-'));
  fs.writeFileSync(path.join(dir, 'one.feature'), 'Feature: one\n  Scenario: one\n    Given nothing\n');
  const cucumber = JSON.stringify(require.resolve('@cucumber/cucumber'));
  fs.writeFileSync(path.join(dir, 'steps.js'), `require(${cucumber}).Given('nothing', () => {});\n`);
  return dir;
}

/** From `startedAt` (the spawn) to cucumber ready and to the first test step, read from a messages.ndjson file. */
function firstStepAfter(startedAt: number, file: string): { ready: number; firstStep: number } {
  const messages = readMessages(file);
  const at = (type: string) => messages.find((message) => message.type === type)?.at ?? Number.NaN;
  return { ready: at('testRunStarted') - startedAt, firstStep: at('testStepStarted') - startedAt };
}

async function cucumberFloor(empty: string): Promise<number> {
  const messages = path.join(empty, 'messages.ndjson');
  const args = ['one.feature', '--require', 'steps.js', '--format', `message:${messages}`];
  const run = await timedRun(process.execPath, [CUCUMBER_BIN, ...args], {}, empty);
  if (run.code !== 0) throw new Error(`cucumber-js on one empty step failed:\n${run.stdout}\n${run.stderr}`);
  return firstStepAfter(run.startedAt, messages).firstStep;
}

async function round(features: string, empty: string): Promise<Round> {
  const bare = await timedRun(path.join('node_modules', '.bin', 'cucumber-js'), ['--version']);
  const npmOwn = await timedRun('npm', ['run', '--silent', 'env']);
  const floor = await cucumberFloor(empty);
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-startup-'));
  try {
    const run = await runBdd([features, '--require', BENCH_STEPS], reports);
    const ours = firstStepAfter(run.startedAt, path.join(reports, 'messages.ndjson'));
    return {
      bare: bare.ms,
      npmOwn: npmOwn.ms,
      cucumberFloor: floor,
      cucumberLoaded: ours.ready,
      firstStep: ours.firstStep,
      total: run.ms,
    };
  } finally {
    fs.rmSync(reports, { recursive: true, force: true });
  }
}

function print(results: Round[]): void {
  const m = (name: keyof Round) => median(results.map((result) => result[name]));
  const floor = m('npmOwn') + m('cucumberFloor');
  console.log(`\nmedian of ${results.length} rounds; ${loadLine()}`);
  console.log(`cucumber-js --version (bare start)                    ${ms(m('bare'))}`);
  console.log(`npm run bdd → cucumber ready (testRunStarted)         ${ms(m('cucumberLoaded'))}`);
  console.log(`npm run bdd → first step started                      ${ms(m('firstStep'))}`);
  console.log(`ratio first step / bare: ${(m('firstStep') / m('bare')).toFixed(2)} (target ≤ 1.5)`);
  console.log('floors, measured in the same rounds:');
  console.log(`  npm run env (npm's own start)                       ${ms(m('npmOwn'))}`);
  console.log(`  cucumber-js, one empty JS step → first step         ${ms(m('cucumberFloor'))}`);
  console.log(
    `  the two together ${ms(floor).trim()} = ${(floor / m('bare')).toFixed(2)} × bare; ours is ${(m('firstStep') / floor).toFixed(2)} × that`,
  );
  console.log(`(whole run of that one scenario, with the report: ${ms(m('total')).trim()})`);
}

async function main(): Promise<void> {
  const rounds = argument('--rounds', 5);
  const features = featureDir(benchFeature(1));
  const empty = emptyProject();
  try {
    await round(features, empty); // warm-up: fills the compile cache and the OS file cache, not counted
    const results: Round[] = [];
    for (let index = 1; index <= rounds; index++) {
      const result = await round(features, empty);
      results.push(result);
      console.log(`round ${index}/${rounds}: bare ${ms(result.bare)}, first step ${ms(result.firstStep)}`);
    }
    print(results);
  } finally {
    fs.rmSync(features, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
