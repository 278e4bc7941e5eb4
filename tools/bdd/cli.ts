import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserPidDir } from '../../support/browser';
import { traceModeOf } from '../../support/config';
import { HANDOFF_VAR, writeHandoff } from '../../support/launcher-handoff';
import { makeFoldersOrExplain } from '../files/folders';
import { Interrupts } from './interrupts';
import { parallelOf } from './parallel';
import { reapBrowsers, signalGroup } from './processes';
import { buildReportIfAvailable } from './report';
import { ResultsFolder } from './results-folder';
import { INTERRUPTIONS, runCucumber } from './run-cucumber';
import { browserVersionOf, gitCommitOf, writeRunMeta } from './run-meta';
import { RunServices } from './services';
import { resultsDirOf, shardOf } from './shard';
import type { Target } from './target';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const log = (line: string) => console.error(`bdd: ${line}`);

/**
 * `npm run bdd -- [cucumber-js args]`: every argument goes to cucumber-js unchanged. cucumber-js starts first;
 * the server and the browser start while it loads and reach it through the run folder (support/launcher-handoff).
 */
async function main(args: string[]): Promise<number> {
  traceModeOf(process.env); // a wrong TRACE fails here, once, rather than in every scenario
  const dryRun = args.includes('--dry-run') || args.includes('-d');
  const reportsDir = path.resolve(REPO_ROOT, process.env.CASEBOOK_REPORTS_DIR || 'reports');
  const resultsDir = resultsDirOf(reportsDir, shardOf(args));
  makeFoldersOrExplain(resultsDir, {
    role: 'results folder',
    advice: 'set CASEBOOK_REPORTS_DIR to a folder that can be made',
  });
  const results = ResultsFolder.take(resultsDir);
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'casebook-run-'));
  const startedAt = new Date();
  const services = new RunServices(REPO_ROOT, log);
  const cancel = new AbortController();
  const interrupts = new Interrupts(log, (signal) => {
    // A second Ctrl-C: no report, no waiting; the previous results stay as they were.
    cancel.abort();
    if (services.browser?.pid) signalGroup(services.browser.pid, 'SIGKILL');
    rmSync(runDir, { recursive: true, force: true });
    results.discard();
    results.release();
    process.exit(INTERRUPTIONS[signal]);
  });
  let exitCode = 2;
  let ready = false;
  try {
    // cucumber writes into the staging folder; the results replace the previous ones only once the run ran.
    const env = { ...process.env, CASEBOOK_RUN_DIR: runDir, CASEBOOK_REPORTS_DIR: results.stagingDir };
    // A dry run only matches steps: no browser, no server.
    const cucumber = runCucumber(
      REPO_ROOT,
      args,
      dryRun ? env : { ...env, [HANDOFF_VAR]: '1' },
      cancel.signal,
    );
    ready = dryRun || (await handOver(services, runDir, cancel, parallelOf(args)));
    const run = await cucumber;
    exitCode = ready ? run.exitCode : 2;
  } catch (error) {
    log(`error: ${(error as Error).message}`);
  } finally {
    const reaped = reapBrowsers(browserPidDir(runDir), services.browserPath);
    if (reaped.length) log(`stopped ${reaped.length} browser(s) left running: ${reaped.join(', ')}`);
    await services.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
  try {
    if (!ready) {
      // Nothing ran: keep the previous results and HTML report rather than replace them with empty ones.
      results.discard();
      log('no scenario ran; the previous results and report (if any) are left as they were');
      return exitCode;
    }
    results.publish();
    exitCode = interrupts.exitCode(exitCode);
    const { target, browserPath } = services;
    const interruptedBy = interrupts.signal;
    await finish({ args, reportsDir, resultsDir, startedAt, target, browserPath, exitCode, interruptedBy });
    if (interruptedBy) log(`interrupted by ${interruptedBy}: the results and the report hold what finished`);
    return exitCode;
  } finally {
    results.release();
    interrupts.dispose();
  }
}

/**
 * Starts the services and tells the cucumber processes about them. When they cannot start, cucumber is stopped
 * (the handoff still carries the reason, so a worker that outlived the kill fails its BeforeAll with it).
 * False when they did not start.
 */
async function handOver(
  services: RunServices,
  runDir: string,
  cancel: AbortController,
  workers: number,
): Promise<boolean> {
  try {
    writeHandoff(runDir, { env: await services.start(process.env, workers) });
    return true;
  } catch (error) {
    log(`error: ${(error as Error).message}`);
    cancel.abort();
    writeHandoff(runDir, { error: `npm run bdd: ${(error as Error).message}` });
    return false;
  }
}

interface Finish {
  args: string[];
  reportsDir: string;
  /** The run's own results: the reports folder, or a shard's folder inside it. */
  resultsDir: string;
  startedAt: Date;
  target?: Target;
  browserPath?: string;
  exitCode: number;
  interruptedBy?: string;
}

async function finish(run: Finish): Promise<void> {
  const finishedAt = new Date();
  writeRunMeta(run.resultsDir, {
    baseUrl: run.target?.baseUrl,
    target: run.target?.kind ?? 'none',
    browserName: 'chromium',
    browserVersion: browserVersionOf(run.browserPath),
    browserPath: run.browserPath,
    serverVersion: run.target?.serverVersion,
    startedAt: run.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - run.startedAt.getTime(),
    gitCommit: gitCommitOf(REPO_ROOT),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    cucumberArgs: run.args,
    exitCode: run.exitCode,
    ...(run.interruptedBy ? { interruptedBy: run.interruptedBy } : {}),
  });
  await buildReportIfAvailable(REPO_ROOT, run.reportsDir);
}

/** `--watch [paths]` runs the watch mode (tools/bdd/watch); anything else is a cucumber run. */
function start(args: string[]): Promise<number> {
  if (!args.includes('--watch')) return main(args);
  const paths = args
    .filter((arg) => arg !== '--watch')
    .map((arg) => path.resolve(process.env.INIT_CWD ?? process.cwd(), arg));
  return import('./watch/watch').then(({ runWatch }) => runWatch({ repoRoot: REPO_ROOT, paths }));
}

start(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
