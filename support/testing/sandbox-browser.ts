import path from 'node:path';
import type { Browser } from 'playwright';
import { startSandbox } from '../../sandbox/server';
import { findBrowser } from '../../tools/bdd/browser-path';
import { launchBrowser } from '../browser';
import { BrowserSession } from '../session';
import { DEFAULT_TIMEOUTS } from '../timeouts';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface SandboxAndBrowser {
  baseUrl: string;
  browser: Browser;
  /** A fresh session (own context) against the sandbox, closed by close(). */
  session(name?: string): Promise<BrowserSession>;
  close(): Promise<void>;
}

/** A sandbox on a free port with the test seed and a headless browser, for tests of support and steps code. */
export async function startSandboxAndBrowser(): Promise<SandboxAndBrowser> {
  const executablePath = findBrowser();
  if (!executablePath)
    throw new Error('no chromium found for browser tests: install chromium or set BROWSER_PATH');
  const sandbox = await startSandbox({
    port: 0,
    host: '127.0.0.1',
    seedFile: path.join(REPO_ROOT, 'sandbox', 'seed', 'test.json'),
    statusIntervalMs: 1_000,
  });
  const sessions: BrowserSession[] = [];
  let browser: Browser;
  try {
    browser = await launchBrowser({ executablePath, headless: true });
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  return {
    baseUrl: sandbox.url,
    browser,
    async session(name = 'original') {
      const session = await BrowserSession.open({
        name,
        browser,
        baseUrl: sandbox.url,
        timeouts: DEFAULT_TIMEOUTS,
        trace: false,
      });
      sessions.push(session);
      return session;
    },
    async close() {
      await Promise.allSettled(sessions.map((s) => s.close()));
      await browser.close();
      await sandbox.close();
    },
  };
}
