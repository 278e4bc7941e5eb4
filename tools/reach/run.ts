import fs from 'node:fs';
import path from 'node:path';
import { browserPidDir } from '../../support/browser';
import { HANDOFF_VAR, writeHandoff } from '../../support/launcher-handoff';
import { reapBrowsers } from '../bdd/processes';
import { runCucumber } from '../bdd/run-cucumber';
import { RunServices } from '../bdd/services';
import { type CaseResult, readResults } from './messages';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** `--require` arguments for step definition files beyond the project's own (cucumber.js's reach profile). */
export function requireArgs(files: readonly string[]): string[] {
  return files.flatMap((file) => ['--require', path.resolve(file)]);
}

/** Binds every step of the features under `featuresDir` without a browser or a server (cucumber --dry-run). */
export async function dryRun(
  featuresDir: string,
  workDir: string,
  extraSteps: readonly string[] = [],
): Promise<CaseResult[]> {
  const resultsDir = path.join(workDir, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const env = { ...process.env, CASEBOOK_REPORTS_DIR: resultsDir };
  const run = await runCucumber(
    REPO_ROOT,
    ['--profile', 'reach', '--dry-run', ...requireArgs(extraSteps), featuresDir],
    env,
    undefined,
    'ignore',
  );
  const results = await readResults(path.join(resultsDir, 'messages.ndjson'));
  if (results.length === 0 && run.exitCode !== 0) {
    throw new Error(
      `cucumber --dry-run stopped (exit ${run.exitCode}) before binding any step: see its errors above`,
    );
  }
  return results;
}

/**
 * Runs features in the browser against the sandbox (or BASE_URL), the way `npm run bdd` does (tools/bdd's
 * services and handoff). The server and the browser start once and serve every run until `stop()`.
 */
export class BrowserRuns {
  private readonly services = new RunServices(REPO_ROOT, (line) => console.error(`reach: ${line}`));
  private env?: Record<string, string>;
  private runs = 0;

  constructor(
    private readonly parallel: number,
    private readonly extraSteps: readonly string[] = [],
  ) {}

  async run(featuresDir: string, workDir: string): Promise<CaseResult[]> {
    this.env ??= await this.services.start(process.env, this.parallel);
    const runDir = path.join(workDir, `run-${++this.runs}`);
    const resultsDir = path.join(runDir, 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    writeHandoff(runDir, { env: this.env });
    const env = {
      ...process.env,
      CASEBOOK_RUN_DIR: runDir,
      CASEBOOK_REPORTS_DIR: resultsDir,
      [HANDOFF_VAR]: '1',
    };
    const args = ['--profile', 'reach', ...requireArgs(this.extraSteps), featuresDir];
    if (this.parallel > 1) args.push('--parallel', String(this.parallel));
    try {
      const run = await runCucumber(REPO_ROOT, args, env, undefined, 'ignore');
      const results = await readResults(path.join(resultsDir, 'messages.ndjson'));
      if (results.length === 0 && run.exitCode !== 0) {
        throw new Error(
          `cucumber stopped (exit ${run.exitCode}) before running any scenario: see its errors above`,
        );
      }
      return results;
    } finally {
      reapBrowsers(browserPidDir(runDir), this.services.browserPath);
    }
  }

  async stop(): Promise<void> {
    await this.services.stop();
  }
}
