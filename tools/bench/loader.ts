// `npm run bench:loader [-- --rounds 7]`: start-up of casebook's entry points under each way of loading
// TypeScript that was a candidate (docs/architecture.md, "TypeScript at run time"), side by side in one loop:
// (a) the project's swc cache (tools/ts-cache/register.js: cached plain JavaScript, no compiler loaded),
// (b) ts-node with `transpileOnly` and its swc transpiler (`"ts-node": { "swc": true }` in a tsconfig),
// (c) tsx (esbuild, with its own cache).
// Three entries: `generate --help` (loading a CLI), `check` of one corpus case (a command a QA author runs while
// writing), and a cucumber `--dry-run` of one generated case (the whole step library). Each round runs every
// pair once, in an order that rotates between rounds, after one discarded warm-up round (so all caches are
// warm, as on any run but the first). Prints the median wall and CPU time of each pair and its ratio to (a).
// The loaders that are no longer dependencies are measured when installed (`npm install --no-save
// ts-node@10.9.2 tsx@4.23.15`) and skipped, with that hint, otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusDir } from '../corpus';
import { TS_LOADER } from '../ts-cache/loader';
import { argument, loadLine, median, REPO_ROOT, timedRun } from './measure';

interface Loader {
  name: string;
  /** node arguments that preload it. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** The package it needs, when it is not the project's own. */
  needs?: string;
}

interface Entry {
  name: string;
  /** node arguments after the loader's. */
  args: string[];
}

interface Sample {
  wallMs: number;
  cpuMs: number;
}

