import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS } from '../testing/fixtures';

describe('the main menu items System Console settings switch on', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ passwordCost: 'fast' });

  // First: the second test turns both settings off on the shared sandbox.
  it('has an Emoji page under Site Configuration with both emoji settings on by default', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.goto('/admin_console/site_config/emoji');
    await page.getByTestId('ServiceSettings.EnableCustomEmojilabel').waitFor();
    assert.equal(
      await page.getByTestId('ServiceSettings.EnableCustomEmojilabel').textContent(),
      'Enable Custom Emoji:',
    );
    assert.equal(await page.getByTestId('ServiceSettings.EnableCustomEmojitrue').isChecked(), true);
    assert.equal(await page.getByTestId('ServiceSettings.EnableEmojiPickertrue').isChecked(), true);
  });

  it('shows Custom Emoji and Download Apps while enabled, and neither once the admin turns them off', async () => {
    const page = await web.logIn(ACCOUNTS.admin);
    await page.locator('#sidebarHeaderDropdownButton').click();
    const emoji = page.locator('#sidebarDropdownMenu #customEmojis');
    assert.equal(await emoji.textContent(), 'Custom Emoji');
    assert.match((await emoji.getAttribute('href')) ?? '', /^\/[^/]+\/emoji$/);
    const download = page.locator('#sidebarDropdownMenu #nativeAppLink');
    assert.equal(await download.textContent(), 'Download Apps');
    assert.equal(await download.getAttribute('href'), 'https://mattermost.com/pl/download-apps');
    assert.equal(await download.getAttribute('target'), '_blank');

    await page.goto('/admin_console/site_config/emoji');
    await page.getByTestId('ServiceSettings.EnableCustomEmojifalse').check();
    await page.locator('#saveSetting').click();
    await page.locator('#saveSetting:disabled').waitFor();
    await page.goto('/admin_console/site_config/customization');
    await page.getByTestId('NativeAppSettings.AppDownloadLinkinput').fill('');
    await page.locator('#saveSetting').click();
    await page.locator('#saveSetting:disabled').waitFor();
    await page.goto('/');
    await page.locator('#channel_view').waitFor();
    await page.locator('#sidebarHeaderDropdownButton').click();
    await page.locator('#sidebarDropdownMenu #logout').waitFor();
    assert.equal(await page.locator('#sidebarDropdownMenu #customEmojis').count(), 0);
    assert.equal(await page.locator('#sidebarDropdownMenu #nativeAppLink').count(), 0);
  });
});
