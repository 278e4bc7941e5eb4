// `npm run bench:startup [-- --rounds 5]`: start-up of `npm run bdd` on one scenario against Cucumber's own bare
// start, measured in the same loop (interleaved, so both see the same machine load). Ours runs from spawning
// `npm run bdd` to the first test step starting (a Before hook counts), read from messages.ndjson; Cucumber's
// is `cucumber-js --version` through node_modules/.bin, spawn to exit. Target: ours ≤ 1.5 × Cucumber's.
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

interface Round {
  bare: number;
  firstStep: number;
  cucumberLoaded: number;
  total: number;
}

async function round(features: string): Promise<Round> {
  const bare = await timedRun(path.join('node_modules', '.bin', 'cucumber-js'), ['--version']);
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-startup-'));
  try {
    const run = await runBdd([features, '--require', BENCH_STEPS], reports);
    const messages = readMessages(path.join(reports, 'messages.ndjson'));
    const at = (type: string) => messages.find((message) => message.type === type)?.at ?? Number.NaN;
    return {
      bare: bare.ms,
      firstStep: at('testStepStarted') - run.startedAt,
      cucumberLoaded: at('testRunStarted') - run.startedAt,
      total: run.ms,
    };
  } finally {
    fs.rmSync(reports, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rounds = argument('--rounds', 5);
  const features = featureDir(benchFeature(1));
  try {
    await round(features); // warm-up: fills the compile cache and the OS file cache, not counted
    const results: Round[] = [];
    for (let index = 1; index <= rounds; index++) {
      const result = await round(features);
      results.push(result);
      console.log(`round ${index}/${rounds}: bare ${ms(result.bare)}, first step ${ms(result.firstStep)}`);
    }
    const m = (name: keyof Round) => median(results.map((result) => result[name]));
    console.log(`\nmedian of ${rounds} rounds; ${loadLine()}`);
    console.log(`cucumber-js --version (bare start)               ${ms(m('bare'))}`);
    console.log(`npm run bdd → cucumber ready (testRunStarted)    ${ms(m('cucumberLoaded'))}`);
    console.log(`npm run bdd → first step started                 ${ms(m('firstStep'))}`);
    console.log(`ratio first step / bare: ${(m('firstStep') / m('bare')).toFixed(2)} (target ≤ 1.5)`);
    console.log(`(whole run of that one scenario, with the report: ${ms(m('total')).trim()})`);
  } finally {
    fs.rmSync(features, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