const CASE = path.join(corpusDir(), 'channels', 'messaging', 'MM-T2241.md');
const CUCUMBER_BIN = path.join(REPO_ROOT, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js');

function loaders(work: string): Loader[] {
  // ts-node reads its options from the project's tsconfig: one that extends ours and turns swc on.
  const tsNodeConfig = path.join(work, 'tsconfig.ts-node-swc.json');
  fs.writeFileSync(
    tsNodeConfig,
    JSON.stringify({
      extends: path.join(REPO_ROOT, 'tsconfig.json'),
      'ts-node': { transpileOnly: true, swc: true },
    }),
  );
  return [
    { name: '(a) swc cache', args: ['--require', TS_LOADER], env: {} },
    {
      name: '(b) ts-node + swc',
      args: ['--require', 'ts-node/register'],
      env: { TS_NODE_PROJECT: tsNodeConfig },
      needs: 'ts-node',
    },
    { name: '(c) tsx', args: ['--import', 'tsx'], env: {}, needs: 'tsx' },
  ];
}

function installed(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`, { paths: [REPO_ROOT] });
    return true;
  } catch {
    return false;
  }
}

/** A feature generated from the benchmark's case, and a cucumber config that leaves loading to node's flags. */
async function dryRunInputs(work: string): Promise<{ feature: string; config: string }> {
  const features = path.join(work, 'features');
  const generated = await timedRun(process.execPath, [
    '--require',
    TS_LOADER,
    'tools/generate/cli.ts',
    '--cases',
    path.dirname(CASE),
    '--out',
    features,
  ]);
  if (generated.code !== 0) throw new Error(`npm run generate failed:\n${generated.stderr}`);
  const feature = path.join(features, `${path.basename(CASE, '.md')}.feature`);
  if (!fs.existsSync(feature)) throw new Error(`generate wrote no ${feature}`);
  const config = path.join(work, 'cucumber.bench.js');
  const base = JSON.stringify(path.join(REPO_ROOT, 'cucumber.js'));
  fs.writeFileSync(
    config,
    `const { default: base } = require(${base});\n` +
      "module.exports = { default: { ...base, requireModule: [], format: ['summary'] } };\n",
  );
  // cucumber-js joins --config to its working folder, even an absolute path.
  return { feature, config: path.relative(REPO_ROOT, config) };
}

/** One run through /usr/bin/time, for the process's CPU time beside its wall time (the machine is shared). */
async function sample(loader: Loader, entry: Entry): Promise<Sample> {
  const run = await timedRun(
    '/usr/bin/time',
    ['-f', 'cpu %U %S', process.execPath, ...loader.args, ...entry.args],
    loader.env,
  );
  if (run.code !== 0) {
    throw new Error(`${loader.name}: ${entry.name} exited with ${run.code}:\n${run.stdout}\n${run.stderr}`);
  }
  const [user, system] = (/cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr) ?? []).slice(1).map(Number);
  return { wallMs: run.ms, cpuMs: (user + system) * 1000 };
}

/** The pairs of one round, the order rotated by the round's number so no loader always runs first. */
function roundOrder<T>(pairs: T[], round: number): T[] {
  const shift = round % pairs.length;
  return [...pairs.slice(shift), ...pairs.slice(0, shift)];
}

function report(entries: Entry[], measured: Loader[], samples: Map<string, Sample[]>, rounds: number) {
  const key = (loader: Loader, entry: Entry) => `${loader.name}\0${entry.name}`;
  const pad = (text: string, width: number) => text.padEnd(width);
  for (const entry of entries) {
    console.log(`\n${entry.name}`);
    const base = samples.get(key(measured[0], entry)) ?? [];
    const baseWall = median(base.map((s) => s.wallMs));
    const baseCpu = median(base.map((s) => s.cpuMs));
    for (const loader of measured) {
      const runs = samples.get(key(loader, entry)) ?? [];
      const wall = median(runs.map((s) => s.wallMs));
      const cpu = median(runs.map((s) => s.cpuMs));
      console.log(
        `  ${pad(loader.name, 20)} wall ${Math.round(wall).toString().padStart(5)} ms (×${(wall / baseWall).toFixed(2)})` +
          `   cpu ${Math.round(cpu).toString().padStart(5)} ms (×${(cpu / baseCpu).toFixed(2)})`,
      );
    }
  }
  console.log(`\nmedians of ${rounds} rounds; ratios against ${measured[0].name}; ${loadLine()}`);
}

async function main(): Promise<void> {
  const rounds = argument('--rounds', 7);
  if (!fs.existsSync(CASE)) throw new Error(`no case at ${CASE}: set CASEBOOK_CORPUS (see README)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-bench-loader-'));
  try {
    const all = loaders(work);
    const measured = all.filter((loader) => !loader.needs || installed(loader.needs));
    for (const loader of all.filter((l) => !measured.includes(l))) {
      console.log(
        `skipped ${loader.name}: ${loader.needs} is not installed (npm install --no-save ${loader.needs})`,
      );
    }
    const { feature, config } = await dryRunInputs(work);
    const entries: Entry[] = [
      { name: 'generate --help', args: ['tools/generate/cli.ts', '--help'] },
      { name: `check of one case (${path.basename(CASE)})`, args: ['tools/check/cli.ts', CASE] },
      {
        name: 'cucumber --dry-run of one case',
        args: [CUCUMBER_BIN, '--config', config, '--dry-run', feature],
      },
    ];
    const pairs = entries.flatMap((entry) => measured.map((loader) => ({ loader, entry })));
    const samples = new Map<string, Sample[]>();
    console.log(`before: ${loadLine()}`);
    for (let round = 0; round <= rounds; round++) {
      for (const { loader, entry } of roundOrder(pairs, round)) {
        const result = await sample(loader, entry);
        // Round 0 warms every cache (tsx's, the swc cache, the step matcher's) and is not counted.
        if (round === 0) continue;
        const key = `${loader.name}\0${entry.name}`;
        samples.set(key, [...(samples.get(key) ?? []), result]);
      }
      if (round === 0) console.log('warm-up round done');
      // The figures so far after every round: on a loaded machine a long run may have to be cut short.
      else if (round < rounds) report(entries, measured, samples, round);
    }
    console.log(`after: ${loadLine()}`);
    report(entries, measured, samples, rounds);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
