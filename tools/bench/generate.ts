/**
 * npm run bench:generate [-- --rounds N] [-- --out-base DIR]: times, in one process, round by round,
 *  (a) the baseline: finding the corpus files, reading them and splitting their front matter with gray-matter;
 *  (b) the full conversion of the corpus into an empty folder: `generate()` exactly as `npm run generate` calls it,
 *      so it picks its own number of threads (in a process whose workers already run, as here after the warm-up
 *      round, they join at once; see sharing.ts); the same conversion forced onto 1 thread and onto all cores is
 *      printed below it;
 *  (c) an incremental rerun on that folder with nothing changed;
 * and, to show where (b) goes, what two mandated libraries alone cost on the same input: markdown-it parsing
 * every body and @cucumber/gherkin checking every generated feature, both as the converter calls them.
 * gray-matter caches results by file content when called without options; both the baseline and the converter
 * call it with an options object, so neither is served from that cache. (a) and (b) run back to back, each
 * first in every other round, and b/a is the median of the rounds' ratios: the machine is shared and its speed
 * drifts between seconds, which a ratio of two medians taken seconds apart would measure too. Prints medians and
 * ratios, wall clock and CPU time (all threads of the process), and the load average.
 * Like module loading, the workers' start-up is paid once per process: the warm-up round pays it, and its (b) is
 * printed apart as the first call of a process. `npm run bench:generate-scale` times new processes instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { parseMarkdown } from '../case/markdown';
import { corpusDir, requireCorpus } from '../corpus';
import { findCaseFiles } from '../generate/discover';
import { generate } from '../generate/run';
import { documentSteps, parseFeature, validateFeature } from '../gherkin';

const CORPUS = corpusDir();
const rounds = Number(argument('--rounds')) || 7;
const THREADS = os.availableParallelism();
// Features go to a RAM-backed folder when there is one: the disk is shared with other jobs, and its contention
// would measure them, not the converter. `--out-base DIR` picks another place.
const OUT_BASE = argument('--out-base') ?? (fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());

type Timings = Record<
  | 'baseline'
  | 'full'
  | 'incremental'
  | 'single'
  | 'multi'
  | 'threads'
  | 'markdown'
  | 'gherkin'
  | 'baselineCpu'
  | 'fullCpu'
  | 'incrementalCpu'
  | 'singleCpu'
  | 'multiCpu'
  | 'ratio',
  number
>;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function timed(work: () => void): number {
  return measured(work).wall;
}

/** Wall clock and CPU time of all the process's threads (workers included), in ms. */
function measured<T>(work: () => T): { wall: number; cpu: number; result: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, result };
}

function baselineRun(): void {
  for (const file of findCaseFiles(CORPUS, CORPUS)) matter(fs.readFileSync(file.path, 'utf8'), {});
}

/** `first` then `second`, or the other way round: neither always runs on the heap or core state the other left. */
function inTurn<A, B>(swap: boolean, first: () => A, second: () => B): [A, B] {
  if (!swap) return [first(), second()];
  const later = second();
  return [first(), later];
}

