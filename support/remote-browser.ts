import type { Browser } from 'playwright';

/** How long a worker waits for the browser server to accept it. */
const CONNECT_TIMEOUT_MS = 30_000;

/**
 * Connects to a Playwright browser server (`chromium.launchServer()`, `npx playwright run-server`, a grid):
 * the one `npm run bdd` starts for all its workers, or a remote one named by PW_WS_ENDPOINT. Closing the
 * returned Browser only disconnects; the server keeps running for the other workers.
 */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  const { chromium } = await import('playwright');
  try {
    return await chromium.connect(wsEndpoint, { timeout: CONNECT_TIMEOUT_MS });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new Error(
      `cannot connect to the browser server PW_WS_ENDPOINT=${wsEndpoint} (${reason}): start it, or unset PW_WS_ENDPOINT to launch a local browser`,
    );
  }
}
