import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { corpusDir, DEFAULT_CORPUS, missingCorpusMessage } from '../corpus';
import {
  appendToBaseline,
  type BaselineCheck,
  checkBaseline,
  loadBaseline,
  sampleBaseline,
} from './baseline';
import { type CaseFilter, globMatcher } from './corpus';
import { reach } from './reach';
import { REPO_ROOT } from './run';
import { formatScreen, writeSummary } from './summary';
import { formatTwins, type TwinReport } from './twin-runs';
import { TWIN_KINDS, type TwinKind } from './twins';

const log = (line: string) => console.error(`reach: ${line}`);
const BASELINE_DIR = path.join(REPO_ROOT, 'tests', 'reach', 'baseline');

interface CliOptions {
  cases?: string;
  only?: string;
  parallel: number;
  twins: boolean;
  twinKinds: TwinKind[];
  baselineOnly?: boolean;
  baselineSample?: number;
  updateBaseline?: boolean;
  baselineFile?: string;
  baselineDir: string;
  require: string[];
  summary: string;
  keep?: boolean;
  requireProof?: boolean;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of 1 or more');
  return n;
}

function twinKinds(value: string): TwinKind[] {
  const kinds = value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !TWIN_KINDS.includes(k as TwinKind));
  if (unknown.length)
    throw new InvalidArgumentError(`unknown twin kind ${unknown.join(', ')}: use ${TWIN_KINDS.join(',')}`);
  return kinds as TwinKind[];
}

function parseArgs(argv: string[]): CliOptions {
  return new Command('npm run reach --')
    .description(
      'Generates every corpus case, binds it (cucumber --dry-run), runs the fully bound ones in the browser against ' +
        'the sandbox (or BASE_URL), runs the falsified twins of every pass, and compares with tests/reach/baseline/.',
    )
    .option('--cases <dir>', `corpus folder (default: $CASEBOOK_CORPUS or ${DEFAULT_CORPUS})`)
    .option(
      '--only <glob>',
      'cases whose path (relative to the corpus) or key matches: "channels/messaging/**", "MM-T21*", "MM-T2084,MM-T496"',
    )
    .option('--baseline-only', 'only the cases listed in tests/reach/baseline/*.json')
    .option(
      '--baseline-sample <n>',
      'with --baseline-only: n cases of each baseline file, evenly spread (a fast tier touching every area)',
      positiveInteger,
    )
    .option('--parallel <n>', 'cucumber workers for the browser runs', positiveInteger, 1)
    .option('--no-twins', 'do not run the falsified twins of passing cases')
    .option('--twin-kinds <list>', 'which twins: quote,negation,absence (default: all)', twinKinds, [
      ...TWIN_KINDS,
    ])
    .option(
      '--update-baseline',
      'append new passes with a proven twin and no silent pass to the baseline file',
    )
    .option('--baseline-dir <dir>', 'the baseline lists (*.json, their union)', BASELINE_DIR)
    .option('--baseline-file <file>', 'where --update-baseline writes (default: <baseline-dir>/new.json)')
    .option('--require <file>', 'extra step definitions (repeatable)', (v, all: string[]) => [...all, v], [])
    .option('--summary <file>', 'per-case results', path.join(REPO_ROOT, 'reports', 'reach', 'summary.json'))
    .option(
      '--require-proof',
      'also fail when a passing case has no proven twin, or its absence twin passes without a "kept" note',
    )
    .option('--keep', 'keep the temporary folder of features and messages (its path is printed)')
    .exitOverride()
    .parse(argv, { from: 'user' })
    .opts<CliOptions>();
}

/**
 * 0: no regression and no silent pass; 1: a baseline case no longer passes or a twin passed silently (with
 * --require-proof also: a passing case without a proven twin, an absence pass without a "kept" note); 2: error.
 */
