import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../../../testing/browser';
import { ACCOUNTS, loggedInClient } from '../../../testing/fixtures';

// The interface language in Chromium: the user's locale picks Mattermost's translations of the message box
// placeholder and the sidebar headings, from the first render on; Settings > Display > Language changes it.
describe('the interface language in Chromium', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser({ statusIntervalMs: 60_000 });

  const shown = async (page: Page) => ({
    lang: await page.evaluate(() => document.documentElement.lang),
    placeholder: await page.locator('#post_textbox').getAttribute('placeholder'),
    channels: (await page.locator('#channelsHeading').textContent())?.trim(),
    directMessages: (await page.locator('#directMessagesHeading').textContent())?.trim(),
  });

  it('renders in English, in the locale the user has, and in the one Settings > Display saves', async () => {
    const client = await loggedInClient(web.url, ACCOUNTS.user1);
    const me = await client.getMe();
    try {
      const page = await (await web.browser.newContext()).newPage();
      await logInThroughUi(page, web.url, ACCOUNTS.user1);
      assert.deepEqual(await shown(page), {
        lang: 'en',
        placeholder: 'Write to Town Square',
        channels: 'CHANNELS',
        directMessages: 'DIRECT MESSAGES',
      });

      await client.patchUser({ id: me.id, locale: 'de' });
      await page.reload();
      await page.locator('#channel_view').waitFor();
      assert.deepEqual(await shown(page), {
        lang: 'de',
        placeholder: 'In Town Square schreiben',
        channels: 'KANÄLE',
        directMessages: 'DIREKTNACHRICHTEN',
      });

      await page.getByRole('button', { name: 'main menu' }).click();
      await page.locator('#accountSettings').click();
      await page.locator('#displayButton').click();
      await page.locator('#languagesEdit').click();
      await page.locator('#displayLanguage').selectOption('ja');
      await Promise.all([page.waitForEvent('load'), page.locator('#saveSetting').click()]);
      await page.locator('#channel_view').waitFor();
      assert.deepEqual(await shown(page), {
        lang: 'ja',
        placeholder: 'Town Squareへ投稿する',
        channels: 'チャンネル',
        directMessages: 'ダイレクトメッセージ',
      });
      assert.equal((await client.getMe()).locale, 'ja');
    } finally {
      await client.patchUser({ id: me.id, locale: 'en' });
    }
  });
});
