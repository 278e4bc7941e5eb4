import type { BrowserServer } from 'playwright';
import { CHROMIUM_ARGS } from './browser-path';

/** The browser the launcher shares with every cucumber worker (each connects and opens its own contexts). */
export interface SharedBrowser {
  wsEndpoint: string;
  /** PID of the browser, to kill its process group if closing it fails. */
  pid?: number;
  close(): Promise<void>;
}

/**
 * Starts one headless chromium as a Playwright browser server on 127.0.0.1. One browser for all workers means
 * one browser start per run instead of one per worker, and on a small machine the workers' pages share one
 * browser process instead of competing browsers.
 */
export async function startBrowserServer(executablePath: string, headless = true): Promise<SharedBrowser> {
  const { chromium } = await import('playwright');
  const server: BrowserServer = await chromium.launchServer({
    executablePath,
    headless,
    args: CHROMIUM_ARGS,
    host: '127.0.0.1',
    // Playwright would close the browser and exit the launcher on these signals before the launcher could stop
    // cucumber, write the results and the report: the launcher closes the browser itself (RunServices.stop).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  return { wsEndpoint: server.wsEndpoint(), pid: server.process().pid, close: () => server.close() };
}
