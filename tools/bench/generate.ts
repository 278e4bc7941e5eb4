/**
 * npm run bench:generate [-- --rounds N]: times, in one process and interleaved round by round,
 *  (a) the baseline: finding the corpus files, reading them and splitting their front matter with gray-matter;
 *  (b) the full conversion of the corpus into an empty temporary folder;
 *  (c) an incremental rerun on that folder with nothing changed.
 * gray-matter caches results by file content when called without options; the baseline calls it with an options
 * object (as the converter does) so neither side is served from that cache. Prints medians and b/a.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { findCaseFiles } from '../generate/discover';
import { generate } from '../generate/run';

const CORPUS = path.resolve(__dirname, '../../..', 'shared/corpus/mattermost-test-management');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;

function baseline(): number {
  const started = performance.now();
  for (const file of findCaseFiles(CORPUS, CORPUS)) matter(fs.readFileSync(file.path, 'utf8'), {});
  return performance.now() - started;
}

function conversion(): { full: number; incremental: number; cases: number; errors: number } {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-'));
  try {
    const full = generate({ casesDir: CORPUS, outDir });
    const again = generate({ casesDir: CORPUS, outDir });
    if (again.written !== 0) throw new Error(`incremental rerun rewrote ${again.written} features`);
    return {
      full: full.durationMs,
      incremental: again.durationMs,
      cases: full.cases,
      errors: full.errors.length,
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function main(): void {
  if (!fs.existsSync(CORPUS))
    throw new Error(`corpus not found at ${CORPUS} (expected ../shared beside the repo)`);
  const timings = { baseline: [] as number[], full: [] as number[], incremental: [] as number[] };
  let cases = 0;
  baseline(); // warm-up: module loading and JIT, not timed
  for (let round = 1; round <= rounds; round++) {
    timings.baseline.push(baseline());
    const run = conversion();
    timings.full.push(run.full);
    timings.incremental.push(run.incremental);
    cases = run.cases;
    const line = (name: keyof typeof timings) => `${name} ${timings[name][round - 1].toFixed(0)} ms`;
    console.log(`round ${round}/${rounds}: ${line('baseline')}, ${line('full')}, ${line('incremental')}`);
  }
  const [a, b, c] = [median(timings.baseline), median(timings.full), median(timings.incremental)];
  console.log(
    `\n${cases} corpus cases, median of ${rounds} rounds (node ${process.version}, ${os.cpus().length} CPUs)`,
  );
  console.log(`(a) read + gray-matter baseline   ${a.toFixed(0).padStart(6)} ms`);
  console.log(
    `(b) full conversion to features   ${b.toFixed(0).padStart(6)} ms   b/a = ${(b / a).toFixed(2)} (target ≤ 2)`,
  );
  console.log(`(c) incremental, nothing changed  ${c.toFixed(0).padStart(6)} ms   (target < 300 ms)`);
}

main();
