import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('direct messages in the browser', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();
  let page: Page;

  before(async () => {
    page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
  });

  const dmHeader = (username: string) => page.locator('#channelHeaderTitle', { hasText: username });

  it('opens the Direct Messages dialog with Ctrl+Shift+K (and closes it), picks a person and opens the DM', async () => {
    await page.keyboard.press('Control+Shift+K');
    const dialog = page.getByRole('dialog', { name: 'Direct Messages' });
    await dialog.waitFor();
    await page.keyboard.press('Control+Shift+K');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Write a direct message' }).click();
    await dialog.getByRole('combobox', { name: 'Search for people' }).fill('user-2');
    const rows = dialog.getByTestId('direct-message-row');
    assert.deepEqual(await rows.allTextContents(), ['@user-2 - Nancy Rivera']);
    await rows.first().click();
    await dialog.getByRole('button', { name: 'Remove user-2' }).waitFor();
    await dialog.getByRole('button', { name: 'Go' }).click();
    await dmHeader('user-2').waitFor();
    assert.match(page.url(), /\/casebook\/messages\/@user-2$/);
    const entry = page.locator('#sidebarDirectMessages .SidebarLink', { hasText: 'user-2' });
    assert.equal(await entry.count(), 1);
    await page.locator('#post_textbox').fill('a direct hello');
    await page.keyboard.press('Enter');
    await page.locator('#postListContent', { hasText: 'a direct hello' }).waitFor();
  });

  it('lists channel members in the Members panel and opens a DM from a member’s Send message', async () => {
    await page.goto(`${web.url}/casebook/channels/off-topic`);
    await page.locator('#member_rhs').click();
    const panel = page.locator('#sidebar-right');
    await panel.locator('#rhsPanelTitle', { hasText: 'Members' }).waitFor();
    const lines = panel.locator('[data-testid^="memberline-"]');
    assert.equal(await lines.count(), Number(await page.locator('#channelMemberCountText').textContent()));
    const sysadmin = lines.filter({ hasText: 'sysadmin' });
    await sysadmin.hover();
    await sysadmin.getByRole('button', { name: 'Send message' }).click();
    await dmHeader('sysadmin').waitFor();
  });

  it('finds a person in the channel switcher, an "@" before the name ignored, and opens the DM', async () => {
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'quick switch input' }).fill('@user');
    const options = page.getByRole('option');
    await options.first().waitFor();
    assert.deepEqual(await options.locator('.suggestion-list__main').allTextContents(), ['user-1', 'user-2']);
    await options.filter({ hasText: 'user-2' }).click();
    await dmHeader('user-2').waitFor();
    assert.equal(await page.locator('#member_rhs').count(), 0);
  });
});
