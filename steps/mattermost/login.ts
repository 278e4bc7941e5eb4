import type { Page } from 'playwright';
import type { Credentials } from '../../support/config';
import type { BrowserSession } from '../../support/session';
import { logOut } from './menus';
import { CHANNEL, LOGIN } from './selectors';

const LOGIN_ERRORS = /(?:invalid|please enter|incorrect|locked|enter a valid)[^\n]*/i;

/** Logs in through the login form, as a tester does (this is what makes the app remember a past login). */
export async function logInThroughUi(
  session: BrowserSession,
  user: Credentials,
  timeoutMs: number,
): Promise<void> {
  const page = session.page;
  await openLoginForm(page, timeoutMs);
  await page.locator(LOGIN.loginId).first().fill(user.username);
  await page.locator(LOGIN.password).first().fill(user.password);
  await page.locator(LOGIN.submit).first().click();
  await waitUntilLoggedIn(page, user, timeoutMs);
  session.user = user;
  session.loggedInAt = Date.now();
}

/** Goes to /login; when this session is already logged in (the app leaves /login), logs out first. */
async function openLoginForm(page: Page, timeoutMs: number): Promise<void> {
  await page.goto('/login');
  const form = page.locator(LOGIN.loginId).first();
  const app = page.locator(CHANNEL.view).first();
  await form.or(app).first().waitFor({ state: 'visible', timeout: timeoutMs });
  if (await form.isVisible()) return;
  await logOut(page, timeoutMs);
  await form.waitFor({ state: 'visible', timeout: timeoutMs });
}

async function waitUntilLoggedIn(page: Page, user: Credentials, timeoutMs: number): Promise<void> {
  const app = page.locator(CHANNEL.view).first();
  try {
    await app.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    const shown = page.getByText(LOGIN_ERRORS).filter({ visible: true }).first();
    const error = (await shown.isVisible()) ? await shown.textContent() : undefined;
    const why = error ? `: "${error.trim()}"` : ' (the channel view did not open)';
    throw new Error(`login as ${user.username} failed${why}`);
  }
}

/** Whether the page shows the login form. */
export function onLoginPage(page: Page): Promise<boolean> {
  return page.locator(LOGIN.loginId).first().isVisible();
}
