// `npm run bench:generate-scale [-- --copies 5 --rounds 1]`: `npm run generate` on 1×..5× the corpus. Copy j
// (j ≥ 1) renumbers every key (MM-T418 → MM-T1000418 for j = 1): file names, `key:`, headings and `from MM-T…`
// calls alike, so each copy is a consistent set of new cases. Each size goes to a fresh output folder and must
// give one feature per case. Printed per size: wall time, CPU time (user + sys) and peak RSS (GNU time's %U %S %M)
// of the whole generate process, then the least-squares slope per case and the fixed cost. On a shared machine
// the CPU time is the steadier figure: wall time also counts waiting for a core.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusDir, requireCorpus } from '../corpus';
import { argument, loadLine, median, REPO_ROOT } from './measure';

const CORPUS = corpusDir();
const GNU_TIME = '/usr/bin/time';
const KEY = /MM-T(\d+)/g;

/** Writes copy `j` of the corpus under `root/copy-j`, keys renumbered; returns how many cases it holds. */
function writeCopy(root: string, j: number): number {
  const renumber = (text: string) => text.replace(KEY, (_, n: string) => `MM-T${j * 1_000_000 + Number(n)}`);
  let cases = 0;
  for (const entry of fs.readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.md') || !/MM-T\d+\.md$/.test(entry)) continue;
    const target = path.join(root, `copy-${j}`, renumber(entry));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, renumber(fs.readFileSync(path.join(CORPUS, entry), 'utf8')));
    cases++;
  }
  return cases;
}

interface Measured {
  ms: number;
  cpuMs: number;
  rssKb: number;
}

function generateOnce(casesDir: string, outDir: string): Measured {
  const started = performance.now();
  const result = spawnSync(
    GNU_TIME,
    [
      '-f',
      'casebook-usage %M %U %S',
      'npm',
      'run',
      '--silent',
      'generate',
      '--',
      '--cases',
      casesDir,
      '--out',
      outDir,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const elapsed = performance.now() - started;
  const usage = /casebook-usage (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  // Exit code 1 only means some corpus cases were reported as bad input; they are reported, not fatal.
  if (!usage || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`npm run generate on ${casesDir} failed (${result.status}):\n${result.stderr}`);
  }
  const cpuMs = (Number(usage[2]) + Number(usage[3])) * 1000;
  return { ms: elapsed, cpuMs, rssKb: Number(usage[1]) };
}

function countFeatures(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.feature'))
    .length;
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  return covariance / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
}

function main(): void {
  requireCorpus();
  if (!fs.existsSync(GNU_TIME))
    throw new Error(`${GNU_TIME} not found: install GNU time (apt-get install time)`);
  const copies = argument('--copies', 5);
  const rounds = argument('--rounds', 1);
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const root = fs.mkdtempSync(path.join(base, 'casebook-scale-'));
  const rows: ({ cases: number } & Measured)[] = [];
  try {
    let cases = 0;
    for (let size = 1; size <= copies; size++) {
      cases += writeCopy(path.join(root, 'cases'), size - 1);
      const runs: Measured[] = [];
      for (let r = 0; r < rounds; r++) {
        const out = path.join(root, `out-${size}-${r}`);
        runs.push(generateOnce(path.join(root, 'cases'), out));
        const features = countFeatures(out);
        fs.rmSync(out, { recursive: true, force: true });
        if (features !== cases) throw new Error(`${cases} cases gave ${features} features in ${out}`);
      }
      const m = (pick: (x: Measured) => number) => median(runs.map(pick));
      const row = { cases, ms: m((x) => x.ms), cpuMs: m((x) => x.cpuMs), rssKb: m((x) => x.rssKb) };
      rows.push(row);
      console.log(
        `${size}× ${String(cases).padStart(6)} cases  wall ${(row.ms / 1000).toFixed(1).padStart(5)} s  CPU ${(row.cpuMs / 1000).toFixed(1).padStart(5)} s (${(row.cpuMs / cases).toFixed(2)} ms/case)  peak RSS ${(row.rssKb / 1024).toFixed(0).padStart(4)} MiB (${(row.rssKb / cases).toFixed(1)} KiB/case)`,
      );
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  const xs = rows.map((row) => row.cases);
  console.log(`\n${loadLine()}; median of ${rounds} run(s) per size`);
  const perCase = (pick: (row: Measured) => number) => slope(xs, rows.map(pick));
  console.log(`slope: ${perCase((r) => r.cpuMs).toFixed(2)} ms CPU per case added`);
  console.log(`slope: ${perCase((r) => r.ms).toFixed(2)} ms wall per case added`);
  console.log(`slope: ${perCase((r) => r.rssKb).toFixed(1)} KiB peak RSS per case added`);
  const fixed = (pick: (row: Measured) => number) => pick(rows[0]) - perCase(pick) * xs[0];
  console.log(
    `fixed cost (the fit at 0 cases: npm, node, loading): ${(fixed((r) => r.cpuMs) / 1000).toFixed(1)} s CPU, ${(fixed((r) => r.rssKb) / 1024).toFixed(0)} MiB`,
  );
}

main();
