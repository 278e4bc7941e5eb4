import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserPidDir } from '../../support/browser';
import { ensureBrowser } from './browser-path';
import { reapBrowsers } from './processes';
import { buildReportIfAvailable } from './report';
import { runCucumber } from './run-cucumber';
import { browserVersionOf, gitCommitOf, writeRunMeta } from './run-meta';
import { externalTarget, sandboxTarget, type Target } from './target';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const log = (line: string) => console.error(`bdd: ${line}`);

/** `npm run bdd -- [cucumber-js args]`: every argument goes to cucumber-js unchanged. */
async function main(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run') || args.includes('-d');
  const reportsDir = path.resolve(REPO_ROOT, process.env.CASEBOOK_REPORTS_DIR || 'reports');
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'casebook-run-'));
  const startedAt = new Date();
  let target: Target | undefined;
  let browserPath: string | undefined;
  let exitCode = 2;
  try {
    // A dry run only matches steps: no browser, no server.
    if (!dryRun) {
      browserPath = ensureBrowser(log);
      target = await prepareTarget();
    }
    mkdirSync(reportsDir, { recursive: true });
    const env = {
      ...process.env,
      ...target?.env,
      ...(browserPath ? { BROWSER_PATH: browserPath } : {}),
      CASEBOOK_RUN_DIR: runDir,
      CASEBOOK_REPORTS_DIR: reportsDir,
    };
    exitCode = (await runCucumber(REPO_ROOT, args, env)).exitCode;
  } catch (error) {
    log(`error: ${(error as Error).message}`);
  } finally {
    const reaped = reapBrowsers(browserPidDir(runDir), browserPath);
    if (reaped.length) log(`stopped ${reaped.length} browser(s) left running: ${reaped.join(', ')}`);
    await target?.close().catch((error) => log(`stopping the sandbox failed: ${error.message}`));
    rmSync(runDir, { recursive: true, force: true });
  }
  await finish({ args, reportsDir, startedAt, target, browserPath, exitCode });
  return exitCode;
}

async function prepareTarget(): Promise<Target> {
  const baseUrl = process.env.BASE_URL;
  const target = baseUrl ? await externalTarget(baseUrl) : await sandboxTarget(REPO_ROOT);
  const version = target.serverVersion ? ` (version ${target.serverVersion})` : '';
  log(`${target.kind === 'sandbox' ? 'sandbox started at' : 'using BASE_URL'} ${target.baseUrl}${version}`);
  return target;
}

interface Finish {
  args: string[];
  reportsDir: string;
  startedAt: Date;
  target?: Target;
  browserPath?: string;
  exitCode: number;
}

async function finish(run: Finish): Promise<void> {
  const finishedAt = new Date();
  writeRunMeta(run.reportsDir, {
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
  });
  await buildReportIfAvailable(REPO_ROOT, run.reportsDir);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
