import { after, before } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, requireBrowser } from '../../tools/bdd/browser-path';
import type { SandboxOptions } from '../server/index';
import { startTestSandbox } from './fixtures';

/** The sandbox's browser tests use the same browser and flags as `npm run bdd`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS, headless: true });
}

/** Logs in through the login page as a person would (from `loginPath`, e.g. with a `redirect_to`) and waits for
 * the channel view. */
export async function logInThroughUi(
  page: Page,
  url: string,
  account: { username: string; password: string },
  loginPath = '/login',
): Promise<void> {
  await page.goto(`${url}${loginPath}`);
  await page.locator('#input_loginId').fill(account.username);
  await page.locator('#input_password-input').fill(account.password);
  await page.locator('#saveSetting').click();
  await page.locator('#channel_view').waitFor();
}

/** What the tests of one `describe` share: a sandbox, one Chromium, and logging in as a person would. */
export interface SandboxInBrowser {
  readonly url: string;
  readonly browser: Browser;
  /** A page in a fresh context (its own cookies), logged in as `account` from `loginPath`. */
  logIn(account: { username: string; password: string }, loginPath?: string): Promise<Page>;
}

/**
 * Starts a test sandbox and Chromium before the tests of the enclosing `describe` and closes both after them (it
 * registers the hooks, so call it at the top of the `describe`). Every browser test did this by hand before.
 */
export function sandboxInBrowser(options: SandboxOptions = {}): SandboxInBrowser {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>> | undefined;
  let browser: Browser | undefined;
  before(async () => {
    sandbox = await startTestSandbox(options);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the ${what} is not started: use it inside a test or a later hook`);
    return value;
  };
  return {
    get url() {
      return started(sandbox, 'sandbox').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    async logIn(account, loginPath = '/login') {
      const page = await (await this.browser.newContext({ baseURL: this.url })).newPage();
      await logInThroughUi(page, this.url, account, loginPath);
      return page;
    },
  };
}
