import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Classified, classifyDryRun, classifyRun } from './classify';
import { type CaseFilter, loadCorpus, type ReachCase, writeFeatures } from './corpus';
import type { CaseResult } from './messages';
import { BrowserRuns, dryRun } from './run';
import { type CaseRecord, countOutcomes, type Summary } from './summary';
import { runTwins, type TwinReport } from './twin-runs';
import type { TwinKind } from './twins';

export interface ReachOptions {
  casesDir: string;
  select?: CaseFilter;
  parallel: number;
  /** Step definition files beyond the project's own (`--require`). */
  extraSteps?: string[];
  /** Run the falsified twins of every passing case (default true). */
  twins: boolean;
  /** Which twins (all by default). */
  twinKinds?: TwinKind[];
  log: (line: string) => void;
}

export interface ReachRun {
  summary: Summary;
  cases: ReachCase[];
  /** Results of the cases run in the browser, by key (their twins are made from these). */
  ran: Map<string, CaseResult>;
  workDir: string;
  twins?: TwinReport;
}

/** Generates, binds (dry run), runs what is fully bound, and classifies every case. */
export async function reach(options: ReachOptions): Promise<ReachRun> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-reach-'));
  try {
    return await reachIn(workDir, options);
  } catch (error) {
    // On success the caller removes it (or keeps it with --keep); a failed run leaves nothing behind.
    fs.rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

async function reachIn(workDir: string, options: ReachOptions): Promise<ReachRun> {
  const started = Date.now();
  const phasesMs: Record<string, number> = {};
  const timed = async <T>(phase: string, work: () => T | Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      phasesMs[phase] = Date.now() - t0;
    }
  };
  const { cases, problems } = await timed('generate', () => loadCorpus(options.casesDir, options.select));
  for (const problem of problems.slice(0, 10)) options.log(`input problem: ${problem}`);
  if (cases.length === 0)
    throw new Error(`no case found under ${options.casesDir} (check --cases and --only)`);
  const verdicts = new Map<string, Classified>();
  for (const c of cases) {
    if (c.noSteps) verdicts.set(c.key, { outcome: 'no-steps' });
    else if (c.manual) verdicts.set(c.key, { outcome: 'manual' });
  }
  const runnable = cases.filter((c) => !verdicts.has(c.key));
  options.log(
    `${cases.length} cases: ${runnable.length} to bind (dry run), ${cases.length - runnable.length} manual or without steps`,
  );
  const bound = await timed('dry run', () => bind(runnable, workDir, verdicts, options.extraSteps));
  options.log(`${bound.length} cases fully bound: running them in the browser`);
  const ran = new Map<string, CaseResult>();
  if (bound.length) {
    await timed('browser run', () =>
      inBrowser(options, async (browser) => {
        const dir = path.join(workDir, 'run', 'features');
        writeFeatures(
          dir,
          bound.map((c) => ({ name: c.path.replace(/\.md$/, ''), text: c.featureText })),
        );
        for (const result of await browser.run(dir, path.join(workDir, 'run'))) {
          const key = keyOf(result);
          ran.set(key, result);
          verdicts.set(key, classifyRun(result));
        }
      }),
    );
  }
  const passing = cases.filter((c) => verdicts.get(c.key)?.outcome === 'passed');
  let twins: TwinReport | undefined;
  if (options.twins && passing.length) {
    options.log(`running the falsified twins of ${passing.length} passing cases (on a fresh sandbox)`);
    // A fresh sandbox: the originals' posts and settings must not make an absence twin pass.
    twins = await timed('twins', () =>
      inBrowser(options, (browser) =>
        runTwins(
          passing.map((c) => ({ ...c, result: ran.get(c.key)! })),
          browser,
          workDir,
          options.extraSteps,
          options.twinKinds,
        ),
      ),
    );
  }
  const records = cases.map((c) => recordOf(c, verdicts.get(c.key)));
  const summary: Summary = {
    corpus: options.casesDir,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    phasesMs,
    totals: countOutcomes(records),
    webCore: countOutcomes(records.filter((r) => r.webCore)),
    cases: records,
    twins,
  };
  return { summary, cases, ran, workDir, twins };
}

/** Starts a server (the sandbox, or checks BASE_URL) and a browser for `work`, and stops them after it. */
async function inBrowser<T>(options: ReachOptions, work: (browser: BrowserRuns) => Promise<T>): Promise<T> {
  const browser = new BrowserRuns(options.parallel, options.extraSteps);
  try {
    return await work(browser);
  } finally {
    await browser.stop();
  }
}

/** Dry-runs `runnable`; records the undefined ones in `verdicts` and returns those whose every line binds. */
async function bind(
  runnable: ReachCase[],
  workDir: string,
  verdicts: Map<string, Classified>,
  extraSteps: string[] = [],
): Promise<ReachCase[]> {
  if (runnable.length === 0) return [];
  const dir = path.join(workDir, 'dry', 'features');
  writeFeatures(
    dir,
    runnable.map((c) => ({ name: c.path.replace(/\.md$/, ''), text: c.featureText })),
  );
  const bound = new Set<string>();
  for (const result of await dryRun(dir, path.join(workDir, 'dry'), extraSteps)) {
    const verdict = classifyDryRun(result);
    if (verdict === 'bound') bound.add(keyOf(result));
    else verdicts.set(keyOf(result), verdict);
  }
  return runnable.filter((c) => bound.has(c.key));
}

/** The case key from the scenario's `@TestCaseKey=` tag (every generated feature has one). */
export function keyOf(result: CaseResult): string {
  const tag = result.tags.find((t) => t.startsWith('@TestCaseKey='));
  return tag ? tag.slice('@TestCaseKey='.length) : result.name.split(':')[0];
}

function recordOf(c: ReachCase, verdict: Classified | undefined): CaseRecord {
  const record: CaseRecord = {
    key: c.key,
    path: c.path,
    // A case cucumber never reported (it should not happen) is shown as failed rather than lost.
    outcome: verdict?.outcome ?? 'failed',
    webCore: c.webCore,
  };
  if (!verdict) record.cause = 'step threw';
  if (verdict?.cause) record.cause = verdict.cause;
  if (!verdict) record.message = 'cucumber reported no result for this case';
  const step = verdict?.step;
  if (step) {
    record.line = { text: step.hook ? '(hook)' : step.text, markdown: step.markdown };
    if (step.message) record.message = firstLine(step.message);
    if (step.definition && verdict.outcome !== 'undefined') record.definition = step.definition;
  }
  if (c.notWebCore) record.notWebCore = c.notWebCore;
  return record;
}

function firstLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
