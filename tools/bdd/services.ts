import { ensureBrowser } from './browser-path';
import { type SharedBrowser, startBrowserServer } from './browser-server';
import { signalGroup } from './processes';
import { externalTarget, sandboxTarget, type Target } from './target';

/** What the scenarios run against: the server (sandbox or BASE_URL) and the browser (shared or PW_WS_ENDPOINT). */
export class RunServices {
  target?: Target;
  browser?: SharedBrowser;
  /** The local chromium, when the launcher starts one (not with PW_WS_ENDPOINT). */
  browserPath?: string;

  constructor(
    private readonly repoRoot: string,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * Starts the server and the browser at the same time and returns the variables the cucumber processes need.
   * With PW_WS_ENDPOINT set, no local browser is looked for or started: the workers connect to that one.
   * `workers`: cucumber's --parallel; on the sandbox each worker gets its own.
   */
  async start(env: NodeJS.ProcessEnv, workers = 1): Promise<Record<string, string>> {
    const remote = env.PW_WS_ENDPOINT;
    const headless = env.HEADED !== '1';
    if (!remote) this.browserPath = ensureBrowser(this.log, headless);
    // Both at once. Their order does not matter on a small machine: loading Playwright and the sandbox keeps this
    // process busy while cucumber loads on the other core and chromium boots (measured: no gain either way).
    const [target, browser] = await Promise.allSettled([
      this.startTarget(env.BASE_URL, workers),
      remote || !this.browserPath ? undefined : startBrowserServer(this.browserPath, headless),
    ]);
    if (target.status === 'fulfilled') this.target = target.value;
    if (browser.status === 'fulfilled') this.browser = browser.value;
    if (target.status === 'rejected') throw target.reason;
    if (browser.status === 'rejected')
      throw new Error(`the browser did not start: ${browser.reason.message}`);
    if (remote) this.log(`using the browser server PW_WS_ENDPOINT=${remote}`);
    const wsEndpoint = remote ?? this.browser?.wsEndpoint;
    return {
      ...this.target?.env,
      ...(this.browserPath ? { BROWSER_PATH: this.browserPath } : {}),
      ...(wsEndpoint ? { PW_WS_ENDPOINT: wsEndpoint } : {}),
    };
  }

  /** Stops what this launcher started (never a remote browser or BASE_URL's server). */
  async stop(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await browser?.close().catch((error) => {
      this.log(`closing the browser failed (${error.message}): killing it`);
      if (browser.pid) signalGroup(browser.pid, 'SIGKILL');
    });
    await this.target?.close().catch((error) => this.log(`stopping the sandbox failed: ${error.message}`));
  }

  private async startTarget(baseUrl: string | undefined, workers: number): Promise<Target> {
    const target = baseUrl ? await externalTarget(baseUrl) : await sandboxTarget(this.repoRoot, workers);
    const version = target.serverVersion ? ` (version ${target.serverVersion})` : '';
    this.log(
      `${target.kind === 'sandbox' ? `${sandboxes(workers)} started at` : 'using BASE_URL'} ${target.baseUrl}${version}`,
    );
    return target;
  }
}

const sandboxes = (workers: number) => (workers > 1 ? `${workers} sandboxes (one per worker)` : 'sandbox');