function round(bodies: readonly string[], index: number): Timings & { cases: number } {
  const markdownTime = timed(() => {
    for (const body of bodies) parseMarkdown(body);
  });
  const outDir = fs.mkdtempSync(path.join(OUT_BASE, 'casebook-bench-'));
  const forcedDirs = [1, THREADS].map(() => fs.mkdtempSync(path.join(OUT_BASE, 'casebook-bench-')));
  try {
    // The same conversion forced onto 1 thread and onto all of them, each into a folder of its own.
    const [single, multi] = [1, THREADS].map((threads, index) =>
      measured(() => generate({ casesDir: CORPUS, outDir: forcedDirs[index], threads })),
    );
    // (a) and (b) back to back, so that both see the machine in the same state: it is shared, and its speed drifts.
    const [baseline, full] = inTurn(
      index % 2 === 1,
      () => measured(baselineRun),
      () => measured(() => generate({ casesDir: CORPUS, outDir })),
    );
    const again = measured(() => generate({ casesDir: CORPUS, outDir }));
    if (again.result.written !== 0)
      throw new Error(`the incremental rerun rewrote ${again.result.written} features`);
    const features = findFeatures(outDir).map((feature) => fs.readFileSync(feature, 'utf8'));
    const planned = features.map((feature) => documentSteps(parseFeature(feature)).map((step) => step.text));
    const gherkin = timed(() => {
      features.forEach((feature, index) => {
        const problem = validateFeature(feature, planned[index]);
        if (problem) throw new Error(`a written feature fails the check: ${problem}`);
      });
    });
    return {
      baseline: baseline.wall,
      baselineCpu: baseline.cpu,
      full: full.wall,
      fullCpu: full.cpu,
      single: single.wall,
      singleCpu: single.cpu,
      multi: multi.wall,
      multiCpu: multi.cpu,
      threads: full.result.threads,
      ratio: full.wall / baseline.wall,
      incremental: again.wall,
      incrementalCpu: again.cpu,
      markdown: markdownTime,
      gherkin,
      cases: full.result.cases,
    };
  } finally {
    for (const dir of [outDir, ...forcedDirs]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function findFeatures(outDir: string): string[] {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.feature'))
    .map((entry) => path.join(outDir, entry));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function main(): void {
  requireCorpus();
  const bodies = findCaseFiles(CORPUS, CORPUS).map(
    (file) => matter(fs.readFileSync(file.path, 'utf8'), {}).content,
  );
  const loadBefore = os.loadavg();
  const first = round(bodies, 0); // warm-up: module loading, worker start-up and JIT, not counted
  const results: (Timings & { cases: number })[] = [];
  for (let index = 1; index <= rounds; index++) {
    const result = round(bodies, index);
    results.push(result);
    const shown = (['baseline', 'full', 'incremental'] as const).map(
      (name) => `${name} ${result[name].toFixed(0)} ms`,
    );
    console.log(`round ${index}/${rounds}: ${shown.join(', ')} (b/a ${result.ratio.toFixed(2)})`);
  }
  printSummary(results, first, [loadBefore, os.loadavg()]);
}

function printSummary(
  results: readonly (Timings & { cases: number })[],
  first: Timings,
  load: number[][],
): void {
  const m = (name: keyof Timings) => median(results.map((result) => result[name]));
  const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  const loads = load.map((averages) => averages.map((value) => value.toFixed(2)).join(' ')).join(' → ');
  console.log(
    `\n${results[0].cases} corpus cases, median of ${rounds} rounds ` +
      `(node ${process.version}, ${os.availableParallelism()} CPUs, load average ${loads})`,
  );
  const threads = results.map((result) => result.threads).join(', ');
  console.log(`features written under ${OUT_BASE}; threads (b) chose by itself, round by round: ${threads}`);
  console.log(`                                    wall clock      CPU (all threads)`);
  console.log(
    `(a) read + gray-matter baseline   ${ms(m('baseline'))}   ${ms(m('baselineCpu'))}   (1 thread)`,
  );
  console.log(
    `(b) full conversion to features   ${ms(m('full'))}   ${ms(m('fullCpu'))}   b/a = ${m('ratio').toFixed(2)} (target ≤ 2)`,
  );
  console.log(
    `    b/a is the median of the rounds' ratios, (a) and (b) measured back to back; ratio of the medians: ${(m('full') / m('baseline')).toFixed(2)}`,
  );
  console.log(
    `(c) incremental, nothing changed  ${ms(m('incremental'))}   ${ms(m('incrementalCpu'))}   (target < 300 ms)`,
  );
  console.log(
    `    the same forced onto 1 thread ${ms(m('single'))}   ${ms(m('singleCpu'))}   ${(m('single') / m('baseline')).toFixed(2)} × a`,
  );
  console.log(
    `    ... forced onto ${THREADS} threads    ${ms(m('multi'))}   ${ms(m('multiCpu'))}   ${(m('multi') / m('baseline')).toFixed(2)} × a`,
  );
  console.log(
    `    forced onto ${THREADS} threads on the first call of a process (workers starting, cold JIT): ${ms(first.multi).trim()}`,
  );
  console.log(`where (b) goes, libraries alone on the same input (1 thread):`);
  console.log(`    markdown-it parse of the bodies  ${ms(m('markdown'))}`);
  console.log(`    @cucumber/gherkin check of the features ${ms(m('gherkin'))}`);
  const floor = m('baseline') + m('markdown') + m('gherkin');
  console.log(
    `    a + both = ${ms(floor).trim()}, i.e. ${(floor / m('baseline')).toFixed(2)} × a before any casebook code`,
  );
}

main();
