import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../../../testing/browser';
import { ACCOUNTS, type Account, loggedInClient } from '../../../testing/fixtures';

// Settings > Display in Chromium: choices are saved as preferences, applied to the page, and follow the user
// (not the browser) into another session; another user never sees them.
describe('Settings > Display in Chromium', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ statusIntervalMs: 60_000 });

  async function loggedIn(account: Account): Promise<Page> {
    const page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, account);
    return page;
  }

  async function openDisplay(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'main menu' }).click();
    await page.getByRole('menuitem', { name: 'Account Settings' }).click();
    await page.locator('#displayButton').click();
  }

  async function closeSettings(page: Page): Promise<void> {
    await page.locator('#accountSettingsModal').getByRole('button', { name: 'Close' }).click();
  }

  const sidebarColour = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.getElementById('SidebarContainer')!).backgroundColor);
  const lastTime = (page: Page) =>
    page
      .locator('#postListContent .post')
      .filter({ hasText: 'after one' })
      .locator('.post__time')
      .textContent();

  it('the 24-hour clock and a premade theme follow the user into a second session, not another user', async () => {
    const client = await loggedInClient(web.url, ACCOUNTS.user1);
    const me = await client.getMe();
    const townSquare = (await client.getMyChannels((await client.getMyTeams())[0].id)).find(
      (channel) => channel.name === 'town-square',
    )!;
    // A post at 14:37 local time, so the two clocks read differently.
    const at = new Date();
    at.setHours(14, 37, 0, 0);
    await client.createPost({
      channel_id: townSquare.id,
      message: 'after one',
      create_at: at.getTime(),
    } as never);

    const first = await loggedIn(ACCOUNTS.user1);
    assert.equal(await lastTime(first), '2:37 PM');
    await openDisplay(first);
    await first.locator('#clockEdit').click();
    await first.getByLabel('24-hour clock (example: 16:00)').check();
    await first.locator('#saveSetting').click();
    assert.equal(await first.locator('#clockDesc').textContent(), '24-hour clock (example: 16:00)');
    await first.locator('#themeEdit').click();
    await first.locator('#premadeThemeOnyx').click();
    await first.locator('#saveSetting').click();
    await closeSettings(first);
    assert.equal(await lastTime(first), '14:37');
    assert.equal(await sidebarColour(first), 'rgb(18, 19, 23)');

    const second = await loggedIn(ACCOUNTS.user1);
    await second.reload();
    await second.locator('#channel_view').waitFor();
    assert.equal(await lastTime(second), '14:37');
    assert.equal(await sidebarColour(second), 'rgb(18, 19, 23)');

    const other = await loggedIn(ACCOUNTS.user2);
    assert.equal(await lastTime(other), '2:37 PM');
    assert.equal(await sidebarColour(other), 'rgb(30, 50, 92)');
    const otherClient = await loggedInClient(web.url, ACCOUNTS.user2);
    await assert.rejects(otherClient.getUserPreferences(me.id), { status_code: 403 } as never);
    await client.deletePreferences(me.id, await client.getUserPreferences(me.id));
  });

  it('Cancel puts the stored theme back after a preview', async () => {
    const page = await loggedIn(ACCOUNTS.user1);
    await openDisplay(page);
    await page.locator('#themeEdit').click();
    await page.locator('#premadeThemeQuartz').click();
    assert.equal(await sidebarColour(page), 'rgb(244, 244, 246)');
    await page.locator('#cancelSetting').click();
    assert.equal(await sidebarColour(page), 'rgb(30, 50, 92)');
  });

  it('Teammate Name Display shows full names in posts; Language shows its name and sets the page language', async () => {
    const client = await loggedInClient(web.url, ACCOUNTS.user1);
    const me = await client.getMe();
    const page = await loggedIn(ACCOUNTS.user1);
    await page.locator('#post_textbox').fill('names please');
    await page.locator('#post_textbox').press('Enter');
    const author = page.locator('#postListContent .post').last().locator('.user-popover');
    await assert.doesNotReject(author.filter({ hasText: me.username }).waitFor());
    await openDisplay(page);
    await page.locator('#name_formatEdit').click();
    await page.locator('#name_formatFormatC').check();
    await page.locator('#saveSetting').click();
    await closeSettings(page);
    await author.filter({ hasText: `${me.first_name} ${me.last_name}` }).waitFor();
    await openDisplay(page);
    await page.locator('#languagesEdit').click();
    await page.locator('#displayLanguage').selectOption('de');
    await Promise.all([page.waitForEvent('load'), page.locator('#saveSetting').click()]);
    await page.locator('#channel_view').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await openDisplay(page);
    assert.equal(await page.locator('#languagesDesc').textContent(), 'Deutsch');
    await client.patchMe({ locale: 'en' } as never);
    await client.deletePreferences(me.id, await client.getUserPreferences(me.id));
  });
});
