import { expect } from 'playwright/test';
import type { CasebookWorld } from '../../../support/world';
import { openDirectConversation } from '../direct-messages/open-direct';
import { logOut } from '../menus';
import { CHANNEL, LOGIN } from '../selectors';

/**
 * "Copy the URL of a DM channel, log out, paste the URL and open. Log in, verify you are redirected to that
 * channel" (Web Server > subpath cases): a DM of the scenario's own is opened and its address kept; after Log Out
 * that address leads to the login page, and logging in there (the form on that page, keeping its `redirect_to`)
 * lands on the DM again, not on the default channel. Addresses stay relative to the server's, so a subpath server
 * reached through BASE_URL keeps its subpath.
 */
export async function checkDmRedirectAfterLogin(world: CasebookWorld): Promise<void> {
  const page = await openDirectConversation(world, false);
  const dm = new URL(page.url());
  const user = (await world.session()).user ?? world.credentials('default');
  const timeout = world.timeouts.navigationMs;
  await logOut(page, timeout);
  await page.goto(dm.href);
  const form = page.locator(LOGIN.loginId).first();
  await form.waitFor({ state: 'visible', timeout });
  await form.fill(user.username);
  await page.locator(LOGIN.password).first().fill(user.password);
  await page.locator(LOGIN.submit).first().click();
  await page.locator(CHANNEL.view).first().waitFor({ state: 'visible', timeout });
  await expect(page, 'after logging in at the DM address').toHaveURL((url) => url.pathname === dm.pathname, {
    timeout,
  });
}
