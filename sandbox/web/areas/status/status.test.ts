import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright';
import { launchChromium, logInThroughUi } from '../../../testing/browser';
import { ACCOUNTS, loggedInClient, startTestSandbox } from '../../../testing/fixtures';

// The status on the account menu's avatar in Chromium: /away from the message box answers "(Only visible to
// you)" and turns the avatar away; a status set in another session reaches the page through `status_change`.
describe('user status in Chromium', { timeout: 180_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
  let browser: Browser;
  let page: Page;

  before(async () => {
    sandbox = await startTestSandbox({ statusIntervalMs: 60_000 });
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await logInThroughUi(page, sandbox.url, ACCOUNTS.user1);
  });
  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const described = () => page.locator('#userAccountMenuButtonDescribedBy');
  const icon = () => page.locator('#accountMenuButton .userStatusIconWrapper > *');

  it('shows the online status of a user who just logged in', async () => {
    await described().waitFor({ state: 'attached' });
    assert.equal(await described().textContent(), 'Status is "Online".');
    assert.match((await icon().getAttribute('class')) ?? '', /userAccountMenu_onlineMenuItem_icon/);
  });

  it('/away answers ephemerally and the avatar turns away', async () => {
    await page.locator('#post_textbox').fill('/away');
    await page.locator('#post_textbox').press('Enter');
    const answer = page.locator('#postListContent .post--ephemeral').last();
    await answer.waitFor();
    assert.match((await answer.textContent()) ?? '', /You are now away\s*\(Only visible to you\)/);
    await page.waitForFunction(() =>
      document.getElementById('userAccountMenuButtonDescribedBy')?.textContent?.includes('Away'),
    );
    assert.match((await icon().getAttribute('class')) ?? '', /userAccountMenu_awayMenuItem_icon/);
  });

  it('a status set through the API elsewhere shows without a reload; a reload drops the ephemeral answer', async () => {
    const client = await loggedInClient(sandbox.url, ACCOUNTS.user1);
    const me = await client.getMe();
    await client.updateStatus({ user_id: me.id, status: 'dnd' } as never);
    await page.waitForFunction(() =>
      document.getElementById('userAccountMenuButtonDescribedBy')?.textContent?.includes('Do not disturb'),
    );
    await page.reload();
    await described().waitFor({ state: 'attached' });
    assert.equal(await described().textContent(), 'Status is "Do not disturb".');
    assert.equal(await page.locator('#postListContent .post--ephemeral').count(), 0);
  });

  it('the account menu sets a status with its radio items, the chosen one checked', async () => {
    await page.getByRole('button', { name: "User's account menu" }).click();
    const menu = page.locator('#userAccountMenu');
    await menu.getByRole('menuitemradio', { name: 'Offline' }).click();
    await page.waitForFunction(() =>
      document.getElementById('userAccountMenuButtonDescribedBy')?.textContent?.includes('Offline'),
    );
    assert.equal(await menu.isHidden(), true);
    await page.getByRole('button', { name: "User's account menu" }).click();
    assert.equal(
      await menu.getByRole('menuitemradio', { name: 'Offline' }).getAttribute('aria-checked'),
      'true',
    );
    assert.equal(
      await menu.getByRole('menuitemradio', { name: 'Online' }).getAttribute('aria-checked'),
      'false',
    );
  });
});
