// `npm run bench:parallel [-- --scenarios 8 --rounds 3 --workers 3]`: the same N browser scenarios
// (browser-actions.ts) run serially and with `--parallel 1..W`, interleaved round by round. Prints the wall time
// of the whole `npm run bdd` and of cucumber's run (testRunStarted → testRunFinished), and the throughput.
// Target on a 2-core machine: 2 workers at least as fast as serial.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchFeature } from './browser-actions';
import { argument, BENCH_STEPS, featureDir, loadLine, median, ms, readMessages, runBdd } from './measure';

interface Timing {
  wall: number;
  run: number;
}

async function timeMode(features: string, workers: number): Promise<Timing> {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-parallel-'));
  try {
    const parallel = workers ? ['--parallel', `${workers}`] : [];
    const result = await runBdd([features, '--require', BENCH_STEPS, ...parallel], reports);
    const messages = readMessages(path.join(reports, 'messages.ndjson'));
    const at = (type: string) => messages.find((message) => message.type === type)?.at ?? Number.NaN;
    return { wall: result.ms, run: at('testRunFinished') - at('testRunStarted') };
  } finally {
    fs.rmSync(reports, { recursive: true, force: true });
  }
}

const label = (workers: number) => (workers ? `--parallel ${workers}` : 'serial');

async function main(): Promise<void> {
  const count = argument('--scenarios', 8);
  const rounds = argument('--rounds', 3);
  const modes = [0, ...Array.from({ length: argument('--workers', 3) }, (_, i) => i + 1)];
  const features = featureDir(benchFeature(count));
  const results = new Map<number, Timing[]>(modes.map((mode) => [mode, []]));
  try {
    await timeMode(features, 0); // warm-up: compile cache, OS caches
    for (let index = 1; index <= rounds; index++) {
      // Rotate the order each round so no mode always runs first or last.
      const order = modes.map((_, i) => modes[(i + index) % modes.length]);
      for (const workers of order) {
        const timing = await timeMode(features, workers);
        results.get(workers)!.push(timing);
        console.log(`round ${index}/${rounds} ${label(workers).padEnd(12)} wall ${ms(timing.wall)}`);
      }
    }
  } finally {
    fs.rmSync(features, { recursive: true, force: true });
  }
  console.log(`\n${count} scenarios, median of ${rounds} rounds; ${loadLine()}`);
  const serial = median(results.get(0)!.map((t) => t.wall));
  for (const [workers, timings] of results) {
    const wall = median(timings.map((t) => t.wall));
    const run = median(timings.map((t) => t.run));
    const throughput = (count / wall) * 60_000;
    console.log(
      `${label(workers).padEnd(12)} wall ${ms(wall)}  cucumber run ${ms(run)}  ${throughput.toFixed(1).padStart(5)} scenarios/min  serial/this ${(serial / wall).toFixed(2)}`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
