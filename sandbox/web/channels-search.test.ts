import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Client4 } from '@mattermost/client';
import type { Page } from 'playwright';
import { logInThroughUi, sandboxInBrowser } from '../testing/browser';
import { ACCOUNTS, loggedInClient } from '../testing/fixtures';

describe('the search and channels areas in the browser', { timeout: 180_000 }, () => {
  const web = sandboxInBrowser();
  let client: Client4;
  let page: Page;
  let teamId: string;

  before(async () => {
    client = await loggedInClient(web.url, ACCOUNTS.user1);
    [{ id: teamId }] = await client.getMyTeams();
    page = await (await web.browser.newContext()).newPage();
    await logInThroughUi(page, web.url, ACCOUNTS.user1);
  });

  it('searches from #searchFormContainer and lists highlighted results with Jump, or says there are none', async () => {
    await page.locator('#post_textbox').fill('apple banana split #fruit');
    await page.keyboard.press('Enter');
    await page.locator('.post-message__text', { hasText: 'apple banana split' }).waitFor();
    assert.equal(await page.locator('#postListContent a.mention-link[data-hashtag="#fruit"]').count(), 1);
    await page.locator('#searchFormContainer').click();
    const input = page.locator('#searchBox').getByLabel('Search messages');
    await input.fill('banana');
    await input.press('Enter');
    const item = page.locator('#searchContainer [data-testid="search-item-container"]');
    await item.first().waitFor();
    assert.equal(await item.count(), 1);
    assert.equal(
      await page.locator('#searchContainer .sidebar--right__title').textContent(),
      'Search Results',
    );
    assert.deepEqual(await item.locator('[data-testid="search-highlight"]').allTextContents(), ['banana']);
    assert.equal(await item.getByRole('link', { name: 'Jump' }).count(), 1);

    await page.locator('#searchFormContainer').click();
    await input.fill('"banana apple"');
    await input.press('Enter');
    await page
      .locator('#searchContainer .no-results__title', { hasText: 'No results for “"banana apple"”' })
      .waitFor();
    assert.equal(await item.count(), 0);
    await page.locator('#postListContent a[data-hashtag="#fruit"]').click();
    await item.first().waitFor();
    assert.deepEqual(await item.locator('[data-testid="search-highlight"]').allTextContents(), ['#fruit']);
    await page.locator('#searchResultsCloseButton').click();
    assert.equal(await page.locator('#searchContainer').count(), 0);
  });

  it('archives a channel from the header menu, shows it read-only, and finds it with Ctrl+K', async () => {
    await client.createChannel({
      team_id: teamId,
      name: 'web-archive',
      display_name: 'Web Archive',
      type: 'O',
    } as never);
    await page.goto(`${web.url}/casebook/channels/web-archive`);
    await page.locator('#channelHeaderTitle').click();
    const menu = page.getByRole('menu', { name: 'Web Archive Channel Menu' });
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), [
      'Add Members',
      'Manage Members',
      'Edit Channel Header',
      'Edit Channel Purpose',
      'Rename Channel',
      'Leave Channel',
      'Archive Channel',
    ]);
    await menu.getByRole('menuitem', { name: 'Archive Channel' }).click();
    await page.locator('#deleteChannelModal').getByText('Confirm ARCHIVE Channel').waitFor();
    await page.locator('#deleteChannelModalDeleteButton').click();
    await page
      .locator('#channelArchivedMessage', { hasText: 'You are viewing an archived channel.' })
      .waitFor();
    assert.equal(await page.locator('#post_textbox').isVisible(), false);
    assert.equal(await page.locator('#sidebarItem_web-archive .icon-archive-outline').count(), 1);

    await page.locator('#sidebarItem_town-square').click();
    await page.locator('#channelHeaderTitle', { hasText: 'Town Square' }).waitFor();
    assert.equal(await page.locator('#sidebarItem_web-archive').count(), 0);
    await page.keyboard.press('Control+K');
    const switcher = page.getByRole('dialog', { name: 'Find Channels' });
    await switcher.getByRole('combobox', { name: 'quick switch input' }).fill('web arch');
    const option = switcher.getByTestId('web-archive');
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await page.locator('#channelArchivedMessage').waitFor();
    await page.getByRole('button', { name: 'Close Channel' }).click();
    await page.locator('#channelHeaderTitle', { hasText: 'Town Square' }).waitFor();
  });
  it('lists unread channels first in the Ctrl+K switcher, marked unread, with their mention count', async () => {
    const user2 = await loggedInClient(web.url, ACCOUNTS.user2);
    const me = await client.getMe();
    const made = [];
    for (const name of ['zz-quiet', 'zz-mentioned']) {
      const channel = await client.createChannel({
        team_id: teamId,
        name,
        display_name: name,
        type: 'O',
      } as never);
      await client.addToChannel((await user2.getMe()).id, channel.id);
      made.push(channel);
    }
    await user2.createPost({ channel_id: made[0].id, message: 'nobody named' } as never);
    await user2.createPost({ channel_id: made[1].id, message: `@${me.username} look` } as never);
    await page.goto(`${web.url}/casebook/channels/town-square`);
    await page.locator('#sidebarItem_zz-mentioned.unread-title').waitFor();
    await page.keyboard.press('Control+K');
    const switcher = page.getByRole('dialog', { name: 'Find Channels' });
    const options = switcher.locator('.suggestion-list__item');
    await options.first().waitFor();
    await switcher.locator('.suggestion-list__unread').nth(1).waitFor();
    assert.deepEqual(
      (await options.allTextContents())
        .slice(0, 2)
        .map((text) => text.split('~')[0])
        .map((t) => t.replace(/^#/, '')),
      ['zz-mentioned', 'zz-quiet'],
    );
    assert.equal(await options.nth(0).locator('.badge').textContent(), '1');
    assert.equal(await options.nth(1).locator('.badge').count(), 0);
    assert.equal(await switcher.locator('.suggestion-list__unread', { hasText: 'Town Square' }).count(), 0);
    await page.keyboard.press('Escape');
  });
});