async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const casesDir = options.cases ? path.resolve(options.cases) : corpusDir();
  if (!fs.existsSync(casesDir)) {
    log(
      options.cases
        ? `error: the cases folder ${casesDir} does not exist: give --cases DIR or set CASEBOOK_CORPUS`
        : `error: ${missingCorpusMessage(casesDir)}`,
    );
    return 2;
  }
  if (options.updateBaseline && !options.twins) {
    log('error: --update-baseline needs the twins (a pass counts only when its twins fail): drop --no-twins');
    return 2;
  }
  const baseline = loadBaseline(options.baselineDir);
  const byGlob: CaseFilter = options.only ? globMatcher(options.only) : () => true;
  if (options.baselineSample && !options.baselineOnly) {
    log('error: --baseline-sample picks from the baseline lists: add --baseline-only');
    return 2;
  }
  const listed = options.baselineSample
    ? sampleBaseline(baseline, options.baselineSample)
    : new Set(baseline.entries.map((e) => e.path));
  const select: CaseFilter = (relPath, key) =>
    byGlob(relPath, key) && (!options.baselineOnly || listed.has(relPath));
  const run = await reach({
    casesDir,
    select,
    parallel: options.parallel,
    twins: options.twins,
    twinKinds: options.twinKinds,
    extraSteps: options.require,
    log,
  });
  try {
    writeSummary(options.summary, run.summary);
    const check = checkBaseline(baseline, run.summary.cases, (p) => select(p, path.posix.basename(p, '.md')));
    console.log(formatScreen(run.summary));
    const kept = new Set(
      baseline.entries.filter((e) => e.kept).map((e) => path.posix.basename(e.path, '.md')),
    );
    if (run.twins) console.log(`\n${formatTwins(run.twins, kept)}`);
    console.log(`\n${formatBaseline(check, baseline.entries.length)}`);
    if (options.updateBaseline) {
      const file = options.baselineFile ?? path.join(options.baselineDir, 'new.json');
      update(file, check, run.twins, run.cases);
    }
    log(`per-case results: ${path.relative(process.cwd(), options.summary)}`);
    const silent = run.twins?.verdicts['silent pass'] ?? 0;
    const unproven = options.requireProof && run.twins ? proofMissing(run.twins, kept) : 0;
    return check.regressions.length || check.missing.length || silent || unproven ? 1 : 0;
  } finally {
    if (options.keep) log(`features and messages kept in ${run.workDir}`);
    else fs.rmSync(run.workDir, { recursive: true, force: true });
  }
}

/** Cases that pass without proof: no proven twin, or an absence twin that passes with no "kept" note for it. */
function proofMissing(twins: TwinReport, kept: ReadonlySet<string>): number {
  const absencePasses = twins.byCase.filter(
    (c) => !kept.has(c.key) && c.twins.some((t) => t.verdict === 'passes without its actions'),
  );
  return twins.unproven.length + absencePasses.length;
}

function formatBaseline(check: BaselineCheck, listed: number): string {
  const out = [
    `baseline (${listed} cases listed): ${check.regressions.length} regressions, ${check.missing.length} missing, ${check.newPasses.length} new passes`,
  ];
  for (const r of check.regressions) {
    out.push(
      `  REGRESSION ${r.key} ${r.path}: ${r.outcome}${r.cause ? ` (${r.cause})` : ''} at ${r.line?.markdown ?? '?'}: ${r.message ?? r.line?.text ?? ''}`,
    );
  }
  for (const m of check.missing)
    out.push(`  MISSING ${m.path}: listed in the baseline, not found in the corpus`);
  for (const p of check.newPasses) out.push(`  new pass: ${p.key} ${p.path}`);
  return out.join('\n');
}

/** Appends the new passes with a proven twin and no silent pass (the others are named on screen already). */
function update(
  file: string,
  check: BaselineCheck,
  twins: TwinReport | undefined,
  cases: { path: string; name: string }[],
): void {
  const unproven = new Set(twins?.unproven ?? []);
  const silent = new Set(
    twins?.byCase
      .filter((c) => unproven.has(c.key) || c.twins.some((t) => t.verdict === 'silent pass'))
      .map((c) => c.path) ?? [],
  );
  const proven = check.newPasses.filter((p) => !silent.has(p.path));
  const names = new Map(cases.map((c) => [c.path, c.name]));
  appendToBaseline(
    file,
    proven.map((p) => ({ path: p.path, name: names.get(p.path) ?? p.key })),
  );
  log(`${proven.length} new passes appended to ${path.relative(process.cwd(), file)}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error?.code?.startsWith?.('commander.')) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
