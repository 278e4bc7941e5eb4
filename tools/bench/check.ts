// `npm run bench:check`: how long `npm run check -- <one case>` takes beyond npm's own start. Measured side by
// side, alternating: npm running its built-in `env` script (npm's start and a shell, nothing of casebook), npm running the check, and the check's
// node process alone; plus a first check after the step library changed (no cached patterns: Cucumber loads it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusDir } from '../corpus';
import { loadLine, median, REPO_ROOT, timedRun } from './measure';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const CASE = path.join(corpusDir(), 'channels', 'messaging', 'MM-T2241.md');
const CHECK = ['--require', './tools/ts-cache/register.js', 'tools/check/cli.ts', CASE];

const ms = (values: number[]) => `${Math.round(values.at(-1) ?? 0)} ms`;

async function main(): Promise<void> {
  if (!fs.existsSync(CASE)) throw new Error(`no case at ${CASE}: set CASEBOOK_CORPUS (see README)`);
  const before = loadLine();
  const npmAlone: number[] = [];
  const npmCheck: number[] = [];
  const nodeCheck: number[] = [];
  const cold: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    npmAlone.push((await timedRun('npm', ['run', '--silent', 'env'])).ms);
    const checked = await timedRun('npm', ['run', '--silent', 'check', '--', CASE]);
    if (checked.code !== 0) throw new Error(`npm run check failed:\n${checked.stderr}`);
    npmCheck.push(checked.ms);
    // CPU seconds of the check's process as well: on a shared machine wall time mostly measures the queue.
    const timed = await timedRun('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...CHECK]);
    nodeCheck.push(timed.ms);
    const [user, system] = (/cpu ([\d.]+) ([\d.]+)\s*$/.exec(timed.stderr) ?? []).slice(1).map(Number);
    cpu.push(Math.round((user + system) * 1000));
    const emptyCache = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-step-cache-'));
    cold.push((await timedRun(process.execPath, CHECK, { CASEBOOK_STEP_CACHE: emptyCache })).ms);
    fs.rmSync(emptyCache, { recursive: true, force: true });
    console.log(
      `round ${round + 1}/${ROUNDS}: npm alone ${ms(npmAlone)}, npm run check ${ms(npmCheck)}, node check ${ms(nodeCheck)} (${cpu.at(-1)} ms CPU), first after a step change ${ms(cold)}`,
    );
  }
  const overhead = npmCheck.map((ms, i) => ms - npmAlone[i]);
  console.log(`\nnpm run check -- one case (${path.relative(REPO_ROOT, CASE)}), median of ${ROUNDS} rounds`);
  console.log(`(before: ${before}; after: ${loadLine()})`);
  console.log(`  npm run env (npm's own start)               ${Math.round(median(npmAlone))} ms`);
  console.log(`  npm run check                                ${Math.round(median(npmCheck))} ms`);
  console.log(
    `  beyond npm's own start (paired differences)  ${Math.round(median(overhead))} ms   (target < 1000 ms)`,
  );
  console.log(
    `  the check's node process alone              ${Math.round(median(nodeCheck))} ms wall, ${median(cpu)} ms CPU`,
  );
  console.log(
    `  first check after a step file changed       ${Math.round(median(cold))} ms   (loads the library through Cucumber)`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
