import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../../../testing/browser';
import { ACCOUNTS } from '../../../testing/fixtures';

// The keyboard-shortcuts area in Chromium: focus shortcut, the shortcuts dialog, F6 regions and their names.
describe('keyboard shortcuts and regions in Chromium', { timeout: 120_000 }, () => {
  const web = sandboxInBrowser({ statusIntervalMs: 60_000 });

  async function loggedIn(): Promise<Page> {
    const page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
    return page;
  }

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const focusedLabel = (page: Page) =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

  it('Ctrl+Shift+L focuses the message box, but not while a modal is open', async () => {
    const page = await loggedIn();
    await page.locator('#channelHeaderTitle').click();
    assert.notEqual(await focusedId(page), 'post_textbox');
    await page.keyboard.press('Control+Shift+L');
    assert.equal(await focusedId(page), 'post_textbox');
    await page.keyboard.press('Control+/');
    await page.locator('#shortcutsModalLabel').waitFor();
    await page.keyboard.press('Control+Shift+L');
    assert.notEqual(await focusedId(page), 'post_textbox');
  });

  it('Ctrl+/ and the Help menu open the Keyboard Shortcuts dialog; Ctrl+/ closes it again', async () => {
    const page = await loggedIn();
    await page.keyboard.press('Control+/');
    assert.equal(await page.locator('#shortcutsModalLabel').textContent(), 'Keyboard Shortcuts');
    await page.keyboard.press('Control+/');
    await page.locator('#shortcutsModal').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
    await page.locator('#shortcutsModalLabel').waitFor();
  });

  it('Ctrl+F6 visits the named regions in order and wraps around', async () => {
    const page = await loggedIn();
    const seen: (string | null | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Control+F6');
      seen.push(await focusedLabel(page));
    }
    // A channel opens with the focus in the message box (as in Mattermost), so the first region is the next one.
    assert.deepEqual(seen, [
      'team menu region',
      'channel sidebar region',
      'channel header region',
      'message list main region',
      'message input complementary region',
      'team menu region',
    ]);
    // From the team menu region, Tab enters it.
    await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(page), 'main menu');
  });
});
