import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright';
import { CHROMIUM_ARGS } from '../tools/bdd/browser-path';
import { childPids } from './child-processes';
import type { RunConfig } from './config';
import { connectBrowser } from './remote-browser';

export interface LaunchOptions {
  executablePath?: string;
  /** A browser server to connect to instead of launching a browser (PW_WS_ENDPOINT). */
  wsEndpoint?: string;
  headless: boolean;
  /** When set, the browser's PID is written here so the launcher can reap it after a crash or Ctrl-C. */
  runDir?: string;
}

export async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  // Loaded on first use: the launcher imports this module and should not wait for Playwright to load.
  const { chromium } = await import('playwright');
  const before = new Set(childPids());
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    headless: options.headless,
    args: CHROMIUM_ARGS,
  });
  if (options.runDir) {
    for (const pid of childPids().filter((p) => !before.has(p))) recordPid(options.runDir, pid);
  }
  return browser;
}

/** Directory (inside the run folder) holding one empty file per browser PID a worker launched. */
export function browserPidDir(runDir: string): string {
  return path.join(runDir, 'browser-pids');
}

function recordPid(runDir: string, pid: number): void {
  mkdirSync(browserPidDir(runDir), { recursive: true });
  writeFileSync(path.join(browserPidDir(runDir), String(pid)), '');
}

/**
 * One browser per cucumber worker process, launched (or connected to, with PW_WS_ENDPOINT) on first use and
 * closed by the AfterAll hook.
 */
export class WorkerBrowser {
  private launching?: Promise<Browser>;

  constructor(private readonly options: LaunchOptions) {}

  get(): Promise<Browser> {
    if (this.launching) return this.launching;
    const { wsEndpoint } = this.options;
    const launching = wsEndpoint ? connectBrowser(wsEndpoint) : launchBrowser(this.options);
    this.launching = launching;
    // A browser kept between runs (watch mode) may go away meanwhile: the next scenario then starts a new one.
    launching
      .then((browser) =>
        browser.once('disconnected', () => {
          if (this.launching === launching) this.launching = undefined;
        }),
      )
      .catch(() => undefined);
    return launching;
  }

  async close(): Promise<void> {
    const launching = this.launching;
    this.launching = undefined;
    // A browser that failed to start was already reported by the step that needed it.
    const browser = await launching?.catch(() => undefined);
    await browser?.close();
  }
}

let shared: WorkerBrowser | undefined;

/** The browser of this cucumber worker; launched on first use, so a dry run or an all-undefined run starts none. */
export function workerBrowser(config: RunConfig): WorkerBrowser {
  shared ??= new WorkerBrowser({
    executablePath: config.browserPath,
    wsEndpoint: config.wsEndpoint,
    headless: config.headless,
    runDir: config.runDir,
  });
  return shared;
}

export function closeWorkerBrowser(): Promise<void> {
  return shared?.close() ?? Promise.resolve();
}

let keptBetweenRuns = false;

/**
 * `npm run bdd -- --watch` runs Cucumber again and again in one process: connecting to the browser anew for each
 * run was a third of a re-run's time beyond its steps, so the watch session keeps the browser and closes it itself.
 */
export function keepWorkerBrowserBetweenRuns(): void {
  keptBetweenRuns = true;
}

/** What the end of a Cucumber run does with the worker's browser (the AfterAll hook). */
export function closeWorkerBrowserAfterRun(): Promise<void> {
  return keptBetweenRuns ? Promise.resolve() : closeWorkerBrowser();
}
