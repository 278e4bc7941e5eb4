// `npm run bench:report [-- --scenarios 5000 --runs 3]`: time, peak memory and output size of building the
// HTML report for a large run. Target: under 15 s for 5,000 scenarios. Prints numbers; not a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { TS_LOADER_ARGS } from '../ts-cache/loader';
import { converterAvailable, corpusResults, repoRoot, syntheticResults } from './report-input';

interface BuildResult {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  cases: number;
}

function measureBuild(resultsDir: string, outDir: string): BuildResult {
  const result = spawnSync(
    process.execPath,
    [...TS_LOADER_ARGS, path.join(__dirname, 'report-build.ts'), resultsDir, outDir],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`report build failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as BuildResult;
}

function folderSize(dir: string): { bytes: number; files: number } {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file));
  const sizes = files.filter((file) => fs.statSync(file).isFile()).map((file) => fs.statSync(file).size);
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function main(flags: { scenarios: string; runs: string; keep?: boolean }): void {
  const scenarios = Number(flags.scenarios);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-report-'));
  const resultsDir = path.join(work, 'reports');
  const outDir = path.join(resultsDir, 'html');
  fs.mkdirSync(resultsDir, { recursive: true });
  try {
    const source = converterAvailable()
      ? corpusResults(work, resultsDir, scenarios)
      : syntheticResults(resultsDir, scenarios);
    const input = folderSize(resultsDir);
    const runs = Array.from({ length: Number(flags.runs) }, () => measureBuild(resultsDir, outDir));
    const output = folderSize(outDir);
    const index = fs.statSync(path.join(outDir, 'index.html')).size;
    console.log(`report benchmark — ${runs[0]!.cases} scenarios from ${source}`);
    console.log(`  input:      ${mb(input.bytes)} in ${input.files} result file(s)`);
    console.log(
      `  build time: median ${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s of ${runs.length} (${runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s); target < 15 s`,
    );
    console.log(
      `  CPU time:   median ${(median(runs.map((r) => r.cpuMs)) / 1000).toFixed(2)} s (user + system)`,
    );
    console.log(`  peak RSS:   median ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB`);
    console.log(`  output:     ${mb(output.bytes)} in ${output.files} files; index.html ${mb(index)}`);
    if (flags.keep) console.log(`  kept:       ${outDir}`);
  } finally {
    if (!flags.keep) fs.rmSync(work, { recursive: true, force: true });
  }
}

new Command()
  .option('--scenarios <n>', 'scenarios in the run', '5000')
  .option('--runs <n>', 'report builds to time (median)', '3')
  .option('--keep', 'keep the results and the report (prints where)')
  .action(main)
  .parse();
