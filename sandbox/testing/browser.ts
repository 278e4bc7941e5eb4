import { type Browser, chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, requireBrowser } from '../../tools/bdd/browser-path';

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
