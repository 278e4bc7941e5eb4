/**
 * `npm run bdd -- --watch [paths]`: the sandbox (or BASE_URL) and the browser server start once and stay up;
 * when a watched case's markdown changes, that case alone is converted again and its scenario re-run in this
 * process; the summary and the HTML report are rebuilt after each run. Ctrl-C stops the server and the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeWorkerBrowser, keepWorkerBrowserBetweenRuns } from '../../../support/browser';
import { checkInputs } from '../../check/inputs';
import { buildReportIfAvailable } from '../report';
import { RunServices } from '../services';
import { WatchedCases } from './features';
import { InProcessCucumber } from './runner';

const log = (line: string) => console.error(`bdd --watch: ${line}`);
const SETTLE_MS = 80;

export interface WatchOptions {
  repoRoot: string;
  /** Case files or folders (default cases/). */
  paths: string[];
  /** Called after each run with what it took, for the benchmark. */
  onRun?: (run: WatchRun) => void;
}

export interface WatchRun {
  cases: string[];
  passed: boolean;
  /** From the change being seen to the verdict. */
  ms: number;
  /** From the change being seen to the HTML report written. */
  reportMs: number;
}

export async function runWatch(options: WatchOptions): Promise<number> {
  const { repoRoot } = options;
  const given = options.paths.length ? options.paths : [path.join(repoRoot, 'cases')];
  const [input, ...others] = checkInputs(given, repoRoot, repoRoot);
  if (others.length) throw new Error('--watch takes cases of one folder at a time (cases/ or the corpus)');
  const outDir =
    input.root === path.join(repoRoot, 'cases')
      ? path.join(repoRoot, 'features')
      : path.join(repoRoot, '.casebook', 'watch-features');
  const cases = new WatchedCases(input.root, outDir, repoRoot);
  const watched = given.map((p) => path.resolve(p));
  const services = new RunServices(repoRoot, log);
  const reportsDir = path.resolve(repoRoot, process.env.CASEBOOK_REPORTS_DIR || 'reports');
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    watcher?.close();
    log('stopping the server and the browser');
    await closeWorkerBrowser().catch(() => undefined);
    await services.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(130));
  process.once('SIGTERM', () => void stop(143));
  let watcher: fs.FSWatcher | undefined;
  try {
    Object.assign(process.env, await services.start(process.env));
    const cucumber = new InProcessCucumber({ cwd: repoRoot, env: process.env });
    await cucumber.load();
    keepWorkerBrowserBetweenRuns();
    const queue = new RunQueue(async (files) => {
      const started = performance.now();
      const features = files.flatMap((file) => {
        const converted = cases.convert(file);
        for (const problem of converted.problems) log(problem);
        return converted.feature ? [converted.feature] : [];
      });
      if (!features.length) return;
      const passed = await cucumber.run(features);
      const ms = Math.round(performance.now() - started);
      // The verdict first: the report takes a quarter of a second more, and the author is waiting for the verdict.
      log(
        `${passed ? 'passed' : 'FAILED'}: ${files.map((f) => path.relative(repoRoot, f)).join(', ')} (${ms} ms)`,
      );
      await buildReportIfAvailable(repoRoot, reportsDir);
      const reportMs = Math.round(performance.now() - started);
      log(`report updated (${reportMs} ms after the change was seen); watching`);
      options.onRun?.({ cases: files, passed, ms, reportMs });
    });
    const initial = watched.flatMap((target) => cases.filesUnder(target).map((file) => file.path));
    queue.add(initial);
    watcher = fs.watch(input.root, { recursive: true }, (_event, name) => {
      if (!name || !String(name).endsWith('.md')) return;
      const file = path.join(input.root, String(name));
      if (!watched.some((target) => file === target || file.startsWith(`${target}${path.sep}`))) return;
      if (fs.existsSync(file)) queue.add([file]);
    });
    log(`watching ${watched.map((w) => path.relative(repoRoot, w) || '.').join(', ')} (Ctrl-C to stop)`);
    return await new Promise<number>(() => {});
  } catch (error) {
    log(`error: ${(error as Error).message}`);
    await stop(2);
    return 2;
  }
}

/** Changes that arrive while a run is going wait for it, then run together; bursts of events are merged. */
export class RunQueue {
  private pending = new Set<string>();
  private running = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly run: (files: string[]) => Promise<void>,
    private readonly settleMs = SETTLE_MS,
  ) {}

  add(files: string[]): void {
    for (const file of files) this.pending.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.next(), this.settleMs);
  }

  private async next(): Promise<void> {
    if (this.running || this.pending.size === 0) return;
    this.running = true;
    const files = [...this.pending].sort();
    this.pending.clear();
    try {
      await this.run(files);
    } catch (error) {
      log(`error: ${(error as Error).message}`);
    } finally {
      this.running = false;
      if (this.pending.size) void this.next();
    }
  }
}
